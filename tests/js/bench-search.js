// Measures the /search/ page of a built site in headless Chromium with a cold cache per query: gzipped bytes
// fetched (page, scripts, manifest, shards, positions files of phrases, display chunks) and time from typing to rendered results. The page is
// loaded (network idle: scripts and manifest fetched, as they are before a reader's first keystroke) before the query
// is typed. openMs is the other way in: opening /search/?q=… cold, from navigation to the first page of results.
// With a fourth argument `urls`, the list holds query strings (?tag=…&sort=upvotes, ?q=…&from=…) each opened cold:
//   → [{ query, results, gzipBytes, files, shards, shardGzipBytes, catalogueFiles, catalogueGzipBytes, openMs }].
// Usage: node bench-search.js <site folder> <chromium path> <queries.json> → [{ query, results, gzipBytes, files, shards, shardGzipBytes, chunks, chunkGzipBytes, manifestGzipBytes, totalMs (Playwright's fill → rendered),
//   firstMs / typedMs (in the page: last keystroke → first result / → whole first page), openMs,
//   keyByKeyFirstMs / keyByKeyGzipBytes (typed key by key: last keystroke → first result; bytes fetched while typing) }]
'use strict'
const fs = require('fs')
const { start } = require('./static-server')
const { launch } = require('./browser')

// The benchmark's own clock, injected into the page (the production page carries no timing code): from the last
// keystroke to the first result in the list, and to the page saying which query its results answer.
function installTiming () {
  const timing = { lastKey: 0, first: null, done: null }
  window.searchTiming = timing
  document.addEventListener('input', () => { timing.lastKey = performance.now(); timing.first = null; timing.done = null }, true)
  document.addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('search-app')
    const list = document.getElementById('search-results')
    if (!app || !list) return
    new MutationObserver(() => {
      if (timing.first === null && list.firstElementChild) timing.first = Math.round(performance.now() - timing.lastKey)
    }).observe(list, { childList: true })
    new MutationObserver(() => { timing.done = Math.round(performance.now() - timing.lastKey) })
      .observe(app, { attributes: true, attributeFilter: ['data-rendered-query'] })
  })
}

async function main () {
  const [site, chromiumPath, queriesPath, mode] = process.argv.slice(2)
  const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))
  const server = await start(site, '/')
  server.warm(['search', 'assets']) // compressed once up front, as a host serves pre-compressed files
  const browser = await launch(chromiumPath)
  const reports = []
  try {
    if (mode === 'urls') {
      for (const search of queries) reports.push(await openCold(browser, server, search))
      return
    }
    for (const query of queries) {
      const context = await browser.newContext() // a fresh context: nothing cached
      await context.addInitScript(installTiming)
      const page = await context.newPage()
      server.log.length = 0
      await page.goto(server.origin + '/search/', { waitUntil: 'networkidle' })
      await page.waitForFunction(() => window.PaperSearch && window.lunr)
      const started = Date.now()
      await page.fill('#search-input', query)
      await page.waitForFunction(q => document.getElementById('search-app').getAttribute('data-rendered-query') === q, query, { timeout: 60000 })
      const totalMs = Date.now() - started
      const seen = await page.evaluate(() => ({
        firstMs: window.searchTiming.first === null ? window.searchTiming.done : window.searchTiming.first,
        typedMs: window.searchTiming.done,
        results: document.getElementById('search-status').textContent
      }))
      const fetched = server.log.filter(entry => !entry.path.endsWith('/style.css') && !entry.path.endsWith('/favicon.ico'))
      reports.push({
        query,
        results: seen.results,
        gzipBytes: fetched.reduce((sum, entry) => sum + entry.gzipBytes, 0),
        files: fetched.length,
        shards: fetched.filter(entry => /\/search\/(shards|common|positions)\//.test(entry.path)).length,
        shardGzipBytes: fetched.filter(entry => /\/search\/(shards|common|positions)\//.test(entry.path)).reduce((sum, entry) => sum + entry.gzipBytes, 0),
        chunks: fetched.filter(entry => entry.path.includes('/search/chunks/')).length,
        chunkGzipBytes: fetched.filter(entry => entry.path.includes('/search/chunks/')).reduce((sum, entry) => sum + entry.gzipBytes, 0),
        manifestGzipBytes: fetched.filter(entry => entry.path.endsWith('/search/manifest.json')).reduce((sum, entry) => sum + entry.gzipBytes, 0),
        totalMs,
        firstMs: seen.firstMs,
        typedMs: seen.typedMs
      })
      await context.close()

      const opening = await browser.newContext()
      const opened = await opening.newPage()
      const navigated = Date.now()
      await opened.goto(server.origin + '/search/?q=' + encodeURIComponent(query))
      await opened.waitForFunction(q => document.getElementById('search-app').getAttribute('data-rendered-query') === q, query, { timeout: 60000 })
      reports[reports.length - 1].openMs = Date.now() - navigated
      await opening.close()

      // Typed key by key, 80 ms apart: earlier keystrokes' prefix searches have fetched some files by the last one.
      const typing = await browser.newContext()
      await typing.addInitScript(installTiming)
      const typed = await typing.newPage()
      await typed.goto(server.origin + '/search/', { waitUntil: 'networkidle' })
      server.log.length = 0
      await typed.type('#search-input', query, { delay: 80 })
      await typed.waitForFunction(q => document.getElementById('search-app').getAttribute('data-rendered-query') === q, query, { timeout: 60000 })
      reports[reports.length - 1].keyByKeyFirstMs = await typed.evaluate(() => window.searchTiming.first === null ? window.searchTiming.done : window.searchTiming.first)
      reports[reports.length - 1].keyByKeyGzipBytes = server.log.reduce((sum, entry) => sum + entry.gzipBytes, 0)
      await typing.close()
    }
  } finally {
    await browser.close()
    await server.close()
    process.stdout.write(JSON.stringify(reports))
  }
}

/* Opens /search/<search> in a fresh context and waits until its first page is shown; what was fetched, and how long. */
async function openCold (browser, server, search) {
  const context = await browser.newContext()
  const page = await context.newPage()
  server.log.length = 0
  const navigated = Date.now()
  await page.goto(server.origin + '/search/' + search)
  await page.waitForFunction(() => document.getElementById('search-app').getAttribute('data-rendered-state') === location.search, null, { timeout: 60000 })
  await page.waitForFunction(() => {
    const total = Number((document.getElementById('search-status').textContent.match(/^[0-9,]+/) || ['0'])[0].replace(/,/g, ''))
    return document.querySelectorAll('#search-results > li').length >= Math.min(total, 20)
  }, null, { timeout: 60000 })
  const openMs = Date.now() - navigated
  const results = await page.evaluate(() => document.getElementById('search-status').textContent)
  await context.close()
  const fetched = server.log.filter(entry => !entry.path.endsWith('/style.css') && !entry.path.endsWith('/favicon.ico'))
  const of = pattern => fetched.filter(entry => pattern.test(entry.path))
  return {
    query: search,
    results,
    gzipBytes: fetched.reduce((sum, entry) => sum + entry.gzipBytes, 0),
    files: fetched.length,
    shards: of(/\/search\/(shards|common)\//).length,
    shardGzipBytes: of(/\/search\/(shards|common)\//).reduce((sum, entry) => sum + entry.gzipBytes, 0),
    catalogueFiles: of(/\/search\/(tags|facts)\//).length,
    catalogueGzipBytes: of(/\/search\/(tags|facts)\//).reduce((sum, entry) => sum + entry.gzipBytes, 0),
    openMs
  }
}

main().catch(error => { console.error(error); process.exit(1) })
