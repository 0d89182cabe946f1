'use strict'
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
