// Loads a serialized lunr index and runs queries, printing [[{"ref","score"}] | {"error"}] per query.
// Usage: node search.js <index.json> <queries.json>
'use strict'
const fs = require('fs')
const lunr = require('lunr')

const [indexPath, queriesPath] = process.argv.slice(2)
const idx = lunr.Index.load(JSON.parse(fs.readFileSync(indexPath, 'utf8')))
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))

const results = queries.map((query) => {
  try {
    return idx.search(query).map((result) => ({ ref: result.ref, score: result.score }))
  } catch (error) {
    return { error: String(error.message || error) }
  }
})
process.stdout.write(JSON.stringify(results))
