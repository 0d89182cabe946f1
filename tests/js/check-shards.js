// Loads every shard listed in a search manifest with lunr.Index.load and reports its term count.
// Usage: node check-shards.js <search folder>  → { shards: [{ file, terms }], chunks }
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require('lunr')

const folder = process.argv[2]
const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
const shards = manifest.shards.map(([first, last, file]) => {
  const json = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))
  const index = lunr.Index.load(json)
  // Object.keys puts integer-like terms ("2024") first, so sort as lunr does: by UTF-16 code unit.
  const terms = Object.keys(index.invertedIndex).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (terms.length > 0 && (terms[0] !== first || terms[terms.length - 1] !== last)) throw new Error(file + ': term range differs from the manifest')
  return { file, terms: terms.length }
})
process.stdout.write(JSON.stringify({ shards, chunks: manifest.chunks.length }))
