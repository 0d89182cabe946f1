'use strict'
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
