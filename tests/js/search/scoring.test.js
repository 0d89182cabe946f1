'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { prepareTerms, buildIndex, runClauses } = require('../../../theme/search/scoring')
const { matchDocuments } = require('../../../theme/search/candidates')
const { planQuery } = require('../../../theme/search/query-plan')

const documents = [
  { id: '0', title: 'Graph neural networks', abstract: 'Message passing on graphs.' },
  { id: '1', title: 'Diffusion models', abstract: 'Denoising diffusion for images and graphs.' },
  { id: '2', title: 'Neural operators', abstract: 'Learning operators between function spaces with neural networks.' }
]
const fields = ['title', 'abstract']
const whole = lunr(function () {
  this.ref('id')
  fields.forEach(f => this.field(f))
  documents.forEach(d => this.add(d))
})

// Every term of the whole index as the search files carry it: documents and their weights, per field.
function decodedTerms () {
  const json = JSON.parse(JSON.stringify(whole))
  const vectors = new Map(json.fieldVectors.map(([key, elements]) => [key, elements]))
  return json.invertedIndex.map(([term, posting]) => ({
    term,
    index: posting._index,
    fields: fields.map(field => {
      const docs = Object.keys(posting[field]).map(Number).sort((a, b) => a - b)
      const weights = docs.map(doc => {
        const elements = vectors.get(field + '/' + doc)
        for (let i = 0; i < elements.length; i += 2) if (elements[i] === posting._index) return elements[i + 1]
        throw new Error('no weight')
      })
      return { docs, weights }
    })
  }))
}

test('an index of the loaded terms ranks exactly like the whole index', () => {
  const prepared = prepareTerms(lunr, decodedTerms())
  for (const query of ['neural', 'graph networks', 'diffusion -graphs', '+neural operators']) {
    const plan = planQuery(lunr, fields, query)
    const expected = whole.search(query).map(r => [r.ref, r.score])
    const actual = runClauses(buildIndex(lunr, fields, prepared), plan.clauses).map(r => [r.ref, r.score])
    assert.deepEqual(actual, expected, query)
  }
})

test('pre-scores find the same documents lunr returns, and scoring only candidates keeps their scores', () => {
  const prepared = prepareTerms(lunr, decodedTerms())
  const plan = planQuery(lunr, fields, 'neural networks')
  const match = matchDocuments(lunr, fields, prepared, plan.clauses, documents.length)
  const expected = whole.search('neural networks')
  assert.deepEqual(match.eligible, expected.map(r => +r.ref).sort((a, b) => a - b))
  const keep = Uint8Array.from([1, 0, 0])
  const only = runClauses(buildIndex(lunr, fields, prepared, keep), plan.clauses)
  assert.deepEqual(only.map(r => [r.ref, r.score]), expected.filter(r => r.ref === '0').map(r => [r.ref, r.score]))
})
