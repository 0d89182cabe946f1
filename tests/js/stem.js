// Runs lunr's own stemmer over a JSON array of words and writes the stems as a JSON array.
// Usage: node stem.js <words.json> <stems.json>
'use strict'
const fs = require('fs')
const lunr = require('lunr')

const [wordsPath, stemsPath] = process.argv.slice(2)
const words = JSON.parse(fs.readFileSync(wordsPath, 'utf8'))
const stems = words.map((word) => lunr.stemmer(new lunr.Token(word)).toString())
fs.writeFileSync(stemsPath, JSON.stringify(stems), 'utf8')
