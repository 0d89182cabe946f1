'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { chunkPathOf, entryOf, highlight } = require('../../../theme/search/display')

test('a document\'s display data is in the chunk of its number, named by its group and its place in the group', () => {
  const manifest = { papersPerChunk: 4, chunksPerGroup: 3, chunkGroupNameLength: 3, chunkGroups: 'abcdef' }
  assert.equal(chunkPathOf(manifest, 0), 'chunks/abc-0.json')
  assert.equal(chunkPathOf(manifest, 3), 'chunks/abc-0.json')
  assert.equal(chunkPathOf(manifest, 4), 'chunks/abc-1.json')
  assert.equal(chunkPathOf(manifest, 11), 'chunks/abc-2.json')
  assert.equal(chunkPathOf(manifest, 12), 'chunks/def-0.json')
  assert.equal(chunkPathOf(manifest, 21), 'chunks/def-2.json')
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
