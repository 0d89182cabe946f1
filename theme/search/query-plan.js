'use strict'
/* Query planning: what the user typed → lunr clauses and the index terms they need. */

const { trimWord, stem, isStopWord } = require('./words')
const { foldText, installFold, searchPipeline } = require('./fold')
const { splitPhrases, phraseSlots } = require('./phrases')

const MIN_PREFIX_LENGTH = 2 // the word being typed is matched as a prefix from 2 characters on
const MIN_SHORTER_TERM = 3 // index terms that are a prefix of the typed word: at least 3 characters…
const MAX_EXTRA_CHARS = 4 // …and at most 4 characters shorter than it
const SHORTER_TERM_BOOST = 0.5

/*
 * Turns what the user typed into lunr clauses and the index terms they need.
 * Returns { status: 'ok' | 'empty' | 'stopwords' | 'unsearchable' | 'negation' | 'error', clauses, needs, stopWords,
 * unsearchable, message, phrases }. A quoted phrase gives a required clause per word and { words, slots } in `phrases`
 * (see phrases.js); an unmatched quote is dropped. 'unsearchable': every word was of characters the index keeps no terms for (lunr's trimmer
 * keeps ASCII letters and digits at a word's edges, so a run of Chinese or Japanese characters is no term).
 * With typing, the last word (when not followed by a space) is also searched as a prefix of the raw word
 * and of its stem, and index terms that are a prefix of it (up to 4 characters shorter) match too.
 */
function planQuery (lunr, fields, queryString, options) {
  const typing = !!(options && options.typing)
  const plan = { status: 'empty', clauses: [], needs: [], stopWords: [], unsearchable: [], message: '', phrases: [] }
  if (!queryString || !queryString.trim()) return plan

  installFold(lunr) // hyphens stay inside words for the query lexer, as for the index
  const query = new lunr.Query(fields)
  const phrases = []
  try {
    // A quoted phrase's words are required terms (+word), taken as text (no query syntax), where the phrase stands.
    for (const segment of splitPhrases(queryString)) {
      if (segment.text !== undefined) new lunr.QueryParser(segment.text, query).parse()
      else {
        for (const word of segment.phrase) query.clause({ term: word.toLowerCase(), presence: lunr.Query.presence.REQUIRED, usePipeline: word.indexOf('*') === -1, phrase: true })
        phrases.push({ words: segment.phrase, slots: phraseSlots(lunr, segment.phrase) })
      }
    }
  } catch (error) {
    if (error instanceof lunr.QueryParseError) return Object.assign(plan, { status: 'error', message: error.message })
    throw error
  }

  const clauses = []
  const phraseStopWords = []
  let lastKept = false
  for (const parsed of query.clauses) {
    lastKept = false
    const clause = Object.assign({}, parsed, { fields: parsed.fields.slice() })
    const plain = clause.usePipeline && clause.editDistance === undefined && clause.term.indexOf('*') === -1
    if (plain) clause.term = trimWord(foldText(clause.term)) // folded first, as the index folds before trimming
    if (clause.term === '') {
      if (plain && parsed.term.trim() !== '') plan.unsearchable.push(parsed.term)
      continue
    }
    if (plain && isStopWord(lunr, clause.term)) {
      // In a phrase a stop word only holds its place (see phrases.js): not reported as left out.
      (clause.phrase ? phraseStopWords : plan.stopWords).push(clause.term)
      continue
    }
    clauses.push(clause)
    lastKept = true
  }
  if (clauses.length === 0) {
    plan.stopWords.push(...phraseStopWords)
    plan.status = plan.stopWords.length > 0 ? 'stopwords' : plan.unsearchable.length > 0 ? 'unsearchable' : 'empty'
    return plan
  }
  if (clauses.every(c => c.presence === lunr.Query.presence.PROHIBITED)) {
    plan.status = 'negation'
    plan.clauses = clauses
    return plan
  }

  if (typing && lastKept && !/\s$/.test(queryString)) {
    const last = clauses[clauses.length - 1]
    const expansions = typingClauses(lunr, last)
    if (expansions.length > 0) plan.typedTerm = searchPipeline(lunr).runString(last.term, { fields: last.fields })[0]
    clauses.push(...expansions)
  }

  plan.status = 'ok'
  plan.phrases = phrases
  plan.clauses = clauses
  plan.needs = needsOf(lunr, clauses)
  return plan
}

function typingClauses (lunr, clause) {
  const word = foldText(clause.term) // prefixes are matched against folded index terms: "schröd" → "schrod*"
  const plain = clause.usePipeline && clause.editDistance === undefined && word.indexOf('*') === -1
  if (!plain || clause.presence !== lunr.Query.presence.OPTIONAL || word.length < MIN_PREFIX_LENGTH) return []
  const like = { fields: clause.fields.slice(), presence: clause.presence, usePipeline: false, wildcard: lunr.Query.wildcard.NONE }
  const extra = [Object.assign({}, like, { term: word + '*', boost: clause.boost })]
  const wordStem = stem(lunr, word)
  if (wordStem !== word) extra.push(Object.assign({}, like, { term: wordStem + '*', boost: clause.boost }))
  for (let length = Math.max(MIN_SHORTER_TERM, word.length - MAX_EXTRA_CHARS); length < word.length; length++) {
    const shorter = word.slice(0, length)
    if (shorter === wordStem) continue // already found by the stem prefix
    extra.push(Object.assign({}, like, { term: shorter, boost: clause.boost * SHORTER_TERM_BOOST }))
  }
  return extra.map(c => Object.assign({}, c, { fields: c.fields.slice(), typed: true }))
}

/*
 * As-you-type expansions are for a word not finished yet. When the typed word is itself an index term (its whole
 * form through the pipeline: "diffusion" → "diffus"), it is a word, and the expansions are dropped: a rare longer
 * term that merely starts with it ("diffusionbench", weighted up by its rarity) must not outrank the word, and the
 * answer is then exactly the one for "diffusion " with a space. hasTerm(term) says whether the index has a term;
 * the page asks the terms it loaded for the plan's needs, the ranking tests the whole index. Returns the plan to run.
 */
function settleTyping (lunr, plan, hasTerm) {
  if (!plan.typedTerm || !plan.clauses.some(c => c.typed) || !hasTerm(plan.typedTerm)) return plan
  const clauses = plan.clauses.filter(c => !c.typed)
  return Object.assign({}, plan, { clauses, needs: needsOf(lunr, clauses), settled: true })
}

/*
 * The index terms each clause looks up, exactly as lunr.Index#query expands them: { exact }, { prefix } (up to the
 * first `*`), or { pattern, distance } for a leading wildcard or a fuzzy term, matched against the full term list.
 */
function needsOf (lunr, clauses) {
  const pipeline = searchPipeline(lunr)
  const needs = []
  for (const clause of clauses) {
    const terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
    for (const term of terms) {
      if (clause.editDistance !== undefined) needs.push({ pattern: term, distance: clause.editDistance })
      else if (term.indexOf('*') === 0) needs.push({ pattern: term })
      else if (term.indexOf('*') !== -1) needs.push({ prefix: term.slice(0, term.indexOf('*')) })
      else needs.push({ exact: term })
    }
  }
  return needs
}

/* Terms matching a fuzzy or leading-wildcard pattern, which may differ anywhere: over the full term list. */
function patternMatches (lunr, termSet, need) {
  const pattern = need.distance === undefined ? lunr.TokenSet.fromString(need.pattern) : lunr.TokenSet.fromFuzzyString(need.pattern, need.distance)
  return termSet.intersect(pattern).toArray()
}

module.exports = { planQuery, settleTyping, needsOf, patternMatches }
