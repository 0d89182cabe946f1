'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { planQuery, patternMatches } = require('../../../theme/search/query-plan')

const fields = ['title', 'abstract']

test('empty text, stop words alone, negation alone and unreadable queries say so', () => {
  assert.equal(planQuery(lunr, fields, '   ').status, 'empty')
  const stop = planQuery(lunr, fields, 'the of')
  assert.equal(stop.status, 'stopwords')
  assert.deepEqual(stop.stopWords, ['the', 'of'])
  assert.equal(planQuery(lunr, fields, '-graph').status, 'negation')
  assert.equal(planQuery(lunr, fields, 'nofield:graph').status, 'error')
})

test('words become stemmed exact needs, punctuation and stop words dropped', () => {
  const plan = planQuery(lunr, fields, 'the neural, graphs')
  assert.equal(plan.status, 'ok')
  assert.deepEqual(plan.stopWords, ['the'])
  assert.deepEqual(plan.needs, [{ exact: 'neural' }, { exact: 'graph' }])
})

test('while typing, the last word is also a prefix, and shorter index terms match it', () => {
  const plan = planQuery(lunr, fields, 'hypernet', { typing: true })
  assert.ok(plan.needs.some(n => n.prefix === 'hypernet'))
  assert.ok(plan.needs.some(n => n.exact === 'hyper'))
  assert.ok(!planQuery(lunr, fields, 'hypernet ', { typing: true }).needs.some(n => n.prefix !== undefined))
})

test('fuzzy and leading-wildcard needs match against the full term list', () => {
  const terms = lunr.TokenSet.fromArray(['grape', 'graph', 'graphs', 'paragraph']) // sorted, as the terms file is
  assert.deepEqual(patternMatches(lunr, terms, { pattern: '*graph' }).sort(), ['graph', 'paragraph'])
  assert.deepEqual(patternMatches(lunr, terms, { pattern: 'graph', distance: 1 }).sort(), ['grape', 'graph', 'graphs'])
})
