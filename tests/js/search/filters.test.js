'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const filters = require('../../../theme/search/filters')
const { decodeGaps } = require('../../../theme/search/decoding')
const { createSearcher } = require('../../../theme/search/searcher')

test('the URL holds the state; unreadable parts read as absent and the default sort is left out', () => {
  assert.deepEqual(filters.readState('?q=graph&tag=robotics&from=2025-01&to=2025-03&sort=upvotes'),
    { q: 'graph', tag: 'robotics', from: '2025-01', to: '2025-03', sort: 'upvotes' })
  assert.deepEqual(filters.readState('?from=2025-13&to=march&sort=best'), { q: '', tag: '', from: '', to: '', sort: '' })
  assert.equal(filters.writeState({ q: 'graph', tag: '', from: '2025-01', to: '', sort: 'relevance' }), '?q=graph&from=2025-01')
  assert.equal(filters.writeState({ q: '', tag: 'robotics', from: '', to: '', sort: 'newest' }), '?tag=robotics')
  assert.equal(filters.writeState({ q: '  ', tag: '', from: '', to: '', sort: '' }), '')
  const state = { q: 'world model', tag: 'machine-learning', from: '2025-02', to: '2025-02', sort: 'upvotes' }
  assert.deepEqual(filters.readState(filters.writeState(state)), state)
})

test('relevance needs a query: browsing sorts newest first unless upvotes are asked for', () => {
  assert.equal(filters.sortOf({ q: 'graph', sort: '' }), 'relevance')
  assert.equal(filters.sortOf({ q: '', sort: '' }), 'newest')
  assert.equal(filters.sortOf({ q: '', sort: 'relevance' }), 'newest')
  assert.equal(filters.sortOf({ q: '', sort: 'upvotes' }), 'upvotes')
  assert.equal(filters.sortOf({ q: 'graph', sort: 'newest' }), 'newest')
})

test('a month range is a run of document numbers, either end open', () => {
  const months = [['2024-11', 0], ['2025-01', 4], ['2025-02', 9], ['2025-04', 12]]
  assert.deepEqual(filters.documentRange(months, 15, '', ''), [0, 15])
  assert.deepEqual(filters.documentRange(months, 15, '2025-01', '2025-02'), [4, 12])
  assert.deepEqual(filters.documentRange(months, 15, '2024-12', ''), [4, 15]) // a month without papers
  assert.deepEqual(filters.documentRange(months, 15, '', '2025-03'), [0, 12])
  assert.deepEqual(filters.documentRange(months, 15, '2025-03', '2025-03'), [12, 12])
  assert.deepEqual(filters.documentRange(months, 15, '2025-05', ''), [15, 15])
  assert.deepEqual(filters.documentRange(months, 15, '2025-04', '2025-01'), [12, 12]) // reversed: nothing
})

test('a topic and a range allow their intersection', () => {
  const tag = decodeGaps([1, 2, 4, 1])
  assert.deepEqual(Array.from(tag), [1, 3, 7, 8])
  assert.equal(filters.allowedDocuments([0, 10], undefined, 10), null)
  assert.deepEqual(Array.from(filters.allowedDocuments([2, 8], tag, 10)), [0, 0, 0, 1, 0, 0, 0, 1, 0, 0])
  assert.deepEqual(Array.from(filters.allowedDocuments([2, 4], undefined, 5)), [0, 0, 1, 1, 0])
  assert.deepEqual(Array.from(filters.browseDocuments([2, 8], tag)), [3, 7])
  assert.deepEqual(Array.from(filters.browseDocuments([2, 5], undefined)), [2, 3, 4])
})

test('sorts: newest is the highest number; upvotes, then days trended, then newest; unknown upvotes last', () => {
  const facts = { 0: { v: 5, n: 1 }, 1: { v: -1, n: 9 }, 2: { v: 5, n: 3 }, 3: { v: 0, n: 1 }, 4: { v: 5, n: 1 } }
  assert.deepEqual(filters.sortDocuments([0, 1, 2, 3, 4], 'newest'), [4, 3, 2, 1, 0])
  assert.deepEqual(filters.sortDocuments([0, 1, 2, 3, 4], 'upvotes', d => facts[d]), [2, 4, 0, 3, 1])
  assert.deepEqual(filters.factsFilesFor([1, 2, 5, 9, 20], 4), [0, 1, 2, 5])
})

// Five papers over two months in one shard; topics and facts in the catalogue.
const fields = ['title']
const files = {
  'manifest.json': {
    fields,
    documents: 5,
    shards: [['graph', 'model', 'shards/a.json']],
    common: [],
    terms: 'terms/t.json',
    papersPerChunk: 16,
    chunksPerGroup: 64,
    chunkGroupNameLength: 3,
    chunkGroups: 'c01',
    catalogue: {
      months: [['2025-01', 0], ['2025-02', 3]],
      tags: [['robotics', 'Robotics', 3, 'tags/r.json'], ['vision', 'Vision', 2, 'tags/v.json']],
      factsPerFile: 2,
      facts: ['facts/0.json', 'facts/1.json', 'facts/2.json']
    }
  },
  'shards/a.json': {
    version: '2.3.9',
    fields,
    fieldVectors: [],
    pipeline: ['stemmer'],
    invertedIndex: [
      ['graph', { _index: 0, title: { 0: { w: [2.0] }, 1: { w: [1.0] }, 3: { w: [1.5] }, 4: { w: [0.5] } } }],
      ['model', { _index: 1, title: { 2: { w: [1.0] } } }]
    ]
  },
  'terms/t.json': ['graph', 'model'],
  'tags/r.json': [0, 3, 1], // 0, 3, 4
  'tags/v.json': [1, 1], // 1, 2
  'facts/0.json': { v: [10, 50], n: [1, 2] },
  'facts/1.json': { v: [7, 50], n: [1, 3] },
  'facts/2.json': { v: [-1], n: [4] },
  'chunks/c01-0.json': [{ t: 'a' }, { t: 'b' }, { t: 'c' }, { t: 'd' }, { t: 'e' }]
}

test('a filter keeps lunr\'s ranking of the documents it allows, and counts only them', async () => {
  const searcher = createSearcher(lunr, async path => files[path])
  const all = await searcher.search('graph')
  assert.deepEqual(all.results.map(r => r.ref), [0, 3, 1, 4])
  const robotics = await searcher.search('graph', { filter: { tag: 'robotics' } })
  assert.deepEqual(robotics.results.map(r => [r.ref, r.score]), all.results.filter(r => [0, 3, 4].includes(r.ref)).map(r => [r.ref, r.score]))
  assert.equal(robotics.total, 3)
  const february = await searcher.search('graph', { filter: { from: '2025-02' } })
  assert.deepEqual(february.results.map(r => r.ref), [3, 4])
  const none = await searcher.search('graph', { filter: { tag: 'vision', from: '2025-02' } })
  assert.equal(none.total, 0)
})

test('a query sorted by upvotes or newest orders its matches so, with their matched words', async () => {
  const searcher = createSearcher(lunr, async path => files[path])
  const upvoted = await searcher.search('graph', { sort: 'upvotes' })
  assert.deepEqual(upvoted.results.map(r => r.ref), [3, 1, 0, 4]) // 50 (3 days), 50 (2 days), 10, unknown
  assert.deepEqual(upvoted.results[0].terms, ['graph'])
  const newest = await searcher.search('graph', { sort: 'newest', filter: { tag: 'robotics' } })
  assert.deepEqual(newest.results.map(r => r.ref), [4, 3, 0])
})

test('browsing with no query lists what the filter allows, fetching only the facts an upvote sort needs', async () => {
  const fetched = []
  const searcher = createSearcher(lunr, async path => { fetched.push(path); return files[path] })
  const newest = await searcher.browse({ tag: 'robotics' }, 'newest', { limit: 2 })
  assert.equal(newest.total, 3)
  assert.deepEqual(newest.results.map(r => r.ref), [4, 3])
  assert.deepEqual((await newest.top(10)).map(r => r.ref), [4, 3, 0])
  assert.ok(!fetched.some(f => f.startsWith('facts/')))
  const upvoted = await searcher.browse({ from: '2025-01', to: '2025-01' }, 'upvotes')
  assert.deepEqual(upvoted.results.map(r => r.ref), [1, 0, 2])
  assert.deepEqual(fetched.filter(f => f.startsWith('facts/')).sort(), ['facts/0.json', 'facts/1.json'])
  assert.equal((await searcher.browse({ tag: 'nonesuch' }, 'newest')).total, 0)
})
