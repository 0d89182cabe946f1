/*
 * PaperArchive search core: plans a query, fetches only the index files it needs, builds a lunr index of just the
 * terms the query can match and runs the query with stock lunr.js. No DOM here, so Node tests run exactly this code.
 *
 * Files (see docs/search.md): term-range shards are lunr 2.3.9 indexes whose postings carry their BM25 weight as
 * metadata ("12":{"w":[0.409]}, refs are document numbers) and that have no field vectors; common terms (words in
 * most papers) have their postings packed in a file of their own. Why the result ranks exactly like one
 * monolithic index: weights and term numbers (_index) are global, and lunr scores a document as the sum over
 * fields of (query vector · field vector) / |query vector| — it normalises only the query vector. So field vectors
 * rebuilt from the postings of every term a query can match, and a token set holding exactly those terms, give
 * the same expansions, matches, dot products, summing order and scores as the whole index.
 *
 * Made by theme/build-search-core.js from theme/search/*.js: edit those, not this file.
 * UMD: `window.PaperSearch` in the browser, `require('.../search-core.js')` in Node. lunr is passed in.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory()
  else root.PaperSearch = factory()
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict'
  const modules = {}
  const loaded = {}
  function load (name) {
    if (!loaded[name]) {
      const module = { exports: {} }
      loaded[name] = module
      modules[name](module, function (dependency) { return load(dependency.replace('./', '')) })
    }
    return loaded[name].exports
  }

  // ---- search/fold.js
  modules['fold'] = function (module, require) {
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
  }

  // ---- search/words.js
  modules['words'] = function (module, require) {
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
  }

  // ---- search/phrases.js
  modules['phrases'] = function (module, require) {
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
  }

  // ---- search/query-plan.js
  modules['query-plan'] = function (module, require) {
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
  }

  // ---- search/manifest.js
  modules['manifest'] = function (module, require) {
/* The manifest's tables: which term-range shard or common-term file holds a term, or its positions (both sorted, binary searched). */

/* Index of the first entry whose last term (column `column`) is >= term; entries are sorted and do not overlap. */
function firstEndingAtOrAfter (entries, term, column) {
  let low = 0
  let high = entries.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (entries[middle][column] < term) low = middle + 1
    else high = middle
  }
  return low
}

function shardsForExact (shards, term) {
  const i = firstEndingAtOrAfter(shards, term, 1)
  return i < shards.length && shards[i][0] <= term ? [i] : []
}

function shardsForPrefix (shards, prefix) {
  const found = []
  for (let i = firstEndingAtOrAfter(shards, prefix, 1); i < shards.length; i++) {
    const first = shards[i][0]
    if (first <= prefix || first.startsWith(prefix)) found.push(i)
    else break
  }
  return found
}

/* The file of a common term's packed postings, or undefined. */
function commonFileOf (common, term) {
  const i = firstEndingAtOrAfter(common, term, 0)
  return i < common.length && common[i][0] === term ? common[i][1] : undefined
}

/* The positions file of a term (a common term's own, else its shard's: read by phrase queries), or undefined. */
function positionsFileOf (shards, common, term) {
  const i = firstEndingAtOrAfter(common, term, 0)
  if (i < common.length && common[i][0] === term) return common[i][2]
  const shard = shardsForExact(shards, term)[0]
  return shard === undefined ? undefined : shards[shard][3]
}

module.exports = { shardsForExact, shardsForPrefix, commonFileOf, positionsFileOf }
  }

  // ---- search/decoding.js
  modules['decoding'] = function (module, require) {
/* Decoding index files into postings: { term, index, fields: [{ docs, weights }] }. */

/* A shard's term → { _index, <field>: { <document number>: { w: [weight] } } }, built once per shard. */
function shardTerms (shard) {
  const terms = new Map()
  for (const [term, posting] of shard.invertedIndex) terms.set(term, posting)
  return terms
}

/* Postings as { term, index, fields: [{ docs, weights }] }: from a shard (keys of integer-like refs enumerate ascending)… */
function decodeShardTerm (term, posting, fields) {
  return {
    term,
    index: posting._index,
    fields: fields.map(field => {
      const byRef = posting[field]
      const docs = []
      const weights = []
      for (const ref in byRef) {
        docs.push(+ref)
        weights.push(byRef[ref].w[0])
      }
      return { docs, weights }
    })
  }
}

/* Document numbers from their gaps (the first from 0): a topic's list, a block's documents. */
function decodeGaps (gaps) {
  const documents = new Int32Array(gaps.length)
  let document = 0
  for (let i = 0; i < gaps.length; i++) documents[i] = document += gaps[i]
  return documents
}

/*
 * …or from a block of a common term's postings: documents ascending as gaps and, per field, their weights in
 * thousandths (k / 1000 is the double lunr parses), −1 where the field lacks the term; an empty list: in no document
 * of the block.
 */
function decodeFields (packed) {
  const docs = decodeGaps(packed.docs)
  return packed.weights.map(thousandths => {
    if (thousandths.length === 0) return { docs: new Int32Array(0), weights: new Float64Array(0) } // not in this field
    let count = 0
    for (let i = 0; i < thousandths.length; i++) if (thousandths[i] >= 0) count++
    const field = { docs: new Int32Array(count), weights: new Float64Array(count) }
    for (let i = 0, at = 0; i < thousandths.length; i++) {
      if (thousandths[i] < 0) continue
      field.docs[at] = docs[i]
      field.weights[at++] = thousandths[i] / 1000
    }
    return field
  })
}

/*
 * A common term's head file: the postings of its first impact block, and — when later blocks are not loaded yet —
 * what stands for them: `present` (a Uint8Array over document numbers: the term is in some field of the document),
 * `loaded` (its weights are here), the blocks ({ file, impact, fields: field maxima }) and `loadedBlocks`. A term
 * whose blocks are all loaded is `complete`, like a shard's term. See CommonTermFile for the format.
 */
function decodeCommonTerm (head, documents) {
  const term = { term: head.term, index: head.index, fields: decodeFields(head), complete: true }
  if (!head.blocks || head.blocks.length <= 1) return term
  const present = new Uint8Array(documents)
  for (let i = 0, d = 0; i < head.runs.length; i += 2) {
    d += head.runs[i]
    present.fill(1, d, d + head.runs[i + 1])
    d += head.runs[i + 1]
  }
  const loaded = new Uint8Array(documents)
  for (const { docs } of term.fields) for (let i = 0; i < docs.length; i++) loaded[docs[i]] = 1
  // rest[j]: the largest impact and field weights of blocks j onwards (what a document not loaded can still add).
  const blocks = head.blocks.map(([file, impact, fields]) => ({ file, impact: impact / 1000, fields: fields.map(w => w / 1000) }))
  const rest = new Array(blocks.length + 1)
  rest[blocks.length] = { impact: 0, fields: blocks[0].fields.map(() => 0) }
  for (let j = blocks.length - 1; j >= 0; j--) {
    rest[j] = { impact: Math.max(blocks[j].impact, rest[j + 1].impact), fields: blocks[j].fields.map((w, f) => Math.max(w, rest[j + 1].fields[f])) }
  }
  return Object.assign(term, { complete: false, present, loaded, blocks, rest, loadedBlocks: 1 })
}

/* Adds a later impact block ({ term, block, docs, weights }) to its decoded term: the postings merged in document order. */
function addBlock (term, block) {
  const added = decodeFields(block)
  term.fields = term.fields.map((old, f) => mergePostings(old, added[f]))
  for (const { docs } of added) for (let i = 0; i < docs.length; i++) term.loaded[docs[i]] = 1
  term.loadedBlocks++
  if (term.loadedBlocks === term.blocks.length) term.complete = true
}

function mergePostings (a, b) {
  const docs = new Int32Array(a.docs.length + b.docs.length)
  const weights = new Float64Array(docs.length)
  let i = 0
  let j = 0
  for (let k = 0; k < docs.length; k++) {
    if (j >= b.docs.length || (i < a.docs.length && a.docs[i] < b.docs[j])) {
      docs[k] = a.docs[i]
      weights[k] = a.weights[i++]
    } else {
      docs[k] = b.docs[j]
      weights[k] = b.weights[j++]
    }
  }
  return { docs, weights }
}

/*
 * The most a document whose weights for this term are not loaded can get from it, with `coefficients` the query's
 * weight of the term per field (boost / |query vector|): bounded by the field maxima and by the impact maximum of the
 * blocks not loaded, made a hair larger than any sum in floating point could be.
 */
function restBound (term, coefficients, from) {
  const rest = term.rest[from === undefined ? term.loadedBlocks : from]
  let byFields = 0
  let largest = 0
  coefficients.forEach((c, f) => {
    byFields += c * rest.fields[f]
    largest = Math.max(largest, c)
  })
  const bound = Math.min(byFields, largest * rest.impact)
  return bound * (1 + 1e-9) + 1e-12
}

module.exports = { shardTerms, decodeShardTerm, decodeGaps, decodeCommonTerm, addBlock, restBound }
  }

  // ---- search/candidates.js
  modules['candidates'] = function (module, require) {
/* Candidate selection: which documents match, and which can reach the first results, before lunr scores them. */

const { searchPipeline } = require('./fold')
const { restBound } = require('./decoding')

/*
 * What lunr.Index#query would match, over document numbers, without scoring: the same clause expansion (lunr's
 * own pipeline and TokenSet), presence rules and query vectors. Returns the documents lunr would return
 * (`eligible`, ascending) and a pre-score for each: the same sum of (query weight × field weight) / |query
 * vector| in plain arithmetic, equal to lunr's score up to rounding. Null when the pre-score cannot be trusted
 * (a zero or negative boost): then every match is scored by lunr.
 * A common term whose later impact blocks are not loaded (not `complete`) matches through its document set; what
 * it would add to a document whose weights are not loaded is bounded: `pending[d]` sums those bounds, and `partial`
 * lists such terms with their query weights per field. Such a term in a clause of some fields only (its set is of
 * all fields), or in a query whose pre-score cannot be trusted, needs all its blocks: → { incomplete: [names] }.
 * `matchedTerms(d)`: the terms a matched document holds, as lunr's match data names them (a sort other than relevance
 * shows them without scores, so it needs no weights).
 */
function matchDocuments (lunr, fields, prepared, clauses, documents) {
  const REQUIRED = lunr.Query.presence.REQUIRED
  const PROHIBITED = lunr.Query.presence.PROHIBITED
  const COMPLETE = null
  const query = new lunr.Query(fields)
  for (const clause of clauses) query.clause(Object.assign({}, clause, { fields: clause.fields.slice() }))
  const pipeline = searchPipeline(lunr)
  const queryWeights = fields.map(() => new Map()) // per field: term → summed clause boosts
  const matched = new Uint8Array(documents)
  const required = fields.map(() => undefined) // undefined: no rule; COMPLETE; or a Uint8Array of allowed documents
  let prohibited = null
  const mark = (flags, docs) => { for (let i = 0; i < docs.length; i++) flags[docs[i]] = 1 }
  const markSet = (flags, present) => { for (let d = 0; d < present.length; d++) flags[d] |= present[d] }
  const incomplete = new Set()

  for (const clause of query.clauses) {
    const clauseMatches = clause.presence === REQUIRED ? new Uint8Array(documents) : null
    const terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
    for (const term of terms) {
      clause.term = term
      const expanded = prepared.tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray()
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        for (const field of clause.fields) required[fields.indexOf(field)] = new Uint8Array(documents)
        break
      }
      for (const name of expanded) {
        const decoded = prepared.byName.get(name)
        const partial = decoded.complete === false
        if (partial && clause.fields.length !== fields.length) incomplete.add(name)
        if (clause.presence === PROHIBITED && !prohibited) prohibited = new Uint8Array(documents)
        // A partial term's set is of every field: marked once for the clause, not once per field.
        if (partial && clause.presence === REQUIRED) markSet(clauseMatches, decoded.present)
        if (partial && clause.presence === PROHIBITED) markSet(prohibited, decoded.present)
        for (const field of clause.fields) {
          const f = fields.indexOf(field)
          const docs = decoded.fields[f].docs
          if (clause.presence === REQUIRED) {
            if (!partial) mark(clauseMatches, docs)
            if (required[f] === undefined) required[f] = COMPLETE
          }
          if (clause.presence === PROHIBITED) {
            if (!partial) mark(prohibited, docs)
            continue
          }
          queryWeights[f].set(name, (queryWeights[f].get(name) || 0) + clause.boost)
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const field of clause.fields) {
        const f = fields.indexOf(field)
        if (!required[f]) required[f] = clauseMatches.slice()
        else for (let d = 0; d < documents; d++) required[f][d] &= clauseMatches[d]
      }
    }
  }

  let trusted = true
  const terms = [] // per field: [decoded, summed clause boost, |query vector|]…
  const partial = new Map() // name → { decoded, coefficients: per field, boost / |query vector| }
  fields.forEach((field, f) => {
    let sumOfSquares = 0
    for (const boost of queryWeights[f].values()) {
      if (!(boost > 0)) trusted = false
      sumOfSquares += boost * boost
    }
    const magnitude = Math.sqrt(sumOfSquares)
    terms.push([])
    for (const [name, boost] of queryWeights[f]) {
      const decoded = prepared.byName.get(name)
      terms[f].push([decoded, boost, magnitude])
      if (decoded.complete === false) {
        if (!partial.has(name)) {
          partial.set(name, { decoded, coefficients: fields.map(() => 0) })
          markSet(matched, decoded.present)
        }
        partial.get(name).coefficients[f] = boost / magnitude
      } else mark(matched, decoded.fields[f].docs)
    }
  })
  // Unscored lunr reads every posting of every term, excluded ones too.
  if (!trusted) for (const decoded of prepared.terms) if (decoded.complete === false) incomplete.add(decoded.term)
  if (incomplete.size > 0) return { incomplete: Array.from(incomplete) }
  if (!trusted) return null

  const eligible = []
  for (let d = 0; d < documents; d++) {
    if (!matched[d] || (prohibited && prohibited[d])) continue
    if (required.some(allowed => allowed && !allowed[d])) continue
    eligible.push(d)
  }
  const match = { eligible, scores: null, pending: null, partial: Array.from(partial.values()), rescore, matchedTerms }
  rescore()
  return match

  /* The query terms (of clauses not excluding them) document d holds in a field the query searches them in. */
  function matchedTerms (d) {
    const found = new Set()
    terms.forEach((fieldTerms, f) => {
      for (const [decoded] of fieldTerms) {
        if (found.has(decoded.term)) continue
        if (decoded.complete === false ? decoded.present[d] : holds(decoded.fields[f].docs, d)) found.add(decoded.term)
      }
    })
    return Array.from(found)
  }

  /*
   * The pre-scores from the postings loaded now, and what the blocks not loaded may add: called again after loading
   * blocks (which changes no match, only what is known of the scores).
   */
  function rescore () {
    const scores = new Float64Array(documents)
    terms.forEach((fieldTerms, f) => {
      for (const [decoded, boost, magnitude] of fieldTerms) {
        const { docs, weights } = decoded.fields[f]
        for (let i = 0; i < docs.length; i++) scores[docs[i]] += boost * weights[i] / magnitude
      }
    })
    let pending = null
    for (const { decoded, coefficients } of match.partial) {
      if (decoded.complete) continue
      const bound = restBound(decoded, coefficients)
      if (!pending) pending = new Float64Array(documents)
      const { present, loaded } = decoded
      for (let d = 0; d < documents; d++) if (present[d] && !loaded[d]) pending[d] += bound
    }
    match.scores = scores
    match.pending = pending
  }
}

/*
 * Which impact blocks must be loaded before the first `limit` results are certain: none when every document that
 * could reach them has all its weights (its pre-score is exact), else [{ decoded, upTo }] — load the term's blocks up
 * to (not including) upTo. A document whose weights for some term are not loaded scores at least its pre-score and at
 * most its pre-score plus `pending`; it is settled once that bound is below the limit-th best pre-score of all
 * eligible documents (a lower bound of the limit-th best score), less the candidates' margin. Each term an unsettled
 * document lacks loads its next block: blocks double in size, so a round at most doubles what is loaded. Looking further
 * ahead from the bounds saved rounds but cost bytes: up to 61 % more for two words in most of 100,000 papers
 * (docs/search.md).
 */
function blocksToLoad (match, limit) {
  const { eligible, scores, pending, partial } = match
  if (!pending) return []
  let threshold = -Infinity
  if (eligible.length >= limit) {
    const kth = kthLargest(eligible, scores, limit)
    threshold = kth - margin(kth)
  }
  const needed = new Set()
  for (const d of eligible) {
    if (!(pending[d] > 0) || scores[d] + pending[d] < threshold) continue
    for (const entry of partial) if (entry.decoded.present[d] && !entry.decoded.loaded[d]) needed.add(entry.decoded)
    if (needed.size === partial.length) break
  }
  return Array.from(needed, decoded => ({ decoded, upTo: decoded.loadedBlocks + 1 }))
}

/* Whether ascending document numbers hold d (binary search). */
function holds (docs, d) {
  let low = 0
  let high = docs.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (docs[middle] < d) low = middle + 1
    else high = middle
  }
  return low < docs.length && docs[low] === d
}

/* How far below the k-th best pre-score a document may be and still be scored by lunr: far wider than their rounding apart. */
function margin (kth) {
  return Math.abs(kth) * 1e-9 + 1e-12
}

/*
 * The documents that can be among the first `limit` results: every eligible document whose pre-score reaches the
 * limit-th best, less a margin far wider than the rounding between the pre-score and lunr's score, so ties and
 * near-ties are all kept and lunr decides their order.
 */
function candidates (match, limit, documents) {
  const keep = new Uint8Array(documents)
  const { pending } = match
  // Documents whose weights are not all loaded are settled below the threshold (blocksToLoad) and left out.
  const eligible = pending ? match.eligible.filter(d => !(pending[d] > 0)) : match.eligible
  const { scores } = match
  if (eligible.length <= limit) {
    for (const d of eligible) keep[d] = 1
    return keep
  }
  const kth = kthLargest(eligible, scores, limit)
  const threshold = kth - margin(kth)
  for (const d of eligible) if (scores[d] >= threshold) keep[d] = 1
  return keep
}

/* The k-th largest score of these documents: a min-heap of the k best so far, O(n log k) without sorting them all. */
function kthLargest (docs, scores, k) {
  const heap = new Float64Array(k)
  let size = 0
  for (const d of docs) {
    const score = scores[d]
    if (size < k) {
      let i = size++
      while (i > 0 && heap[(i - 1) >> 1] > score) {
        heap[i] = heap[(i - 1) >> 1]
        i = (i - 1) >> 1
      }
      heap[i] = score
    } else if (score > heap[0]) {
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        if (left >= k) break
        const child = left + 1 < k && heap[left + 1] < heap[left] ? left + 1 : left
        if (heap[child] >= score) break
        heap[i] = heap[child]
        i = child
      }
      heap[i] = score
    }
  }
  return heap[0]
}

module.exports = { matchDocuments, blocksToLoad, candidates, kthLargest }
  }

  // ---- search/scoring.js
  modules['scoring'] = function (module, require) {
/* Scoring with stock lunr.js: an index of just the loaded terms (and candidates), queried as lunr queries. */

const { searchPipeline } = require('./fold')

/* The loaded terms of a query, in UTF-16 order, with their token set (built once per term set). */
function prepareTerms (lunr, decodedTerms) {
  const terms = decodedTerms.slice().sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
  const builder = new lunr.TokenSet.Builder()
  for (const decoded of terms) builder.insert(decoded.term)
  builder.finish()
  return { terms, byName: new Map(terms.map(t => [t.term, t])), tokenSet: builder.root }
}

/*
 * A stock lunr.Index over these terms, built as lunr.Index.load would build it from the monolithic index
 * restricted to them: the same postings (empty metadata, refs in ascending document order), the token set of all
 * the terms, and each document's field vector holding its (term index, weight) pairs sorted by index.
 * With `keep` (a Uint8Array over document numbers) only those documents' postings and vectors are included:
 * lunr scores a document from its own field vectors alone, so their scores are unchanged.
 */
function buildIndex (lunr, fields, prepared, keep) {
  const invertedIndex = Object.create(null)
  const vectorElements = new Map()
  for (const decoded of prepared.terms) {
    const posting = { _index: decoded.index }
    fields.forEach((field, f) => {
      const { docs, weights } = decoded.fields[f]
      const byRef = {}
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        if (keep && !keep[doc]) continue
        byRef[doc] = {}
        const key = field + '/' + doc
        const elements = vectorElements.get(key)
        if (elements) elements.push(decoded.index, weights[i])
        else vectorElements.set(key, [decoded.index, weights[i]])
      }
      posting[field] = byRef
    })
    invertedIndex[decoded.term] = posting
  }
  const fieldVectors = Object.create(null)
  for (const [key, elements] of vectorElements) fieldVectors[key] = new lunr.Vector(elements.length > 2 ? sortPairs(elements) : elements)
  return new lunr.Index({ invertedIndex, fieldVectors, tokenSet: prepared.tokenSet, fields: fields.slice(), pipeline: searchPipeline(lunr) })
}

/* [termIndex, weight, …] with the pairs sorted by term index (lunr.Vector's dot product needs that order). */
function sortPairs (elements) {
  const pairs = []
  for (let i = 0; i < elements.length; i += 2) pairs.push([elements[i], elements[i + 1]])
  pairs.sort((a, b) => a[0] - b[0])
  return [].concat(...pairs)
}

/* Runs planned clauses on a lunr index (copies: lunr.Index#query overwrites clause.term). */
function runClauses (index, clauses) {
  return index.query(function (query) {
    for (const clause of clauses) query.clause(Object.assign({}, clause, { fields: clause.fields.slice() }))
  })
}

module.exports = { prepareTerms, buildIndex, sortPairs, runClauses }
  }

  // ---- search/display.js
  modules['display'] = function (module, require) {
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
  }

  // ---- search/filters.js
  modules['filters'] = function (module, require) {
/*
 * Filters and sorts: the state in the URL (?q=…&tag=…&from=2025-01&to=2025-03&sort=upvotes), which documents a
 * filter allows (from the manifest's catalogue: months are runs of document numbers, a topic is a list of
 * documents), and the orders other than relevance. Documents are numbered by first trending day, then slug, so
 * "newest" is descending document number.
 */

const SORTS = ['relevance', 'newest', 'upvotes']
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/* The search state a URL's query string holds; anything unreadable is left out (as if absent). */
function readState (search) {
  const params = new URLSearchParams(search)
  const month = name => (MONTH.test(params.get(name) || '') ? params.get(name) : '')
  const sort = params.get('sort') || ''
  return { q: params.get('q') || '', tag: params.get('tag') || '', from: month('from'), to: month('to'), sort: SORTS.includes(sort) ? sort : '' }
}

/* The query string of a state ('' or '?…'), empty parts and the default sort left out, in a fixed order. */
function writeState (state) {
  const params = new URLSearchParams()
  if (state.q && state.q.trim()) params.set('q', state.q)
  for (const name of ['tag', 'from', 'to']) if (state[name]) params.set(name, state[name])
  if (state.sort && state.sort !== defaultSort(state.q)) params.set('sort', state.sort)
  const text = params.toString()
  return text ? '?' + text : ''
}

/* Relevance when there is a query to be relevant to; newest first when browsing. */
function defaultSort (query) {
  return query && query.trim() ? 'relevance' : 'newest'
}

/* The order a state asks for: relevance needs a query, so browsing by relevance is browsing newest first. */
function sortOf (state) {
  const query = state.q && state.q.trim()
  if (!state.sort || (state.sort === 'relevance' && !query)) return defaultSort(state.q)
  return state.sort
}

function isFiltered (filter) {
  return Boolean(filter && (filter.tag || filter.from || filter.to))
}

/*
 * The documents [start, end) whose first trending day is in the months from…to (either may be empty: open).
 * months: the catalogue's [[yyyy-MM, first document]…] ascending.
 */
function documentRange (months, documents, from, to) {
  let start = documents
  let end = documents
  for (let i = months.length - 1; i >= 0; i--) {
    const [month, first] = months[i]
    if (!from || month >= from) start = first
    if (to && month > to) end = first
  }
  return [start, Math.max(start, end)] // a reversed range is empty
}

/*
 * What a filter allows: null (everything) or a Uint8Array over document numbers. tagDocuments: the topic's documents
 * (ascending) when the filter names a topic, else undefined.
 */
function allowedDocuments (range, tagDocuments, documents) {
  const [start, end] = range
  if (tagDocuments === undefined && start === 0 && end === documents) return null
  const allowed = new Uint8Array(documents)
  if (tagDocuments === undefined) allowed.fill(1, start, end)
  else for (const d of tagDocuments) if (d >= start && d < end) allowed[d] = 1
  return allowed
}

/* The documents a filter allows, ascending: a browse's results before sorting. */
function browseDocuments (range, tagDocuments) {
  const [start, end] = range
  if (tagDocuments === undefined) {
    const all = new Int32Array(end - start)
    for (let i = 0; i < all.length; i++) all[i] = start + i
    return all
  }
  return tagDocuments.filter(d => d >= start && d < end)
}

/* Which facts files hold these documents (ascending numbers): the files a sort by upvotes needs. */
function factsFilesFor (documents, perFile) {
  const files = []
  for (const d of documents) {
    const file = Math.floor(d / perFile)
    if (files[files.length - 1] !== file) files.push(file)
  }
  return files
}

/*
 * Documents (ascending) in the order asked for. newest: descending number. upvotes: most upvotes first (unknown
 * counts as none: -1), then most days trended, then newest; facts(d) → { v, n }. The input is not changed.
 */
function sortDocuments (documents, sort, facts) {
  const ordered = Array.from(documents).reverse() // newest first; a stable sort keeps it among equals
  if (sort === 'upvotes') {
    const keys = new Map(ordered.map(d => [d, facts(d)]))
    ordered.sort((a, b) => {
      const x = keys.get(a)
      const y = keys.get(b)
      return y.v - x.v || y.n - x.n
    })
  }
  return ordered
}

module.exports = { SORTS, readState, writeState, defaultSort, sortOf, isFiltered, documentRange, allowedDocuments, browseDocuments, factsFilesFor, sortDocuments }
  }

  // ---- search/searcher.js
  modules['searcher'] = function (module, require) {
/* The searcher over one site's search data: fetches what a query needs, caches files and decoded terms across keystrokes. */

const { planQuery, settleTyping, patternMatches } = require('./query-plan')
const { shardsForExact, shardsForPrefix, commonFileOf, positionsFileOf } = require('./manifest')
const { shardTerms, decodeShardTerm, decodeGaps, decodeCommonTerm, addBlock } = require('./decoding')
const { matchDocuments, blocksToLoad, candidates } = require('./candidates')
const { prepareTerms, buildIndex, runClauses } = require('./scoring')
const { chunkPathOf, entryOf } = require('./display')
const { decodePositions, phraseDocuments } = require('./phrases')
const { isFiltered, documentRange, allowedDocuments, browseDocuments, factsFilesFor, sortDocuments } = require('./filters')

/*
 * A searcher over one site's search data. fetchJson(path) loads a file relative to the manifest's folder.
 * Files, decoded postings and built indexes are cached across queries (keystrokes).
 */
function createSearcher (lunr, fetchJson) {
  let manifestPromise = null
  let termSetPromise = null
  const files = new Map()
  const shardTermMaps = new WeakMap()
  const decoded = new Map()
  const preparedSets = new Map()
  const positions = new Map() // term → per field, document → positions (or undefined: no such term)
  const MAX_CACHED_TERM_SETS = 8

  function manifest () {
    if (!manifestPromise) {
      manifestPromise = fetchJson('manifest.json')
      manifestPromise.catch(() => { manifestPromise = null })
    }
    return manifestPromise
  }

  function file (path) {
    if (!files.has(path)) {
      const loading = fetchJson(path)
      loading.catch(() => files.delete(path)) // a failed fetch may be retried on the next keystroke
      files.set(path, loading)
    }
    return files.get(path)
  }

  function termSet () {
    if (!termSetPromise) termSetPromise = manifest().then(m => file(m.terms)).then(terms => lunr.TokenSet.fromArray(terms))
    return termSetPromise
  }

  async function shardTermMap (path) {
    const shard = await file(path)
    if (!shardTermMaps.has(shard)) shardTermMaps.set(shard, shardTerms(shard))
    return shardTermMaps.get(shard)
  }

  async function commonTerm (m, term) {
    if (!decoded.has(term)) decoded.set(term, decodeCommonTerm(await file(commonFileOf(m.common, term)), m.documents))
    return decoded.get(term)
  }

  /*
   * Loads a common term's impact blocks up to (not including) `upTo`, in parallel, and adds them in order; one load
   * at a time per term, so two searches asking for the same blocks add them once. → the number of files fetched.
   */
  function loadBlocks (term, upTo) {
    const previous = term.loading ? term.loading.catch(() => 0) : Promise.resolve(0)
    term.loading = previous.then(async () => {
      const from = term.loadedBlocks
      if (term.complete || upTo <= from) return 0
      const blocks = await Promise.all(term.blocks.slice(from, upTo).map(block => file(block.file)))
      for (const block of blocks) addBlock(term, block)
      return blocks.length
    })
    return term.loading
  }

  /* Loads every block of these decoded terms. → the number of files fetched. */
  async function completeTerms (terms) {
    const counts = await Promise.all(terms.filter(term => term.complete === false).map(term => loadBlocks(term, term.blocks.length)))
    return counts.reduce((sum, n) => sum + n, 0)
  }

  /*
   * Every index term the needs can match, decoded. Shards and the common-term files of exact terms are fetched in
   * parallel; common terms found only by a prefix follow once their shard has named them.
   */
  async function termsFor (m, needs) {
    const exact = new Set()
    const prefixes = []
    for (const need of needs) {
      if (need.exact !== undefined) exact.add(need.exact)
      else if (need.prefix !== undefined) prefixes.push(need.prefix)
      else for (const term of patternMatches(lunr, await termSet(), need)) exact.add(term)
    }
    const shardNumbers = new Set()
    const commonLoads = new Map()
    const loadCommon = term => { if (!commonLoads.has(term)) commonLoads.set(term, commonTerm(m, term)) }
    for (const term of exact) {
      if (commonFileOf(m.common, term) !== undefined) loadCommon(term)
      else shardsForExact(m.shards, term).forEach(i => shardNumbers.add(i))
    }
    for (const prefix of prefixes) shardsForPrefix(m.shards, prefix).forEach(i => shardNumbers.add(i))
    const shardMaps = await Promise.all(Array.from(shardNumbers, i => shardTermMap(m.shards[i][2])))
    const found = new Map()
    for (const terms of shardMaps) {
      for (const [term, posting] of terms) {
        if (!(exact.has(term) || prefixes.some(p => term.startsWith(p)))) continue
        if (commonFileOf(m.common, term) !== undefined) loadCommon(term)
        else {
          if (!decoded.has(term)) decoded.set(term, decodeShardTerm(term, posting, m.fields))
          found.set(term, decoded.get(term))
        }
      }
    }
    for (const term of await Promise.all(commonLoads.values())) found.set(term.term, term)
    return { terms: Array.from(found.values()), files: shardNumbers.size + commonLoads.size }
  }

  /* A term's positions (fetched for phrase queries only); undefined when the index has no such term. */
  async function positionsOf (path, term) {
    if (!positions.has(term)) {
      const lists = path === undefined ? undefined : (await file(path))[term]
      positions.set(term, lists === undefined ? undefined : decodePositions(lists))
    }
    return positions.get(term)
  }

  /*
   * The documents where every phrase of the plan stands as written (a Uint8Array over document numbers), or null
   * when no phrase has two terms. Only the phrases' terms' positions files are fetched, in parallel.
   */
  async function phraseFilter (m, phrases) {
    const constrained = phrases.filter(phrase => phrase.slots.length > 1)
    if (constrained.length === 0) return { allowed: null, files: 0 }
    const terms = Array.from(new Set([].concat(...constrained.map(phrase => phrase.slots.map(slot => slot.term)))))
    const paths = terms.map(term => positionsFileOf(m.shards, m.common, term))
    const loaded = new Map(await Promise.all(terms.map(async (term, i) => [term, await positionsOf(paths[i], term)])))
    const allowed = new Uint8Array(m.documents).fill(1)
    for (const phrase of constrained) {
      const found = phraseDocuments(phrase.slots, term => loaded.get(term))
      for (let d = 0; d < allowed.length; d++) if (!found.has(d)) allowed[d] = 0
    }
    return { allowed, files: new Set(paths.filter(path => path !== undefined)).size }
  }

  /* The documents of a topic (ascending), decoded once; undefined for no topic; an unknown topic has none. */
  async function tagDocuments (m, tag) {
    if (!tag) return undefined
    const entry = m.catalogue.tags.find(t => t[0] === tag)
    if (!entry) return new Int32Array(0)
    if (!decoded.has('tag:' + tag)) decoded.set('tag:' + tag, decodeGaps(await file(entry[3])))
    return decoded.get('tag:' + tag)
  }

  /* A filter's document range and topic documents: what allowedDocuments and browseDocuments read. */
  async function filterParts (m, filter) {
    const range = documentRange(m.catalogue.months, m.documents, filter && filter.from, filter && filter.to)
    return { range, tag: await tagDocuments(m, filter && filter.tag) }
  }

  /* facts(d) → { v: upvotes (-1 unknown), n: days trended } for these documents (ascending), fetching only their files. */
  async function factsOf (m, documents) {
    const perFile = m.catalogue.factsPerFile
    const numbers = factsFilesFor(documents, perFile)
    const loaded = await Promise.all(numbers.map(i => file(m.catalogue.facts[i])))
    const byFile = new Map(numbers.map((i, at) => [i, loaded[at]]))
    return d => {
      const facts = byFile.get(Math.floor(d / perFile))
      return { v: facts.v[d % perFile], n: facts.n[d % perFile] }
    }
  }

  /* Orders documents (ascending) by a sort other than relevance, loading facts when upvotes need them. */
  async function ordered (m, documents, sort) {
    return sortDocuments(documents, sort, sort === 'upvotes' ? await factsOf(m, documents) : null)
  }

  /*
   * Browsing without a query: every document the filter allows, newest first or by upvotes. → the outcome shape of
   * search (status 'ok', total, results, top(n)) with no scores or matched terms.
   */
  async function browse (filter, sort, options) {
    const m = await manifest()
    const { range, tag } = await filterParts(m, filter)
    const order = await ordered(m, browseDocuments(range, tag), sort === 'upvotes' ? 'upvotes' : 'newest')
    const top = async limit => order.slice(0, limit).map(ref => ({ ref, score: 0, terms: [] }))
    return { status: 'ok', browsing: true, files: 0, total: order.length, scored: 0, results: await top((options && options.limit) || 20), top }
  }

  function preparedFor (terms) {
    const key = terms.map(t => t.term).sort().join('\u0000')
    let prepared = preparedSets.get(key)
    if (prepared) preparedSets.delete(key) // keep the most recently used last
    else prepared = prepareTerms(lunr, terms)
    preparedSets.set(key, prepared)
    if (preparedSets.size > MAX_CACHED_TERM_SETS) preparedSets.delete(preparedSets.keys().next().value)
    return prepared
  }

  /*
   * → { status, message, stopWords, unsearchable, files: number of index files used, total: number of results,
 *     phrases: the query's quoted phrases (as typed, words joined by one space),
   *     retriedAs: with options.retry, the fuzzy query that answered when the query itself found nothing,
   *     results: the first `limit` (options.limit, default 20) as [{ ref, score, terms }], top(n): the first n }.
   * Only the documents that can reach the first n are scored by lunr (see matchDocuments), so a word in every
   * paper costs about as much as a rare one.
   * options.filter ({ tag, from, to }) keeps only the documents it allows, before the first n are picked: the
   * results are exactly lunr's ranking with the others left out. options.sort 'newest' or 'upvotes' orders the
   * matching documents by that instead of their score (lunr still says which words each one matched).
   */
  async function search (queryString, options) {
    const outcome = await searchOnce(queryString, options)
    if (!(options && options.retry) || outcome.status !== 'ok' || outcome.total > 0) return outcome
    // No dead end: the same words within one edit each (lunr's ~1), said as such by the page.
    const fuzzy = fuzzyQuery(queryString)
    if (fuzzy === null) return outcome
    const retried = await searchOnce(fuzzy, Object.assign({}, options, { typing: false }))
    if (retried.status !== 'ok' || retried.total === 0) return outcome
    return Object.assign(retried, { retriedAs: fuzzy })
  }

  async function searchOnce (queryString, options) {
    const m = await manifest()
    const filter = options && options.filter
    const sort = (options && options.sort) || 'relevance'
    const planned = planQuery(lunr, m.fields, queryString, options)
    const outcome = { status: planned.status, message: planned.message, stopWords: planned.stopWords, unsearchable: planned.unsearchable, phrases: [], results: [], files: 0, total: 0, scored: 0, top: async () => [] }
    if (planned.status !== 'ok') return outcome
    // A phrase's positions files are known from the plan: fetched beside the shards, not after them.
    const phrasesLoading = phraseFilter(m, planned.phrases)
    phrasesLoading.catch(() => {})
    const [{ terms, files }, parts] = await Promise.all([termsFor(m, planned.needs), isFiltered(filter) ? filterParts(m, filter) : null])
    // A typed word that is a whole index term is searched as that word alone (see settleTyping); the terms loaded
    // for its expansions are a superset of what it needs, which scores the same (lunr only reads queried terms).
    const plan = settleTyping(lunr, planned, term => terms.some(t => t.term === term))
    const prepared = preparedFor(terms)
    let blockFiles = 0
    const phrases = await phrasesLoading
    const filtered = parts ? allowedDocuments(parts.range, parts.tag, m.documents) : null
    let allowed = phrases.allowed || filtered
    if (phrases.allowed && filtered) for (let d = 0; d < allowed.length; d++) allowed[d] &= filtered[d]
    // A phrase keeps, of lunr's matches for its required words, the documents where they stand together; a filter
    // keeps the documents it allows. Both only leave documents out: the rest keep their scores and relative order.
    let match
    for (;;) {
      match = matchDocuments(lunr, m.fields, prepared, plan.clauses, m.documents)
      if (!(match && match.incomplete)) break
      blockFiles += await completeTerms(match.incomplete.map(name => prepared.byName.get(name)))
    }
    if (match && allowed) match.eligible = match.eligible.filter(d => allowed[d])
    outcome.phrases = plan.phrases.map(phrase => phrase.words.join(' '))
    outcome.files = files + phrases.files
    if (sort !== 'relevance') {
      // Every match in the order asked for, each with the words it matched (for highlighting) and no score: the score
      // orders nothing here, and leaving it out needs no weights, so a common word reads its head and no block.
      let documents
      if (match) documents = match.eligible
      else documents = runClauses(buildIndex(lunr, m.fields, prepared, allowed || undefined), plan.clauses).map(r => +r.ref).sort((a, b) => a - b)
      const order = await ordered(m, documents, sort)
      outcome.total = order.length
      outcome.files += blockFiles
      outcome.top = async limit => {
        const page = order.slice(0, limit)
        if (match) return page.map(d => ({ ref: d, score: null, terms: match.matchedTerms(d) }))
        const keep = new Uint8Array(m.documents)
        for (const d of page) keep[d] = 1
        const byRef = new Map(runClauses(buildIndex(lunr, m.fields, prepared, keep), plan.clauses).map(r => [+r.ref, r]))
        outcome.scored = byRef.size
        return page.map(d => ({ ref: d, score: null, terms: Object.keys(byRef.get(d).matchData.metadata) }))
      }
      outcome.results = await outcome.top((options && options.limit) || 20)
      return outcome
    }
    let best = []
    let bestLimit = 0
    outcome.top = async limit => {
      if (limit > bestLimit && (bestLimit === 0 || best.length >= bestLimit)) {
        // Common terms' impact blocks until the first `limit` are certain (see blocksToLoad).
        for (let loads = match ? blocksToLoad(match, limit) : []; loads.length > 0; loads = blocksToLoad(match, limit)) {
          const counts = await Promise.all(loads.map(({ decoded, upTo }) => loadBlocks(decoded, upTo)))
          blockFiles += counts.reduce((sum, n) => sum + n, 0)
          match.rescore()
        }
        outcome.files = files + phrases.files + blockFiles
        const keep = match ? candidates(match, limit, m.documents) : undefined
        const all = runClauses(buildIndex(lunr, m.fields, prepared, keep), plan.clauses)
        const results = allowed ? all.filter(r => allowed[+r.ref]) : all
        outcome.scored = results.length
        best = results.slice(0, limit).map(r => ({ ref: +r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) }))
        bestLimit = limit
        if (!match) outcome.total = results.length
      }
      return best.slice(0, limit)
    }
    if (match) outcome.total = match.eligible.length
    outcome.results = await outcome.top((options && options.limit) || 20)
    return outcome
  }


  /* The query with ~1 on every plain word (no field, wildcard, fuzziness or boost of its own); null when none is. */
  function fuzzyQuery (queryString) {
    let changed = false
    const words = queryString.trim().split(/\s+/).map(word => {
      if (!/^[+-]?[\p{L}\p{N}][\p{L}\p{N}'/-]*$/u.test(word) || word.startsWith('-')) return word
      changed = true
      return word + '~1'
    })
    return changed ? words.join(' ') : null
  }

  /* One promise per ref (a document number) of its display data ({ s: slug, t, u, d, g, e }), fetching only its chunk. */
  function displayEach (refs) {
    return refs.map(async ref => {
      const m = await manifest()
      return entryOf(m, await file(chunkPathOf(m, ref)), ref)
    })
  }

  function display (refs) {
    return Promise.all(displayEach(refs))
  }

  return { manifest, search, browse, display, displayEach }
}

module.exports = { createSearcher }
  }

  // ---- search/index.js
  modules['index'] = function (module, require) {
/* What the page and the tests use: window.PaperSearch in the browser, require('search-core.js') in Node. */

const { planQuery, settleTyping } = require('./query-plan')
const { shardsForExact, shardsForPrefix } = require('./manifest')
const { decodeShardTerm, decodeCommonTerm, addBlock } = require('./decoding')
const { matchDocuments } = require('./candidates')
const { prepareTerms, buildIndex, runClauses } = require('./scoring')
const { highlight } = require('./display')
const { createSearcher } = require('./searcher')
const { installFold, foldText } = require('./fold')
const { describePhrases } = require('./phrases')
const filters = require('./filters')

module.exports = { installFold, foldText, planQuery, settleTyping, prepareTerms, buildIndex, matchDocuments, decodeShardTerm, decodeCommonTerm, addBlock, runClauses, createSearcher, highlight, shardsForExact, shardsForPrefix, describePhrases, filters }
  }

  return load('index')
})
