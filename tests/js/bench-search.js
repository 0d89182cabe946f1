// Measures the /search/ page of a built site in headless Chromium with a cold cache per query: gzipped bytes
// fetched (page, scripts, manifest, shards, display chunks) and time from typing to rendered results.
// Usage: node bench-search.js <site folder> <chromium path> <queries.json> → [{ query, results, gzipBytes, files, shards, totalMs (Playwright's fill → rendered), searchMs,
//   firstMs / typedMs (in the page: last keystroke → first result / → whole first page) }]
'use strict'
const fs = require('fs')
const { start } = require('./static-server')
const { launch } = require('./browser')

async function main () {
  const [site, chromiumPath, queriesPath] = process.argv.slice(2)
  const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))
  const server = await start(site, '/')
  const browser = await launch(chromiumPath)
  const reports = []
  try {
    for (const query of queries) {
      const context = await browser.newContext() // a fresh context: nothing cached
      const page = await context.newPage()
      server.log.length = 0
      await page.goto(server.origin + '/search/')
      await page.waitForFunction(() => window.PaperSearch && window.lunr)
      const started = Date.now()
      await page.fill('#search-input', query)
      await page.waitForFunction(q => document.getElementById('search-app').getAttribute('data-rendered-query') === q, query, { timeout: 60000 })
      const totalMs = Date.now() - started
      const seen = await page.evaluate(() => ({
        searchMs: Number(document.getElementById('search-app').getAttribute('data-search-ms')),
        firstMs: Number(document.getElementById('search-app').getAttribute('data-first-result-ms')),
        typedMs: Number(document.getElementById('search-app').getAttribute('data-typed-ms')),
        results: document.getElementById('search-status').textContent
      }))
      const fetched = server.log.filter(entry => !entry.path.endsWith('/style.css') && !entry.path.endsWith('/favicon.ico'))
      reports.push({
        query,
        results: seen.results,
        gzipBytes: fetched.reduce((sum, entry) => sum + entry.gzipBytes, 0),
        files: fetched.length,
        shards: fetched.filter(entry => /\/search\/(shards|common)\//.test(entry.path)).length,
        shardGzipBytes: fetched.filter(entry => /\/search\/(shards|common)\//.test(entry.path)).reduce((sum, entry) => sum + entry.gzipBytes, 0),
        totalMs,
        searchMs: seen.searchMs,
        firstMs: seen.firstMs,
        typedMs: seen.typedMs
      })
      await context.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  process.stdout.write(JSON.stringify(reports))
}

main().catch(error => { console.error(error); process.exit(1) })
