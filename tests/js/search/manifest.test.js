'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { shardsForExact, shardsForPrefix, commonFileOf } = require('../../../theme/search/manifest')

// [first term, last term, file], sorted and not overlapping, as the manifest lists them.
const shards = [['a', 'cat', 's0'], ['cattle', 'dog', 's1'], ['door', 'zebra', 's2']]

test('an exact term is in the one shard whose range holds it, or in none', () => {
  assert.deepEqual(shardsForExact(shards, 'cab'), [0])
  assert.deepEqual(shardsForExact(shards, 'cattle'), [1])
  assert.deepEqual(shardsForExact(shards, 'zzz'), [])
})

test('a prefix can span shards', () => {
  assert.deepEqual(shardsForPrefix(shards, 'cat'), [0, 1])
  assert.deepEqual(shardsForPrefix(shards, 'do'), [1, 2])
  assert.deepEqual(shardsForPrefix(shards, 'zz'), [])
})

test('a common term names its own file', () => {
  const common = [['model', 'c1'], ['the', 'c2']]
  assert.equal(commonFileOf(common, 'the'), 'c2')
  assert.equal(commonFileOf(common, 'models'), undefined)
})

test('a term\'s positions file is its common term\'s own, else its shard\'s', () => {
  const { positionsFileOf } = require('../../../theme/search/manifest')
  const shards = [['a', 'f', 'shards/1.json', 'positions/1.json'], ['g', 'm', 'shards/2.json', 'positions/2.json']]
  const common = [['graph', 'common/g.json', 'positions/g.json']]
  assert.equal(positionsFileOf(shards, common, 'graph'), 'positions/g.json')
  assert.equal(positionsFileOf(shards, common, 'kappa'), 'positions/2.json')
  assert.equal(positionsFileOf(shards, common, 'beta'), 'positions/1.json')
  assert.equal(positionsFileOf(shards, common, 'zeta'), undefined)
})
