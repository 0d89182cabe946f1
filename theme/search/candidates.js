'use strict'
/* Candidate selection: which documents match, and which can reach the first results, before lunr scores them. */

const { searchPipeline } = require('./fold')

/*
 * What lunr.Index#query would match, over document numbers, without scoring: the same clause expansion (lunr's
 * own pipeline and TokenSet), presence rules and query vectors. Returns the documents lunr would return
 * (`eligible`, ascending) and a pre-score for each: the same sum of (query weight × field weight) / |query
 * vector| in plain arithmetic, equal to lunr's score up to rounding. Null when the pre-score cannot be trusted
 * (a zero or negative boost): then every match is scored by lunr.
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
        for (const field of clause.fields) {
          const f = fields.indexOf(field)
          const docs = decoded.fields[f].docs
          if (clause.presence === REQUIRED) {
            mark(clauseMatches, docs)
            if (required[f] === undefined) required[f] = COMPLETE
          }
          if (clause.presence === PROHIBITED) {
            if (!prohibited) prohibited = new Uint8Array(documents)
            mark(prohibited, docs)
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
  const scores = new Float64Array(documents)
  fields.forEach((field, f) => {
    let sumOfSquares = 0
    for (const boost of queryWeights[f].values()) {
      if (!(boost > 0)) trusted = false
      sumOfSquares += boost * boost
    }
    const magnitude = Math.sqrt(sumOfSquares)
    for (const [name, boost] of queryWeights[f]) {
      const { docs, weights } = prepared.byName.get(name).fields[f]
      mark(matched, docs)
      for (let i = 0; i < docs.length; i++) scores[docs[i]] += boost * weights[i] / magnitude
    }
  })
  if (!trusted) return null

  const eligible = []
  for (let d = 0; d < documents; d++) {
    if (!matched[d] || (prohibited && prohibited[d])) continue
    if (required.some(allowed => allowed && !allowed[d])) continue
    eligible.push(d)
  }
  return { eligible, scores }
}

/*
 * The documents that can be among the first `limit` results: every eligible document whose pre-score reaches the
 * limit-th best, less a margin far wider than the rounding between the pre-score and lunr's score, so ties and
 * near-ties are all kept and lunr decides their order.
 */
function candidates (match, limit, documents) {
  const keep = new Uint8Array(documents)
  const { eligible, scores } = match
  if (eligible.length <= limit) {
    for (const d of eligible) keep[d] = 1
    return keep
  }
  const kth = kthLargest(eligible, scores, limit)
  const threshold = kth - (Math.abs(kth) * 1e-9 + 1e-12)
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

module.exports = { matchDocuments, candidates, kthLargest }
