// Runs queries through the browser's own search core (search-core.js: plan, fetch shards, merge, lunr) over a
// built search folder, and the same planned clauses over one monolithic lunr index, for ranking comparisons.
// Usage: node search-sharded.js <search folder> <monolithic index.json> <queries.json> [typing|plain] [phrases]
// With "phrases", the monolithic index is one lunr.js built with token positions (build-index.js … positions): a
// quoted phrase's results are lunr's for its words required, kept where lunr recorded them adjacent in one field
// (`requiredTotal` counts them before that).
// Prints [{ query, status, files, total, scored, sharded: [[slug, score]…40], monolithic: [[slug, score]…40], monolithicTotal }]
// (with a sort, [slug, [matched terms]] instead of [slug, score]):
// the first page as search() returns it, then the second as "show more" asks for it (top(40)); `scored` is how many
// documents lunr scored for the first page.
// Sharded refs are document numbers; their slugs come from the display chunks, as on the page.
// A query may be { query, filter: { tag, from, to }, allowed: [slugs], sort, rank: { slug: position } }: the sharded
// search runs with the filter (and sort), the monolithic results keep only the allowed slugs (found by the caller from
// the archive, not from the catalogue) and, with a sort, are ordered by rank.
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require('lunr')
const core = require('../../theme/static/assets/search-core.js')

async function main () {
  const [searchFolder, monolithicPath, queriesPath, mode, phraseMode] = process.argv.slice(2)
  const typing = mode === 'typing'
  const fetchJson = file => Promise.resolve(JSON.parse(fs.readFileSync(path.join(searchFolder, file), 'utf8')))
  // A fresh searcher per query: nothing loaded by an earlier query, so `files` is what this one fetches (common
  // terms' impact blocks included) and every query starts from the heads of its common terms.
  const createSearcher = () => core.createSearcher(lunr, fetchJson)
  core.installFold(lunr) // the index's search pipeline names 'fold', as the page's does
  const monolithic = lunr.Index.load(JSON.parse(fs.readFileSync(monolithicPath, 'utf8')))
  const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))
  const top = results => results.slice(0, 40).map(r => [r.ref, r.score])
  const reports = []
  for (const item of queries) {
    const query = typeof item === 'string' ? item : item.query
    const filter = typeof item === 'string' ? undefined : item.filter
    const sort = typeof item === 'string' ? undefined : item.sort
    const searcher = createSearcher()
    const sharded = await searcher.search(query, { typing, filter, sort })
    const scored = sharded.scored
    const shardedTop = sharded.results.concat((await sharded.top(40)).slice(20))
    const papers = await searcher.display(shardedTop.map(r => r.ref))
    const plan = core.settleTyping(lunr, core.planQuery(lunr, monolithic.fields, query, { typing }), term => Object.prototype.hasOwnProperty.call(monolithic.invertedIndex, term))
    const required = plan.status === 'ok' ? core.runClauses(monolithic, plan.clauses) : []
    let whole = phraseMode === 'phrases' ? required.filter(r => plan.phrases.every(phrase => standsTogether(monolithic.fields, r, phrase.slots))) : required
    if (item.allowed) {
      const allowed = new Set(item.allowed)
      whole = whole.filter(r => allowed.has(r.ref))
    }
    if (item.rank) whole = whole.slice().sort((a, b) => item.rank[a.ref] - item.rank[b.ref])
    // Sorted by newest or upvotes, results carry the words each matched (for highlighting), not a score.
    const shardedRows = sort ? shardedTop.map((r, i) => [papers[i].s, r.terms.slice().sort()]) : shardedTop.map((r, i) => [papers[i].s, r.score])
    const monolithicRows = sort ? whole.slice(0, 40).map(r => [r.ref, Object.keys(r.matchData.metadata).sort()]) : top(whole)
    reports.push({ query: typeof item === 'string' ? query : JSON.stringify({ query, filter, sort }), status: sharded.status, files: sharded.files, total: sharded.total, scored, phrases: sharded.phrases, sharded: shardedRows, monolithic: monolithicRows, monolithicTotal: whole.length, requiredTotal: required.length })
  }
  process.stdout.write(JSON.stringify(reports))
}

// Whether a result holds the phrase's terms at their offsets in one field, by the token positions lunr.js recorded.
function standsTogether (fields, result, slots) {
  if (slots.length < 2) return true
  const metadata = result.matchData.metadata
  return fields.some(field => {
    const lists = slots.map(slot => metadata[slot.term] && metadata[slot.term][field] && metadata[slot.term][field].index)
    if (lists.some(list => !list)) return false
    return lists[0].some(start => slots.every((slot, i) => lists[i].includes(start + slot.offset)))
  })
}

main().catch(error => { console.error(error); process.exit(1) })
