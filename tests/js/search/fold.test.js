'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { foldText, foldWord, installFold, searchPipeline } = require('../../../theme/search/fold')
const { planQuery } = require('../../../theme/search/query-plan')

const fields = ['title', 'abstract']

test('foldText removes accents and compatibility forms, and leaves ASCII and other scripts alone', () => {
  assert.equal(foldText('schrödinger'), 'schrodinger')
  assert.equal(foldText('ﬁne'), 'fine')
  assert.equal(foldText('ⅻ'), 'xii')
  assert.equal(foldText('gpt-4o'), 'gpt-4o')
  assert.equal(foldText('中文'), '中文')
})

test('foldWord keeps hyphenated and slashed words whole and split, without stop-word parts', () => {
  assert.deepEqual(foldWord(lunr, 'gpt-4o'), ['gpt-4o', 'gpt', '4o'])
  assert.deepEqual(foldWord(lunr, 'vit-l/14'), ['vit-l/14', 'vit', 'l', '14'])
  assert.deepEqual(foldWord(lunr, 'state-of-the-art'), ['state-of-the-art', 'state', 'art'])
  assert.deepEqual(foldWord(lunr, '--both--'), ['both'])
  assert.deepEqual(foldWord(lunr, '-/-'), [])
})

test('the search pipeline folds and stems a query word as the index did', () => {
  assert.deepEqual(searchPipeline(lunr).runString('schrödinger'), ['schroding'])
  assert.deepEqual(searchPipeline(lunr).runString('gpt-4o'), ['gpt-4o', 'gpt', '4o'])
  assert.equal(installFold(lunr), installFold(lunr))
})

test('queries keep hyphenated words whole, and the typed word is folded before it is a prefix', () => {
  const whole = planQuery(lunr, fields, 'GPT-4o')
  assert.deepEqual(whole.needs, [{ exact: 'gpt-4o' }, { exact: 'gpt' }, { exact: '4o' }])
  const typed = planQuery(lunr, fields, 'schröd', { typing: true })
  assert.ok(typed.needs.some(n => n.prefix === 'schrod'))
  assert.ok(planQuery(lunr, fields, '+state-of-the-art').needs.every(n => n.exact !== 'of' && n.exact !== 'the'))
})
