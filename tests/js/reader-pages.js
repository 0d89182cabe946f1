#!/usr/bin/env node
// Measures the reader's pages in headless Chromium (Debian's, driven by playwright-core) and, when asked, takes
// screenshots of them for docs/.
// Usage: node reader-pages.js <site folder> <base path> <day path> <screenshot folder or -> [<kind>=<site path> …]
// Prints JSON: how many papers of <day path> are visible in the first 1280×800 viewport, the header's height at
// 1280 px, whether any page scrolls sideways at phone width (390 px), and what the paper page's Copy button copied.
'use strict'
const fs = require('fs')
const path = require('path')
const { execFileSync } = require('child_process')
const { launch } = require('./browser')
const { start } = require('./static-server')

const [site, basePath, dayPath, shots, ...kinds] = process.argv.slice(2)
if (!site || !basePath || !dayPath || !shots) {
  console.error('usage: reader-pages.js <site> <base path> <day path> <screenshot folder or -> [kind=path …]')
  process.exit(2)
}

async function main () {
  const server = await start(site, basePath)
  const browser = await launch(execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim())
  const result = { visiblePapers: 0, headerHeight: 0, phoneOverflow: [] }
  try {
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await desktop.goto(server.origin + basePath + dayPath, { waitUntil: 'load' })
    // A paper counts as visible when its title and its first line of metadata are inside the viewport.
    result.visiblePapers = await desktop.evaluate(() => [...document.querySelectorAll('.paper-row')].filter(row => {
      const title = row.querySelector('.row-title').getBoundingClientRect()
      const meta = row.querySelector('.row-meta')
      const bottom = meta ? Math.min(meta.getBoundingClientRect().bottom, title.bottom + 24) : title.bottom
      return title.top >= 0 && bottom <= window.innerHeight
    }).length)
    result.headerHeight = await desktop.evaluate(() => Math.round(document.querySelector('.site-header').getBoundingClientRect().height))
    // One row: the centres of the brand, the links and the search box are within a line's height of each other.
    result.headerSpread = await desktop.evaluate(() => {
      const centres = [...document.querySelectorAll('.site-header a, .site-header input')].filter(e => e.offsetParent).map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2 })
      return Math.round(Math.max(...centres) - Math.min(...centres))
    })

    const pages = kinds.map(k => { const at = k.indexOf('='); return { kind: k.slice(0, at), path: k.slice(at + 1) } })

    // The paper page's Copy button puts the BibTeX entry, whole, on the clipboard.
    const paper = pages.find(p => p.kind === 'paper')
    if (paper) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
      const page = await context.newPage()
      await page.goto(server.origin + basePath + paper.path, { waitUntil: 'load' })
      await page.click('.copy-button')
      await page.waitForFunction(() => document.querySelector('.copy-button').textContent !== 'Copy', null, { timeout: 5000 })
      result.copyButton = await page.evaluate(() => document.querySelector('.copy-button').textContent)
      result.copied = await page.evaluate(() => navigator.clipboard.readText())
      result.bibtex = await page.evaluate(() => document.querySelector('pre > code.language-bibtex').textContent)
      await context.close()
    }
    for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 })
        const page = await context.newPage()
        for (const { kind, path: sitePath } of pages) {
          const response = await page.goto(server.origin + basePath + sitePath, { waitUntil: 'load' })
          if (!response || !response.ok()) throw new Error(`${sitePath}: HTTP ${response && response.status()}`)
          // The search page answers after its index chunks arrive: wait for its answer before measuring or taking a picture.
          await page.waitForFunction(() => !document.getElementById('search-app') || document.querySelector('#search-results li') ||
            /match|No paper/i.test(document.getElementById('search-status').textContent), null, { timeout: 15000 })
          if (name === 'phone' && await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)) result.phoneOverflow.push(`${kind} (${scheme})`)
          if (shots !== '-' && scheme === 'light') {
            fs.mkdirSync(shots, { recursive: true })
            await page.screenshot({ path: path.join(shots, `${kind}-${name}.png`) })
          }
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  process.stdout.write(JSON.stringify(result) + '\n')
}

main().catch(error => { console.error(error.stack || String(error)); process.exit(1) })
