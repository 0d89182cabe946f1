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
