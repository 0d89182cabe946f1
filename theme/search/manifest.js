'use strict'
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
