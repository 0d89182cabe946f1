'use strict'
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

/* …or from a common term's packed file: document gaps and weights in thousandths (k / 1000 is the double lunr parses). */
function decodeCommonTerm (packed) {
  return {
    term: packed.term,
    index: packed.index,
    fields: packed.fields.map(([gaps, thousandths]) => {
      const docs = new Int32Array(gaps.length)
      const weights = new Float64Array(thousandths.length)
      let doc = 0
      for (let i = 0; i < gaps.length; i++) {
        docs[i] = doc += gaps[i]
        weights[i] = thousandths[i] / 1000
      }
      return { docs, weights }
    })
  }
}

module.exports = { shardTerms, decodeShardTerm, decodeCommonTerm }
