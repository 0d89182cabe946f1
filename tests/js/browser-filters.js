// Drives the /search/ page's filters and sort in headless Chromium, step by step in one tab, and reports what a
// reader sees after each step: the URL, the status line, the result titles and rows, and the controls' values.
// Usage: node browser-filters.js <site folder> <url prefix> <chromium path> <steps.json>
// steps: [{ "goto": "?tag=…" } | { "fill": ["#search-from", "2025-02"] } | { "select": ["#search-sort", "upvotes"] } |
//         { "type": "words" } | { "reload": true } | { "back": true } | { "forward": true }]
'use strict'
const fs = require('fs')
const { start } = require('./static-server')
const { launch } = require('./browser')

async function main () {
  const [site, prefix, chromiumPath, stepsPath] = process.argv.slice(2)
  const steps = JSON.parse(fs.readFileSync(stepsPath, 'utf8'))
  const server = await start(site, prefix)
  const browser = await launch(chromiumPath)
  const reports = []
  try {
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', error => errors.push(String(error)))
    const searchUrl = server.origin + prefix + 'search/'
    for (const step of steps) {
      if (step.goto !== undefined) await page.goto(searchUrl + step.goto)
      else if (step.fill) await page.fill(step.fill[0], step.fill[1])
      else if (step.select) await page.selectOption(step.select[0], step.select[1])
      else if (step.type !== undefined) {
        await page.click('#search-input')
        await page.keyboard.type(step.type, { delay: 20 })
      } else if (step.reload) await page.reload()
      else if (step.back) await page.goBack()
      else if (step.forward) await page.goForward()
      // Done when the results on the page answer the state in the URL.
      await page.waitForFunction(() => document.getElementById('search-app').getAttribute('data-rendered-state') === location.search, null, { timeout: 15000 })
      await page.waitForFunction(() => {
        const total = Number((document.getElementById('search-status').textContent.match(/^[0-9,]+/) || ['0'])[0].replace(/,/g, ''))
        return document.querySelectorAll('#search-results > li').length >= Math.min(total, 20)
      }, null, { timeout: 15000 })
      reports.push(await page.evaluate(() => ({
        url: location.search,
        status: document.getElementById('search-status').textContent,
        titles: Array.from(document.querySelectorAll('#search-results h2 a')).map(a => a.textContent),
        metas: Array.from(document.querySelectorAll('#search-results .search-meta')).map(p => p.textContent),
        controls: {
          q: document.getElementById('search-input').value,
          tag: document.getElementById('search-tag').value,
          from: document.getElementById('search-from').value,
          to: document.getElementById('search-to').value,
          sort: document.getElementById('search-sort').value
        },
        topics: document.getElementById('search-tag').options.length
      })).then(report => Object.assign({ step, errors: errors.slice() }, report)))
    }
    await page.close()
  } finally {
    await browser.close()
    await server.close()
  }
  process.stdout.write(JSON.stringify(reports))
}

main().catch(error => { console.error(error); process.exit(1) })
