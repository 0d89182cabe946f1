'use strict'
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
