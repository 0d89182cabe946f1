'use strict'
/* What the page and the tests use: window.PaperSearch in the browser, require('search-core.js') in Node. */

const { planQuery, settleTyping } = require('./query-plan')
const { shardsForExact, shardsForPrefix } = require('./manifest')
const { decodeShardTerm, decodeCommonTerm, addBlock } = require('./decoding')
const { matchDocuments } = require('./candidates')
const { prepareTerms, buildIndex, runClauses } = require('./scoring')
const { highlight } = require('./display')
const { createSearcher } = require('./searcher')
const { installFold, foldText } = require('./fold')
const { describePhrases } = require('./phrases')
const filters = require('./filters')

module.exports = { installFold, foldText, planQuery, settleTyping, prepareTerms, buildIndex, matchDocuments, decodeShardTerm, decodeCommonTerm, addBlock, runClauses, createSearcher, highlight, shardsForExact, shardsForPrefix, describePhrases, filters }
