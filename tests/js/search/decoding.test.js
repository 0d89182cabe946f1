'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { shardTerms, decodeShardTerm, decodeCommonTerm, addBlock, restBound } = require('../../../theme/search/decoding')

test('a shard posting decodes to documents in ascending number with their weights', () => {
  const posting = { _index: 3, title: { 2: { w: [0.5] }, 10: { w: [0.25] } }, abstract: {} }
  const decoded = decodeShardTerm('graph', posting, ['title', 'abstract'])
  assert.equal(decoded.index, 3)
  assert.deepEqual(decoded.fields[0], { docs: [2, 10], weights: [0.5, 0.25] })
  assert.deepEqual(decoded.fields[1], { docs: [], weights: [] })
})

test('a common term\'s block decodes document gaps and, per field, weights in thousandths (−1: not in that field)', () => {
  const decoded = decodeCommonTerm({ term: 'the', index: 1, docs: [1, 2, 5], weights: [[500, 250, 1], [-1, 0, 7]] })
  assert.deepEqual(Array.from(decoded.fields[0].docs), [1, 3, 8])
  assert.deepEqual(Array.from(decoded.fields[0].weights), [0.5, 0.25, 0.001])
  // A weight of 0 is a posting (a word in every paper); −1 is none.
  assert.deepEqual(Array.from(decoded.fields[1].docs), [3, 8])
  assert.deepEqual(Array.from(decoded.fields[1].weights), [0, 0.007])
})

test('a shard\'s terms are looked up by name', () => {
  const terms = shardTerms({ invertedIndex: [['a', { _index: 0 }], ['b', { _index: 1 }]] })
  assert.equal(terms.get('b')._index, 1)
})

// A common term in three impact blocks over 8 documents: the head holds its set (documents 1–3 and 6), its first
// block inline and each block's largest impact and field weights; later blocks come from their own files.
const head = {
  term: 'model',
  index: 4,
  runs: [1, 3, 2, 1],
  blocks: [['', 900, [800, 100]], ['common/b1.json', 500, [0, 500]], ['common/b2.json', 300, [200, 250]]],
  docs: [3], weights: [[800], [100]]
}

test('a common term\'s head decodes its set, its first block and bounds for the blocks not loaded', () => {
  const term = decodeCommonTerm(head, 8)
  assert.equal(term.complete, false)
  assert.deepEqual(Array.from(term.present), [0, 1, 1, 1, 0, 0, 1, 0])
  assert.deepEqual(Array.from(term.loaded), [0, 0, 0, 1, 0, 0, 0, 0])
  assert.deepEqual(Array.from(term.fields[0].docs), [3])
  // Blocks 1 and 2 not loaded: at most 0.5 by impact, at most 0.2 + 0.5 by fields; the smaller bound wins.
  assert.ok(Math.abs(restBound(term, [1, 1]) - 0.5) < 1e-9 && restBound(term, [1, 1]) > 0.5)
  // A query weighing only the first field: 0.2 (field maxima) is below 0.5 (impact).
  assert.ok(Math.abs(restBound(term, [1, 0]) - 0.2) < 1e-9)
  assert.equal(restBound(term, [1, 1], 3) > 0, true) // nothing left: only the hair added for rounding
  assert.ok(restBound(term, [1, 1], 3) < 1e-9)
})

test('later blocks merge into the term in document order, and the term is complete with its last', () => {
  const term = decodeCommonTerm(head, 8)
  addBlock(term, { term: 'model', block: 1, docs: [1, 1], weights: [[], [500, 400]] })
  assert.equal(term.complete, false)
  addBlock(term, { term: 'model', block: 2, docs: [6], weights: [[200], [250]] })
  assert.equal(term.complete, true)
  assert.deepEqual(Array.from(term.fields[0].docs), [3, 6])
  assert.deepEqual(Array.from(term.fields[1].docs), [1, 2, 3, 6])
  assert.deepEqual(Array.from(term.fields[1].weights), [0.5, 0.4, 0.1, 0.25])
  assert.deepEqual(Array.from(term.loaded), Array.from(term.present))
})

test('a head with one block is complete at once', () => {
  const term = decodeCommonTerm({ term: 'the', index: 1, runs: [0, 2], blocks: [['', 5, [5]]], docs: [0, 1], weights: [[2, 3]] }, 2)
  assert.equal(term.complete, true)
  assert.equal(term.present, undefined)
})
