'use strict'
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
