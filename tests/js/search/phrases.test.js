'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { splitPhrases, phraseSlots, decodePositions, phraseDocuments } = require('../../../theme/search/phrases')
const { installFold } = require('../../../theme/search/fold')

installFold(lunr)

test('quoted phrases are cut out of the query in order; an unmatched quote is dropped', () => {
  assert.deepEqual(splitPhrases('"world model" robot'), [{ phrase: ['world', 'model'] }, { text: ' robot' }])
  assert.deepEqual(splitPhrases('robot \u201cworld  model\u201d -sim'), [{ text: 'robot ' }, { phrase: ['world', 'model'] }, { text: ' -sim' }])
  assert.deepEqual(splitPhrases('"world model'), [{ text: ' world model' }])
  assert.deepEqual(splitPhrases('"a b" "c'), [{ phrase: ['a', 'b'] }, { text: '  c' }])
  assert.deepEqual(splitPhrases('""'), [])
})

test('a phrase needs each word\'s whole term at its place; stop words keep their place', () => {
  assert.deepEqual(phraseSlots(lunr, ['World', 'Models']), [{ offset: 0, term: 'world' }, { offset: 1, term: 'model' }])
  assert.deepEqual(phraseSlots(lunr, ['state', 'of', 'the', 'art']), [{ offset: 0, term: 'state' }, { offset: 3, term: 'art' }])
  assert.deepEqual(phraseSlots(lunr, ['the', 'world', 'model']), [{ offset: 0, term: 'world' }, { offset: 1, term: 'model' }])
  // A hyphenated word stands at one place, as its whole term (its parts share that place in the index).
  assert.deepEqual(phraseSlots(lunr, ['GPT-4o', 'model']), [{ offset: 0, term: 'gpt-4o' }, { offset: 1, term: 'model' }])
  // Accents fold; a word the trimmer empties keeps its place.
  assert.deepEqual(phraseSlots(lunr, ['Schrödinger', '—', 'bridges,']), [{ offset: 0, term: 'schroding' }, { offset: 2, term: 'bridg' }])
})

test('positions decode from document gaps, counts and position gaps', () => {
  const [title, abstract] = decodePositions([[3, 2, 1, 4, 2, 1, 0], []])
  assert.deepEqual(Array.from(title.keys()), [3, 5])
  assert.deepEqual(Array.from(title.get(3)), [1, 5])
  assert.deepEqual(Array.from(title.get(5)), [0])
  assert.equal(abstract.size, 0)
})

test('a document matches when the terms stand at their offsets in one field', () => {
  const positions = {
    // two fields; documents 0..3
    world: decodePositions([[0, 1, 2, 1, 1, 0], [2, 1, 7, 1, 1, 3]]), // title: doc0@2, doc1@0; abstract: doc2@7, doc3@3
    model: decodePositions([[0, 1, 3, 1, 1, 5], [2, 1, 9, 1, 1, 4]]) // title: doc0@3, doc1@5; abstract: doc2@9, doc3@4
  }
  const found = phraseDocuments([{ offset: 0, term: 'world' }, { offset: 1, term: 'model' }], term => positions[term])
  assert.deepEqual(Array.from(found).sort(), [0, 3])
  const gap = phraseDocuments([{ offset: 0, term: 'world' }, { offset: 2, term: 'model' }], term => positions[term])
  assert.deepEqual(Array.from(gap), [2])
  // Terms in different fields never make a phrase; an unknown term matches nothing; one term is no constraint.
  const crossed = { world: decodePositions([[0, 1, 0], []]), model: decodePositions([[], [0, 1, 1]]) }
  assert.equal(phraseDocuments([{ offset: 0, term: 'world' }, { offset: 1, term: 'model' }], term => crossed[term]).size, 0)
  assert.equal(phraseDocuments([{ offset: 0, term: 'world' }, { offset: 1, term: 'nothing' }], term => positions[term]).size, 0)
  assert.equal(phraseDocuments([{ offset: 0, term: 'world' }], term => positions[term]), null)
})

test('the status line names the phrases', () => {
  const { describePhrases } = require('../../../theme/search/phrases')
  assert.equal(describePhrases([]), '')
  assert.equal(describePhrases(['world model']), 'Phrase search for \u201cworld model\u201d')
  assert.equal(describePhrases(['world model', 'robot control']), 'Phrase search for each of \u201cworld model\u201d, \u201crobot control\u201d')
})
