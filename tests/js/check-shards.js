// Loads every shard listed in a search manifest with stock lunr.Index.load, checks its term range against the
// manifest and that its postings carry a weight, and unpacks every common-term file with its impact blocks.
// Usage: node check-shards.js <search folder>  → { shards: [{ file, terms, postings }], common: [{ term, blocks, postings }], chunkGroups }
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require('lunr')
const core = require('../../theme/static/assets/search-core.js')

core.installFold(lunr) // the shards' search pipeline names 'fold'
const folder = process.argv[2]
const read = file => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))
const manifest = read('manifest.json')
const shards = manifest.shards.map(([first, last, file]) => {
  const json = read(file)
  const index = lunr.Index.load(json)
  // Object.keys puts integer-like terms ("2024") first, so sort as lunr does: by UTF-16 code unit.
  const terms = Object.keys(index.invertedIndex).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (terms.length > 0 && (terms[0] !== first || terms[terms.length - 1] !== last)) throw new Error(file + ': term range differs from the manifest')
  let postings = 0
  for (const term of terms) {
    for (const field of manifest.fields) {
      for (const [ref, metadata] of Object.entries(index.invertedIndex[term][field])) {
        if (!/^\d+$/.test(ref) || +ref >= manifest.documents) throw new Error(file + ': ref ' + ref + ' is not a document number')
        if (!(metadata.w.length === 1 && metadata.w[0] > 0)) throw new Error(file + ': posting without a weight')
        postings++
      }
    }
  }
  return { file, terms: terms.length, postings }
})
// A common term's head file and every impact block it names: once all are added, every document of its set has weights.
const common = manifest.common.map(([term, file]) => {
  const decoded = core.decodeCommonTerm(read(file), manifest.documents)
  if (decoded.term !== term) throw new Error(file + ': holds ' + decoded.term + ', not ' + term)
  const blocks = decoded.complete ? 1 : decoded.blocks.length
  const present = decoded.present
  for (const block of decoded.complete ? [] : decoded.blocks.slice(1)) {
    const json = read(block.file)
    if (json.term !== term) throw new Error(block.file + ': a block of ' + json.term + ', not ' + term)
    core.addBlock(decoded, json)
  }
  if (present) {
    const loaded = new Uint8Array(manifest.documents)
    for (const f of decoded.fields) for (const d of f.docs) loaded[d] = 1
    for (let d = 0; d < manifest.documents; d++) if (present[d] !== loaded[d]) throw new Error(file + ': document ' + d + ' is ' + (present[d] ? '' : 'not ') + 'in the set of ' + term + ' but its blocks say otherwise')
  }
  return { term, blocks, postings: decoded.fields.reduce((sum, f) => sum + f.docs.length, 0) }
})
process.stdout.write(JSON.stringify({ shards, common, chunkGroups: manifest.chunkGroups.length / manifest.chunkGroupNameLength }))
