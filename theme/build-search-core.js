// Combines the search modules (search/*.js: CommonJS, one concept per file, unit-tested with node --test) into
// static/assets/search-core.js, the one script the search page loads: each module in a function scope of its own,
// wired by a small require, exposed as window.PaperSearch in the browser and as module.exports in Node.
// The build of src/PaperArchive runs it when a module changes; `node build-search-core.js --check` fails when the
// committed script is not what the modules make.
'use strict'
const fs = require('fs')
const path = require('path')

// Dependencies first; index.js is the public API.
const MODULES = ['fold', 'words', 'phrases', 'query-plan', 'manifest', 'decoding', 'candidates', 'scoring', 'display', 'searcher', 'index']
const folder = path.join(__dirname, 'search')
const target = path.join(__dirname, 'static', 'assets', 'search-core.js')

const HEADER = `/*
 * PaperArchive search core: plans a query, fetches only the index files it needs, builds a lunr index of just the
 * terms the query can match and runs the query with stock lunr.js. No DOM here, so Node tests run exactly this code.
 *
 * Files (see docs/search.md): term-range shards are lunr 2.3.9 indexes whose postings carry their BM25 weight as
 * metadata ("12":{"w":[0.409]}, refs are document numbers) and that have no field vectors; common terms (words in
 * most papers) have their postings packed in a file of their own. Why the result ranks exactly like one
 * monolithic index: weights and term numbers (_index) are global, and lunr scores a document as the sum over
 * fields of (query vector · field vector) / |query vector| — it normalises only the query vector. So field vectors
 * rebuilt from the postings of every term a query can match, and a token set holding exactly those terms, give
 * the same expansions, matches, dot products, summing order and scores as the whole index.
 *
 * Made by theme/build-search-core.js from theme/search/*.js: edit those, not this file.
 * UMD: \`window.PaperSearch\` in the browser, \`require('.../search-core.js')\` in Node. lunr is passed in.
 */
`

function combine () {
  const parts = [HEADER, `(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory()
  else root.PaperSearch = factory()
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict'
  const modules = {}
  const loaded = {}
  function load (name) {
    if (!loaded[name]) {
      const module = { exports: {} }
      loaded[name] = module
      modules[name](module, function (dependency) { return load(dependency.replace('./', '')) })
    }
    return loaded[name].exports
  }
`]
  for (const name of MODULES) {
    const source = fs.readFileSync(path.join(folder, name + '.js'), 'utf8').replace(/^'use strict'\n/, '')
    // Not re-indented: a module's text (strings included) stays exactly as written.
    const body = source.trimEnd()
    parts.push(`\n  // ---- search/${name}.js\n  modules['${name}'] = function (module, require) {\n${body}\n  }\n`)
  }
  parts.push(`\n  return load('index')\n})\n`)
  return parts.join('')
}

const combined = combine()
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''
  if (current !== combined) {
    console.error(`${target} is not what theme/search/*.js make: run node theme/build-search-core.js`)
    process.exit(1)
  }
} else if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== combined) {
  fs.writeFileSync(target, combined)
}
