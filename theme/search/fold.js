'use strict'
/*
 * The lunr pipeline function 'fold', the same at index time (lunr.js runs this file to prove the C# builder's index
 * byte for byte: src/PaperArchive.Lunr/TermFolding.cs) and at query time. A lowercased token is folded (NFKD,
 * nonspacing marks removed: "schrödinger" → "schrodinger") and a word joined by hyphens or slashes is kept whole and
 * split ("gpt-4o" → "gpt-4o", "gpt", "4o"), parts that are stop words left out. Hyphens are no longer a token
 * separator, in the tokenizer and in the query lexer alike.
 */

const LABEL = 'fold'
const MARKS = /\p{Mn}/gu
const EDGES = /^[-/]+|[-/]+$/g
const JOINERS = /[-/]+/
const NON_ASCII = /[^\u0000-\u007f]/

/* NFKD without nonspacing marks; ASCII is its own folding. */
function foldText (text) {
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text
}

/* The terms a lowercased word folds to: none, one, or the whole word and its parts. */
function foldWord (lunr, word) {
  const whole = foldText(word).replace(EDGES, '')
  if (whole === '') return []
  if (!JOINERS.test(whole)) return [whole]
  return [whole].concat(whole.split(JOINERS).filter(part => part !== '' && lunr.stopWordFilter(new lunr.Token(part)) !== undefined))
}

/* Registers 'fold' with lunr and makes hyphens part of words for the tokenizer and the query lexer. Idempotent. */
function installFold (lunr) {
  if (lunr.Pipeline.registeredFunctions[LABEL]) return lunr.Pipeline.registeredFunctions[LABEL]
  const fold = function (token) {
    const words = foldWord(lunr, token.toString())
    if (words.length === 0) return undefined
    const rest = words.slice(1).map(word => token.clone(() => word))
    token.update(() => words[0])
    return rest.length === 0 ? token : [token].concat(rest)
  }
  lunr.Pipeline.registerFunction(fold, LABEL)
  lunr.tokenizer.separator = /\s+/
  lunr.QueryLexer.termSeparator = lunr.tokenizer.separator
  return fold
}

/* The search pipeline the site's index names: fold, then lunr's stemmer. */
function searchPipeline (lunr) {
  installFold(lunr)
  return lunr.Pipeline.load([LABEL, 'stemmer'])
}

module.exports = { LABEL, foldText, foldWord, installFold, searchPipeline }
