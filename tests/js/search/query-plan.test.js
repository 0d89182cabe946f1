'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const lunr = require('lunr')
const { planQuery, settleTyping, patternMatches } = require('../../../theme/search/query-plan')

const fields = ['title', 'abstract']

test('empty text, stop words alone, negation alone and unreadable queries say so', () => {
  assert.equal(planQuery(lunr, fields, '   ').status, 'empty')
  const stop = planQuery(lunr, fields, 'the of')
  assert.equal(stop.status, 'stopwords')
  assert.deepEqual(stop.stopWords, ['the', 'of'])
  assert.equal(planQuery(lunr, fields, '-graph').status, 'negation')
  assert.equal(planQuery(lunr, fields, 'nofield:graph').status, 'error')
})

test('words become stemmed exact needs, punctuation and stop words dropped', () => {
  const plan = planQuery(lunr, fields, 'the neural, graphs')
  assert.equal(plan.status, 'ok')
  assert.deepEqual(plan.stopWords, ['the'])
  assert.deepEqual(plan.needs, [{ exact: 'neural' }, { exact: 'graph' }])
})

test('while typing, the last word is also a prefix, and shorter index terms match it', () => {
  const plan = planQuery(lunr, fields, 'hypernet', { typing: true })
  assert.ok(plan.needs.some(n => n.prefix === 'hypernet'))
  assert.ok(plan.needs.some(n => n.exact === 'hyper'))
  assert.ok(!planQuery(lunr, fields, 'hypernet ', { typing: true }).needs.some(n => n.prefix !== undefined))
})

test('fuzzy and leading-wildcard needs match against the full term list', () => {
  const terms = lunr.TokenSet.fromArray(['grape', 'graph', 'graphs', 'paragraph']) // sorted, as the terms file is
  assert.deepEqual(patternMatches(lunr, terms, { pattern: '*graph' }).sort(), ['graph', 'paragraph'])
  assert.deepEqual(patternMatches(lunr, terms, { pattern: 'graph', distance: 1 }).sort(), ['grape', 'graph', 'graphs'])
})

test('no script the index cannot split leaves a blank answer: a query of only such characters says so', () => {
  const plan = planQuery(lunr, fields, '扩散模型')
  assert.equal(plan.status, 'unsearchable')
  assert.deepEqual(plan.unsearchable, ['扩散模型'])
  assert.equal(planQuery(lunr, fields, '扩散模型 diffusion').status, 'ok')
})

test('as you type, the word itself outranks longer terms that merely start with it', () => {
  const { runClauses } = require('../../../theme/search/scoring')
  const { installFold } = require('../../../theme/search/fold')
  const fold = installFold(lunr)
  const papers = [
    ['bench', 'DiffusionBench: A Benchmark Suite for Generative Models', 'We release a suite of tasks to compare generative models.'],
    ['gemma', 'DiffusionGemma: Open Weights for Image Generation', 'An open model family trained for image generation.'],
    ['ddpm', 'Denoising Diffusion Probabilistic Models Revisited', 'We revisit diffusion models and show that diffusion sampling can be faster.'],
    ['score', 'Score-Based Diffusion for Audio', 'Diffusion in the waveform domain gives state-of-the-art audio.'],
    ['video', 'Latent Video Diffusion at Scale', 'Video diffusion with a latent autoencoder.'],
    ['graph', 'Graph Neural Networks for Molecules', 'Message passing over molecular graphs.'],
  ]
  const index = lunr(function () {
    this.pipeline.before(lunr.trimmer, fold)
    this.searchPipeline.before(lunr.stemmer, fold)
    this.ref('id')
    this.field('title', { boost: 10 })
    this.field('abstract')
    papers.forEach(([id, title, abstract]) => this.add({ id, title, abstract }))
  })
  const hasTerm = term => Object.prototype.hasOwnProperty.call(index.invertedIndex, term)
  const refs = query => runClauses(index, settleTyping(lunr, planQuery(lunr, ['title', 'abstract'], query, { typing: true }), hasTerm).clauses).map(r => r.ref)
  // "diffusion" is a whole word of the index: typed or finished with a space, the papers about diffusion come
  // first and the titles that merely start with it ("DiffusionBench") do not outrank them.
  const typing = refs('diffusion')
  assert.deepEqual(typing.slice(0, 3).sort(), ['ddpm', 'score', 'video'])
  assert.deepEqual(typing, refs('diffusion '))
  // Unfinished, the word is still a prefix: "diffusi" finds the diffusion papers (through "diffus") and the longer titles.
  const unfinished = refs('diffusi')
  assert.ok(['bench', 'gemma', 'ddpm', 'score', 'video'].every(ref => unfinished.includes(ref)), unfinished.join(' '))
  assert.equal(settleTyping(lunr, planQuery(lunr, ['title'], 'diffusi', { typing: true }), hasTerm).settled, undefined)
})

test('a quoted phrase plans as its words required, where it stands, plus its slots', () => {
  const strip = clauses => clauses.map(c => { const { phrase, ...rest } = c; return rest })
  const phrase = planQuery(lunr, fields, '"world model" robot')
  const required = planQuery(lunr, fields, '+world +model robot')
  assert.equal(phrase.status, 'ok')
  assert.deepEqual(strip(phrase.clauses), strip(required.clauses))
  assert.deepEqual(phrase.needs, required.needs)
  assert.deepEqual(phrase.phrases, [{ words: ['world', 'model'], slots: [{ offset: 0, term: 'world' }, { offset: 1, term: 'model' }] }])
  assert.deepEqual(required.phrases, [])
  // Query syntax inside quotes is text; a stop word in a phrase is not reported as left out.
  assert.deepEqual(planQuery(lunr, fields, '"title:world model"').clauses.map(c => [c.term, c.fields]), [['title:world', fields], ['model', fields]])
  const art = planQuery(lunr, fields, '"state of the art"')
  assert.deepEqual(art.stopWords, [])
  assert.deepEqual(art.clauses.map(c => c.term), ['state', 'art'])
  assert.equal(planQuery(lunr, fields, '"of the"').status, 'stopwords')
  // An unmatched quote leaves plain words.
  const open = planQuery(lunr, fields, '"world model')
  assert.deepEqual(open.phrases, [])
  assert.deepEqual(open.clauses.map(c => [c.term, c.presence]), [['world', lunr.Query.presence.OPTIONAL], ['model', lunr.Query.presence.OPTIONAL]])
})
