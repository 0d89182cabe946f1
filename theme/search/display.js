'use strict'
/* Display data: where a result's title, link and excerpt are, and which of its words to mark. */

const { trimWord, stem } = require('./words')
const { foldText } = require('./fold')

/*
 * The display chunk file of a document number (relative to the manifest) and its entry in that chunk. Chunks are named
 * by group: chunk i is "chunks/<name of group floor(i / chunksPerGroup)>-<i mod chunksPerGroup>.json", and the
 * manifest lists one name per group.
 */
function chunkPathOf (m, ref) {
  const chunk = Math.floor(ref / m.papersPerChunk)
  const group = Math.floor(chunk / m.chunksPerGroup)
  return 'chunks/' + m.chunkGroups.substr(group * m.chunkGroupNameLength, m.chunkGroupNameLength) + '-' + (chunk % m.chunksPerGroup) + '.json'
}

function entryOf (m, chunk, ref) {
  return chunk[ref % m.papersPerChunk] || null
}

/*
 * Splits text into [{ text, mark }] pieces: a word is marked when its lowercased, folded, trimmed, stemmed form is one
 * of the matched index terms. The page turns marked pieces into <mark> elements with DOM APIs.
 */
function highlight (lunr, text, matchedTerms) {
  const terms = new Set(matchedTerms)
  const pieces = []
  const add = (piece, mark) => {
    if (piece === '') return
    const previous = pieces[pieces.length - 1]
    if (previous && previous.mark === mark) previous.text += piece
    else pieces.push({ text: piece, mark })
  }
  for (const part of text.split(/([\s-]+)/)) {
    const core = trimWord(part)
    const lower = foldText(core.toLowerCase())
    if (core === '' || !(terms.has(lower) || terms.has(stem(lunr, lower)))) {
      add(part, false)
      continue
    }
    const start = part.indexOf(core)
    add(part.slice(0, start), false)
    add(core, true)
    add(part.slice(start + core.length), false)
  }
  return pieces
}

module.exports = { chunkPathOf, entryOf, highlight }
