'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { candidates, kthLargest, blocksToLoad } = require('../../../theme/search/candidates')
const { decodeCommonTerm, restBound } = require('../../../theme/search/decoding')

test('kthLargest finds the k-th best score without sorting', () => {
  assert.equal(kthLargest([0, 1, 2, 3, 4], [5, 1, 4, 3, 9], 2), 5)
})

test('candidates keep every document that can reach the first results, ties included', () => {
  const scores = Float64Array.from([5, 1, 4, 4, 0.5])
  const keep = candidates({ eligible: [0, 1, 2, 3, 4], scores }, 2, 5)
  assert.deepEqual(Array.from(keep), [1, 0, 1, 1, 0])
  const few = candidates({ eligible: [1, 4], scores }, 20, 5)
  assert.deepEqual(Array.from(few), [0, 1, 0, 0, 1])
})

test('impact blocks are loaded until no document without all its weights can reach the first results', () => {
  // "model" in documents 1, 2, 3 and 6, only 3's weights loaded (the head of decoding.test.js): what blocks 1 and 2
  // can add is at most 0.5, block 2 alone at most 0.3.
  const decoded = decodeCommonTerm({
    term: 'model', index: 4, runs: [1, 3, 2, 1],
    blocks: [['', 900, [800, 100]], ['common/b1.json', 500, [0, 500]], ['common/b2.json', 300, [200, 250]]],
    docs: [3], weights: [[800], [100]]
  }, 8)
  const partial = [{ decoded, coefficients: [1, 1] }]
  const pending = new Float64Array(8)
  for (const d of [1, 2, 6]) pending[d] = restBound(decoded, [1, 1])
  const scores = new Float64Array(8)
  scores[3] = 0.9 // exact: its weights are loaded
  scores[6] = 0.6 // from another word; it may still gain 0.5 from "model"
  const match = { eligible: [1, 2, 3, 6], scores, pending, partial }
  // The first result: document 6 could reach 1.1 > 0.9 (document 3's exact score): the next block of "model".
  assert.deepEqual(blocksToLoad(match, 1).map(load => load.upTo), [2])
  // Documents 1 and 2 (at most 0.5) cannot pass document 3 (0.9): with 6 settled, nothing more is needed.
  scores[6] = 0.3
  assert.deepEqual(blocksToLoad(match, 1), [])
  // Two results: the second best pre-score (0.3, a lower bound) does not settle documents 1, 2 or 6.
  assert.deepEqual(blocksToLoad(match, 2).map(load => load.upTo), [2])
  // More results than eligible documents: every one needs its exact score.
  assert.deepEqual(blocksToLoad(match, 20).map(load => load.upTo), [2])
  // Candidates leave out the documents whose weights are not loaded (settled below the threshold).
  assert.deepEqual(Array.from(candidates(match, 1, 8)), [0, 0, 0, 1, 0, 0, 0, 0])
  // Every weight loaded: nothing to load.
  assert.deepEqual(blocksToLoad({ eligible: [3], scores, pending: null, partial: [] }, 1), [])
})
