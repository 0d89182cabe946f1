// Builds a lunr index from a corpus file and writes JSON.stringify(idx).
// Usage: node build-index.js <corpus.json> <index.json> [positions]
// With "positions", lunr also records each term's token `index` (metadataWhitelist ['index']) in its postings.
// corpus.json: {"fold":true?,"fields":[{"name":"title","boost":10}],"documents":[{"ref":"a","boost":2,"values":["text" | ["item"] | null]}]}
// With "fold", the site's folding (theme/search/fold.js) runs first in both pipelines.
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require('lunr')

const [corpusPath, indexPath, mode] = process.argv.slice(2)
const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'))
const fold = corpus.fold ? require(path.join(__dirname, '..', '..', 'theme', 'search', 'fold.js')).installFold(lunr) : null

const idx = lunr(function () {
  if (fold) {
    this.pipeline.before(lunr.trimmer, fold)
    this.searchPipeline.before(lunr.stemmer, fold)
  }
  if (mode === 'positions') this.metadataWhitelist = ['index']
  this.ref('ref')
  corpus.fields.forEach((field, position) => {
    this.field(field.name, { boost: field.boost, extractor: (doc) => doc.values[position] })
  })
  corpus.documents.forEach((doc) => {
    this.add(doc, doc.boost === undefined ? undefined : { boost: doc.boost })
  })
})

fs.writeFileSync(indexPath, JSON.stringify(idx), 'utf8')
