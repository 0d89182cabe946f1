// Loads a serialized lunr index and runs queries, printing [[{"ref","score"}] | {"error"}] per query.
// Usage: node search.js <index.json> <queries.json>
// An index whose pipeline names 'fold' gets the site's folding (theme/search/fold.js) first.
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require('lunr')

const [indexPath, queriesPath] = process.argv.slice(2)
const serialized = JSON.parse(fs.readFileSync(indexPath, 'utf8'))
// An index built with the site's folding names 'fold' in its pipeline: the browser registers it the same way.
if (serialized.pipeline.includes('fold')) require(path.join(__dirname, '..', '..', 'theme', 'search', 'fold.js')).installFold(lunr)
const idx = lunr.Index.load(serialized)
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))

const results = queries.map((query) => {
  try {
    return idx.search(query).map((result) => ({ ref: result.ref, score: result.score }))
  } catch (error) {
    return { error: String(error.message || error) }
  }
})
process.stdout.write(JSON.stringify(results))
