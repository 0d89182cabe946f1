/*
 * PaperArchive search core: plans a query, fetches only the index shards it needs, merges them into one lunr
 * index and runs the query with stock lunr.js. No DOM here, so Node tests run exactly this code.
 *
 * Why merged shards rank exactly like one index: every shard keeps the GLOBAL term numbers (_index) and BM25
 * weights of the whole index, and lunr normalises only the query vector. A query touches only its own terms'
 * postings and vector entries, so once every shard holding a matching term is loaded, the merged index gives
 * the same matches, the same scores and the same order as the monolithic one.
 *
 * UMD: `window.PaperSearch` in the browser, `require('.../search-core.js')` in Node. lunr is passed in.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory()
  else root.PaperSearch = factory()
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict'

  /* FNV-1a 32 over UTF-16 code units; the C# side is PaperArchive.Search.Fnv1a. */
  function fnv1a32 (text) {
    let hash = 0x811c9dc5
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
    return hash >>> 0
  }

  function chunkOf (slug, chunkCount) {
    return fnv1a32(slug) % chunkCount
  }

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

  const MIN_PREFIX_LENGTH = 2 // the word being typed is matched as a prefix from 2 characters on
  const MIN_SHORTER_TERM = 3 // index terms that are a prefix of the typed word: at least 3 characters…
  const MAX_EXTRA_CHARS = 4 // …and at most 4 characters shorter than it
  const SHORTER_TERM_BOOST = 0.5

  /*
   * Turns what the user typed into lunr clauses and the index terms they need.
   * Returns { status: 'ok' | 'empty' | 'stopwords' | 'negation' | 'error', clauses, needs, stopWords, message }.
   * With typing, the last word (when not followed by a space) is also searched as a prefix of the raw word
   * and of its stem, and index terms that are a prefix of it (up to 4 characters shorter) match too.
   */
  function planQuery (lunr, fields, queryString, options) {
    const typing = !!(options && options.typing)
    const plan = { status: 'empty', clauses: [], needs: [], stopWords: [], message: '' }
    if (!queryString || !queryString.trim()) return plan

    const query = new lunr.Query(fields)
    try {
      new lunr.QueryParser(queryString, query).parse()
    } catch (error) {
      if (error instanceof lunr.QueryParseError) return Object.assign(plan, { status: 'error', message: error.message })
      throw error
    }

    const clauses = []
    let lastKept = false
    for (const parsed of query.clauses) {
      lastKept = false
      const clause = Object.assign({}, parsed, { fields: parsed.fields.slice() })
      const plain = clause.usePipeline && clause.editDistance === undefined && clause.term.indexOf('*') === -1
      if (plain) clause.term = trimWord(clause.term)
      if (clause.term === '') continue
      if (plain && isStopWord(lunr, clause.term)) {
        plan.stopWords.push(clause.term)
        continue
      }
      clauses.push(clause)
      lastKept = true
    }
    if (clauses.length === 0) {
      plan.status = plan.stopWords.length > 0 ? 'stopwords' : 'empty'
      return plan
    }
    if (clauses.every(c => c.presence === lunr.Query.presence.PROHIBITED)) {
      plan.status = 'negation'
      plan.clauses = clauses
      return plan
    }

    if (typing && lastKept && !/\s$/.test(queryString)) clauses.push(...typingClauses(lunr, clauses[clauses.length - 1]))

    plan.status = 'ok'
    plan.clauses = clauses
    plan.needs = needsOf(lunr, clauses)
    return plan
  }

  function typingClauses (lunr, clause) {
    const word = clause.term
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
    return extra.map(c => Object.assign({}, c, { fields: c.fields.slice() }))
  }

  /* The index terms each clause looks up, exactly as lunr.Index#query expands them. */
  function needsOf (lunr, clauses) {
    const pipeline = lunr.Pipeline.load(['stemmer'])
    const needs = []
    for (const clause of clauses) {
      const terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
      for (const term of terms) {
        if (clause.editDistance !== undefined) needs.push({ fuzzy: term, distance: clause.editDistance })
        else if (term.indexOf('*') !== -1) {
          const prefix = term.slice(0, term.indexOf('*'))
          needs.push(prefix === '' ? { all: true } : { prefix })
        } else needs.push({ exact: term })
      }
    }
    return needs
  }

  /* Index of the first shard whose last term is >= term (shards are sorted and do not overlap). */
  function firstShardEndingAtOrAfter (shards, term) {
    let low = 0
    let high = shards.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (shards[middle][1] < term) low = middle + 1
      else high = middle
    }
    return low
  }

  function shardsForExact (shards, term) {
    const i = firstShardEndingAtOrAfter(shards, term)
    return i < shards.length && shards[i][0] <= term ? [i] : []
  }

  function shardsForPrefix (shards, prefix) {
    const found = []
    for (let i = firstShardEndingAtOrAfter(shards, prefix); i < shards.length; i++) {
      const first = shards[i][0]
      if (first <= prefix || first.startsWith(prefix)) found.push(i)
      else break
    }
    return found
  }

  /* Fuzzy terms can differ anywhere, even in the first letter: expand them over the full term list. */
  function fuzzyMatches (lunr, termSet, term, distance) {
    return termSet.intersect(lunr.TokenSet.fromFuzzyString(term, distance)).toArray()
  }

  /* Serialized lunr indexes with disjoint terms and global numbering → one serialized index. */
  function mergeShards (shards, fields) {
    if (shards.length === 1) return shards[0]
    const invertedIndex = []
    const vectorParts = new Map()
    for (const shard of shards) {
      for (const entry of shard.invertedIndex) invertedIndex.push(entry)
      for (const [fieldRef, elements] of shard.fieldVectors) {
        const parts = vectorParts.get(fieldRef)
        if (parts) parts.push(elements)
        else vectorParts.set(fieldRef, [elements])
      }
    }
    // lunr.Index.load rebuilds its token set and needs terms in UTF-16 order, which is what JS `<` compares.
    invertedIndex.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const fieldVectors = []
    for (const [fieldRef, parts] of vectorParts) fieldVectors.push([fieldRef, parts.length === 1 ? parts[0] : mergeVectorElements(parts)])
    return { version: '2.3.9', fields: fields.slice(), fieldVectors, invertedIndex, pipeline: ['stemmer'] }
  }

  /* Concatenates [termIndex, weight, …] runs and sorts the pairs by term index (lunr.Vector needs that order). */
  function mergeVectorElements (parts) {
    const pairs = []
    for (const elements of parts) for (let i = 0; i < elements.length; i += 2) pairs.push([elements[i], elements[i + 1]])
    pairs.sort((a, b) => a[0] - b[0])
    const merged = new Array(pairs.length * 2)
    for (let i = 0; i < pairs.length; i++) {
      merged[2 * i] = pairs[i][0]
      merged[2 * i + 1] = pairs[i][1]
    }
    return merged
  }

  /* Runs planned clauses on a lunr index (copies: lunr.Index#query overwrites clause.term). */
  function runClauses (index, clauses) {
    return index.query(function (query) {
      for (const clause of clauses) query.clause(Object.assign({}, clause, { fields: clause.fields.slice() }))
    })
  }

  /*
   * A searcher over one site's search data. fetchJson(path) loads a file relative to the manifest's folder.
   * Shards, display chunks and merged indexes are cached across queries (keystrokes).
   */
  function createSearcher (lunr, fetchJson) {
    let manifestPromise = null
    let termSetPromise = null
    const files = new Map()
    const indexes = new Map()
    const MAX_CACHED_INDEXES = 8

    function manifest () {
      if (!manifestPromise) manifestPromise = fetchJson('manifest.json')
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

    async function termSet () {
      if (!termSetPromise) {
        termSetPromise = manifest().then(m => file(m.terms)).then(terms => lunr.TokenSet.fromArray(terms))
      }
      return termSetPromise
    }

    async function shardIndexesFor (needs) {
      const m = await manifest()
      const wanted = new Set()
      for (const need of needs) {
        if (need.all) m.shards.forEach((_, i) => wanted.add(i))
        else if (need.prefix !== undefined) shardsForPrefix(m.shards, need.prefix).forEach(i => wanted.add(i))
        else if (need.exact !== undefined) shardsForExact(m.shards, need.exact).forEach(i => wanted.add(i))
        else {
          const matches = fuzzyMatches(lunr, await termSet(), need.fuzzy, need.distance)
          for (const term of matches) shardsForExact(m.shards, term).forEach(i => wanted.add(i))
        }
      }
      return Array.from(wanted).sort((a, b) => a - b)
    }

    async function indexFor (shardNumbers) {
      const m = await manifest()
      const key = shardNumbers.join(',')
      if (indexes.has(key)) {
        const cached = indexes.get(key)
        indexes.delete(key) // keep most recently used last
        indexes.set(key, cached)
        return cached
      }
      const shards = await Promise.all(shardNumbers.map(i => file(m.shards[i][2])))
      const serialized = shards.length === 0
        ? { version: '2.3.9', fields: m.fields.slice(), fieldVectors: [], invertedIndex: [], pipeline: ['stemmer'] }
        : mergeShards(shards, m.fields)
      const index = lunr.Index.load(serialized)
      indexes.set(key, index)
      if (indexes.size > MAX_CACHED_INDEXES) indexes.delete(indexes.keys().next().value)
      return index
    }

    /* → { status, message, stopWords, results: [{ ref, score, terms }], shards: number of shard files used } */
    async function search (queryString, options) {
      const m = await manifest()
      const plan = planQuery(lunr, m.fields, queryString, options)
      const outcome = { status: plan.status, message: plan.message, stopWords: plan.stopWords, results: [], shards: 0 }
      if (plan.status !== 'ok') return outcome
      const shardNumbers = await shardIndexesFor(plan.needs)
      const index = await indexFor(shardNumbers)
      outcome.shards = shardNumbers.length
      outcome.results = runClauses(index, plan.clauses).map(r => ({ ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) }))
      return outcome
    }

    /* Display data ({ t, u, d, g, e }) for the given refs, fetching only their chunks. */
    async function display (refs) {
      const m = await manifest()
      const chunks = await Promise.all(refs.map(ref => file('chunks/' + m.chunks[chunkOf(ref, m.chunks.length)] + '.json')))
      return refs.map((ref, i) => chunks[i][ref] || null)
    }

    return { manifest, search, display }
  }

  /*
   * Splits text into [{ text, mark }] pieces: a word is marked when its lowercased, trimmed, stemmed form is one
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
      const lower = core.toLowerCase()
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

  return { fnv1a32, chunkOf, planQuery, mergeShards, runClauses, createSearcher, highlight, shardsForExact, shardsForPrefix }
})
