'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { trimWord, stem, isStopWord } = require('../../../theme/search/words')

test('trimWord strips punctuation around a word as lunr\'s trimmer does', () => {
  assert.equal(trimWord('"diffusion,"'), 'diffusion')
  assert.equal(trimWord('multi-agent'), 'multi-agent')
  assert.equal(trimWord('...'), '')
})

test('stem is lunr\'s stemmer and isStopWord its stop-word filter', () => {
  assert.equal(stem(lunr, 'diffusion'), lunr.stemmer(new lunr.Token('diffusion')).toString())
  assert.notEqual(stem(lunr, 'diffusion'), 'diffusion')
  assert.equal(isStopWord(lunr, 'the'), true)
  assert.equal(isStopWord(lunr, 'graph'), false)
})
