'use strict'
/*
 * Quoted phrases: "world model" matches the documents where those terms are adjacent, in that order, in one field.
 * A phrase ranks as its words would, each required (+world +model: lunr's own scoring), and only documents where the
 * words stand together are kept. Positions are lunr's token `index` metadata: the ordinal of the token in its field,
 * counted before the pipeline, so a stop word lunr drops still takes its place ("state of the art" is state, two
 * words, art) and a hyphenated word's whole and parts share one place ("gpt-4o model" is gpt-4o then model).
 */

const { trimWord, stem, isStopWord } = require('./words')
const { foldWord } = require('./fold')

const QUOTES = /["\u201c\u201d\u201e]/
const PHRASE = /["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]*)["\u201c\u201d\u201e]/g

/*
 * The query as segments in order: { text } to parse with lunr's query syntax and { phrase: [words] } for each pair of
 * quotes. A quote without a partner is dropped, so its words are searched as plain words.
 */
function splitPhrases (queryString) {
  const segments = []
  let at = 0
  for (const found of queryString.matchAll(PHRASE)) {
    if (found.index > at) segments.push({ text: queryString.slice(at, found.index) })
    const words = found[1].split(/\s+/).filter(word => word !== '')
    if (words.length > 0) segments.push({ phrase: words })
    at = found.index + found[0].length
  }
  if (at < queryString.length) segments.push({ text: queryString.slice(at) })
  return segments.map(s => (s.text === undefined ? s : { text: s.text.split(QUOTES).join(' ') }))
}

/*
 * The index term that must stand at each place of a phrase, with its offset from the first: a word's whole form
 * through the index pipeline (fold's first term, then trimmer, stop-word filter, stemmer). Stop words and words
 * the trimmer empties keep their place but need no term, like lunr's index leaves them.
 */
function phraseSlots (lunr, words) {
  const slots = []
  words.forEach((word, place) => {
    const whole = foldWord(lunr, word.toLowerCase())[0]
    const trimmed = whole === undefined ? '' : trimWord(whole)
    if (trimmed === '' || isStopWord(lunr, trimmed)) return
    slots.push({ offset: place, term: stem(lunr, trimmed) })
  })
  const first = slots.length > 0 ? slots[0].offset : 0
  return slots.map(slot => ({ offset: slot.offset - first, term: slot.term }))
}

/* A positions file's entry for one term → per field, a Map of document number → its positions (ascending). */
function decodePositions (fieldLists) {
  return fieldLists.map(flat => {
    const byDocument = new Map()
    let document = 0
    for (let i = 0; i < flat.length;) {
      document += flat[i++]
      const positions = new Int32Array(flat[i++])
      let position = 0
      for (let k = 0; k < positions.length; k++) positions[k] = position += flat[i++]
      byDocument.set(document, positions)
    }
    return byDocument
  })
}

/*
 * The documents where the slots' terms stand at their offsets from one another in one field, as a Set of document
 * numbers. positionsOf(term) gives a term's decoded positions, or undefined when the index has no such term.
 * Null for a phrase of fewer than two terms: its required words already say all there is.
 */
function phraseDocuments (slots, positionsOf) {
  if (slots.length < 2) return null
  const found = new Set()
  const lists = slots.map(slot => positionsOf(slot.term))
  if (lists.some(list => list === undefined)) return found
  lists[0].forEach((firstField, field) => {
    for (const [document, starts] of firstField) {
      if (found.has(document)) continue
      const others = lists.map(list => list[field].get(document))
      if (others.some(positions => positions === undefined)) continue
      const adjacent = start => slots.every((slot, i) => i === 0 || others[i].indexOf(start + slot.offset) !== -1)
      if (starts.some(adjacent)) found.add(document)
    }
  })
  return found
}

/* What the status line says before the count: 'Phrase search for “world model”' (and “…” for each further phrase). */
function describePhrases (phrases) {
  if (phrases.length === 0) return ''
  return (phrases.length === 1 ? 'Phrase search for ' : 'Phrase search for each of ') + phrases.map(p => '\u201c' + p + '\u201d').join(', ')
}

module.exports = { splitPhrases, phraseSlots, decodePositions, phraseDocuments, describePhrases }
