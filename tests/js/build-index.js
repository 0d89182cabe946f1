// Builds a lunr index from a corpus file and writes JSON.stringify(idx).
// Usage: node build-index.js <corpus.json> <index.json>
// corpus.json: {"fields":[{"name":"title","boost":10}],"documents":[{"ref":"a","boost":2,"values":["text" | ["item"] | null]}]}
'use strict'
const fs = require('fs')
const lunr = require('lunr')

const [corpusPath, indexPath] = process.argv.slice(2)
const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'))

const idx = lunr(function () {
  this.ref('ref')
  corpus.fields.forEach((field, position) => {
    this.field(field.name, { boost: field.boost, extractor: (doc) => doc.values[position] })
  })
  corpus.documents.forEach((doc) => {
    this.add(doc, doc.boost === undefined ? undefined : { boost: doc.boost })
  })
})

fs.writeFileSync(indexPath, JSON.stringify(idx), 'utf8')
