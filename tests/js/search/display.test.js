'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { chunkPathOf, entryOf, highlight } = require('../../../theme/search/display')

test('a document\'s display data is in the chunk of its number', () => {
  const manifest = { papersPerChunk: 16, chunkNameLength: 3, chunks: 'abcdef' }
  assert.equal(chunkPathOf(manifest, 0), 'chunks/abc.json')
  assert.equal(chunkPathOf(manifest, 17), 'chunks/def.json')
  assert.deepEqual(entryOf(manifest, [{ t: 'a' }, { t: 'b' }], 17), { t: 'b' })
  assert.equal(entryOf(manifest, [], 17), null)
})

test('highlight marks the words whose stem matched, leaving punctuation unmarked', () => {
  const pieces = highlight(lunr, 'Diffusion models, diffusing fast', [lunr.stemmer(new lunr.Token('diffusion')).toString()])
  assert.deepEqual(pieces, [
    { text: 'Diffusion', mark: true },
    { text: ' models, ', mark: false },
    { text: 'diffusing', mark: true },
    { text: ' fast', mark: false }
  ])
})
