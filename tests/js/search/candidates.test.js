'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { candidates, kthLargest } = require('../../../theme/search/candidates')

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
