'use strict'
/* Words as the search page sees them before lunr does: trimmed, stemmed, stop words. */

/* lunr's trimmer, on a plain string: the search pipeline has no trimmer, so "diffusion," would find nothing. */
function trimWord (word) {
  return word.replace(/^\W+/, '').replace(/\W+$/, '')
}

function stem (lunr, word) {
  return lunr.stemmer(new lunr.Token(word)).toString()
}

function isStopWord (lunr, word) {
  return lunr.stopWordFilter(word) === undefined
}

module.exports = { trimWord, stem, isStopWord }
