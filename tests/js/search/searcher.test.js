'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { createSearcher } = require('../../../theme/search/searcher')

// A site's search files in memory: two term-range shards, one common term, one display chunk.
const fields = ['title']
const shard = terms => ({ version: '2.3.9', fields, fieldVectors: [], invertedIndex: terms, pipeline: ['stemmer'] })
const files = {
  'manifest.json': {
    fields,
    documents: 2,
    shards: [['graph', 'graph', 'shards/a.json'], ['neural', 'neural', 'shards/b.json']],
    common: [['model', 'common/m.json']],
    terms: 'terms/t.json',
    papersPerChunk: 16,
    chunksPerGroup: 64,
    chunkGroupNameLength: 3,
    chunkGroups: 'c01'
  },
  'shards/a.json': shard([['graph', { _index: 0, title: { 0: { w: [1.5] } } }]]),
  'shards/b.json': shard([['neural', { _index: 1, title: { 0: { w: [0.5] }, 1: { w: [1.2] } } }]]),
  'common/m.json': { term: 'model', index: 2, docs: [0, 1], weights: [[100, 200]] },
  'terms/t.json': ['graph', 'model', 'neural'],
  'chunks/c01-0.json': [{ t: 'Graph neural model' }, { t: 'Neural model' }]
}

test('a query fetches only the files it needs and ranks its documents', async () => {
  const fetched = []
  const searcher = createSearcher(lunr, async path => { fetched.push(path); return files[path] })
  const answer = await searcher.search('neural')
  assert.equal(answer.status, 'ok')
  assert.deepEqual(answer.results.map(r => r.ref), [1, 0])
  assert.equal(answer.total, 2)
  assert.deepEqual(fetched.sort(), ['manifest.json', 'shards/b.json'])
  assert.deepEqual(await searcher.display([1]), [{ t: 'Neural model' }])
})

test('a common term comes from its packed file, not from a shard', async () => {
  const fetched = []
  const searcher = createSearcher(lunr, async path => { fetched.push(path); return files[path] })
  const answer = await searcher.search('model')
  assert.deepEqual(answer.results.map(r => r.ref), [1, 0])
  assert.ok(fetched.includes('common/m.json'))
  assert.ok(!fetched.some(path => path.startsWith('shards/')))
})

test('with retry, a query that finds nothing is tried again within one edit per word, and says so', async () => {
  const searcher = createSearcher(lunr, async path => files[path])
  const nothing = await searcher.search('nural')
  assert.equal(nothing.total, 0)
  assert.equal(nothing.retriedAs, undefined)
  const retried = await searcher.search('nural', { retry: true })
  assert.equal(retried.retriedAs, 'nural~1')
  assert.deepEqual(retried.results.map(r => r.ref), [1, 0])
  assert.equal((await searcher.search('neural', { retry: true })).retriedAs, undefined)
  assert.equal((await searcher.search('-graph nural', { retry: true })).retriedAs, '-graph nural~1')
})

test('a quoted phrase keeps the documents where its words stand together, fetching positions only then', async () => {
  // Documents: 0 "world model", 1 "model world", 2 "world big model"; "model" is a common term.
  const phraseFiles = {
    'manifest.json': {
      fields,
      documents: 3,
      shards: [['big', 'world', 'shards/a.json', 'positions/a.json']],
      common: [['model', 'common/m.json', 'positions/m.json']],
      terms: 'terms/t.json',
      papersPerChunk: 16,
      chunksPerGroup: 64,
      chunkGroupNameLength: 3,
      chunkGroups: 'c01'
    },
    'shards/a.json': shard([
      ['big', { _index: 2, title: { 2: { w: [1] } } }],
      ['model', { _index: 1, title: {} }],
      ['world', { _index: 0, title: { 0: { w: [1.5] }, 1: { w: [1.5] }, 2: { w: [1.1] } } }]
    ]),
    'common/m.json': { term: 'model', index: 1, docs: [0, 1, 1], weights: [[200, 200, 150]] },
    'positions/a.json': { big: [[2, 1, 1]], world: [[0, 1, 0, 1, 1, 1, 1, 1, 0]] },
    'positions/m.json': { model: [[0, 1, 1, 1, 1, 0, 1, 1, 2]] },
    'terms/t.json': ['big', 'model', 'world'],
    'chunks/c01-0.json': [{ t: 'World model' }, { t: 'Model world' }, { t: 'World big model' }]
  }
  const fetched = []
  const searcher = createSearcher(lunr, async path => { fetched.push(path); return phraseFiles[path] })
  const plain = await searcher.search('world model')
  assert.equal(plain.total, 3)
  assert.deepEqual(plain.phrases, [])
  assert.ok(!fetched.some(path => path.startsWith('positions/')))
  const phrase = await searcher.search('"world model"')
  assert.deepEqual(phrase.phrases, ['world model'])
  assert.deepEqual(phrase.results.map(r => r.ref), [0])
  assert.equal(phrase.total, 1)
  assert.deepEqual(fetched.filter(path => path.startsWith('positions/')).sort(), ['positions/a.json', 'positions/m.json'])
  assert.equal(phrase.files, 4)
  // The same scores as the words required: the phrase only removes documents.
  const required = await searcher.search('+world +model')
  assert.equal(phrase.results[0].score, required.results.find(r => r.ref === 0).score)
  assert.deepEqual((await searcher.search('"model world"')).results.map(r => r.ref), [1])
  assert.deepEqual((await searcher.search('"world big model"')).results.map(r => r.ref), [2])
  assert.equal((await searcher.search('"big world"')).total, 0)
})
