'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { shardTerms, decodeShardTerm, decodeCommonTerm } = require('../../../theme/search/decoding')

test('a shard posting decodes to documents in ascending number with their weights', () => {
  const posting = { _index: 3, title: { 2: { w: [0.5] }, 10: { w: [0.25] } }, abstract: {} }
  const decoded = decodeShardTerm('graph', posting, ['title', 'abstract'])
  assert.equal(decoded.index, 3)
  assert.deepEqual(decoded.fields[0], { docs: [2, 10], weights: [0.5, 0.25] })
  assert.deepEqual(decoded.fields[1], { docs: [], weights: [] })
})

test('a packed common term decodes document gaps and weights in thousandths', () => {
  const decoded = decodeCommonTerm({ term: 'the', index: 1, fields: [[[1, 2, 5], [500, 250, 1]]] })
  assert.deepEqual(Array.from(decoded.fields[0].docs), [1, 3, 8])
  assert.deepEqual(Array.from(decoded.fields[0].weights), [0.5, 0.25, 0.001])
})

test('a shard\'s terms are looked up by name', () => {
  const terms = shardTerms({ invertedIndex: [['a', { _index: 0 }], ['b', { _index: 1 }]] })
  assert.equal(terms.get('b')._index, 1)
})
