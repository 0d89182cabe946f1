// Drives the /search/ page of a built site in headless Chromium and reports what a reader sees.
// Usage: node browser-search.js <site folder> <url prefix, e.g. /paper-archive/> <chromium path> <scenarios.json>
// scenarios: [{ "query": "...", "via": "type" | "url", "more": clicks on "Show more" (optional) }]
//   → [{ query, url, status, titles, marks, authors, metas, arxiv, boxes, titleHtml, errors, moreHidden }]
'use strict'
const fs = require('fs')
const { start } = require('./static-server')
const { launch } = require('./browser')

async function main () {
  const [site, prefix, chromiumPath, scenariosPath] = process.argv.slice(2)
  const scenarios = JSON.parse(fs.readFileSync(scenariosPath, 'utf8'))
  const server = await start(site, prefix)
  const browser = await launch(chromiumPath)
  const reports = []
  try {
    for (const scenario of scenarios) {
      const page = await browser.newPage()
      const errors = []
      page.on('pageerror', error => errors.push(String(error)))
      page.on('response', response => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(response.status() + ' ' + response.url())
      })
      const searchUrl = server.origin + prefix + 'search/'
      if (scenario.via === 'url') await page.goto(searchUrl + '?q=' + encodeURIComponent(scenario.query))
      else {
        await page.goto(searchUrl)
        await page.evaluate(() => document.activeElement && document.activeElement.blur()) // "/" must work from anywhere on the page
        await page.keyboard.press('/')
        await page.keyboard.type(scenario.query, { delay: 20 })
      }
      await page.waitForFunction(q => document.getElementById('search-app').getAttribute('data-rendered-query') === q, scenario.query, { timeout: 15000 })
      for (let click = 0; click < (scenario.more || 0); click++) {
        const before = await page.locator('#search-results > li').count()
        await page.click('#search-more')
        // The next page is shown once all its results are (each waits for its display chunk).
        await page.waitForFunction(n => {
          const total = Number(document.getElementById('search-status').textContent.replace(/[^0-9]/g, ''))
          return document.querySelectorAll('#search-results > li').length >= Math.min(n + 20, total)
        }, before, { timeout: 15000 })
      }
      reports.push(await page.evaluate(() => ({
        url: location.pathname + location.search,
        status: document.getElementById('search-status').textContent,
        titles: Array.from(document.querySelectorAll('#search-results h2 a')).map(a => a.textContent),
        hrefs: Array.from(document.querySelectorAll('#search-results h2 a')).map(a => a.getAttribute('href')),
        marks: Array.from(document.querySelectorAll('#search-results mark')).map(m => m.textContent),
        authors: Array.from(document.querySelectorAll('#search-results .search-authors')).map(p => p.textContent),
        metas: Array.from(document.querySelectorAll('#search-results .search-meta')).map(p => p.textContent),
        arxiv: Array.from(document.querySelectorAll('#search-results .search-meta a')).map(a => a.getAttribute('href')),
        boxes: document.querySelectorAll('input[type=search]').length,
        injected: document.querySelectorAll('#search-results h2 a *:not(mark)').length,
        focused: document.activeElement && document.activeElement.id,
        moreHidden: document.getElementById('search-more').hidden
      })).then(report => Object.assign({ query: scenario.query, errors }, report)))
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  process.stdout.write(JSON.stringify(reports))
}

main().catch(error => { console.error(error); process.exit(1) })
