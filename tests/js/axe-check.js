#!/usr/bin/env node
// Runs axe-core on pages of a built site in headless Chromium (Debian's, driven by playwright-core; no browser
// download) and prints the violations as JSON on stdout.
// Usage: node axe-check.js <site folder> <base path> <comma-separated site paths> [light,dark] [1280x800,390x844]
// The site is served by a tiny static server on 127.0.0.1 under the base path, as a static host would.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');

const [site, basePath, pageList, schemeList = 'light,dark', viewportList = '1280x720'] = process.argv.slice(2);
if (!site || !basePath || !pageList) {
  console.error('usage: axe-check.js <site folder> <base path> <pages> [schemes]');
  process.exit(2);
}

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml' };

function serve(root, base) {
  return http.createServer((req, res) => {
    let url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (!url.startsWith(base)) { res.writeHead(404); return res.end(); }
    let file = path.join(root, url.slice(base.length));
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403); return res.end(); }
    if (url.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) { res.writeHead(404); return res.end(); }
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    });
  });
}

function chromiumPath() {
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
}

async function main() {
  const server = serve(path.resolve(site), basePath);
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const results = [];
  try {
    for (const [width, height] of viewportList.split(',').map(v => v.split('x').map(Number)))
    for (const scheme of schemeList.split(',')) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height } });
      const page = await context.newPage();
      for (const sitePath of pageList.split(',')) {
        const response = await page.goto(origin + basePath + sitePath, { waitUntil: 'load' });
        if (!response || !response.ok()) throw new Error(`${sitePath}: HTTP ${response && response.status()}`);
        // The search page with a query or filter in its URL: checked once its results are on the page.
        await page.waitForFunction(() => {
          const app = document.getElementById('search-app');
          return !app || !location.search || app.getAttribute('data-rendered-state') === location.search;
        }, null, { timeout: 15000 });
        await page.addScriptTag({ content: axeSource });
        const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
        results.push({
          page: sitePath,
          scheme,
          width,
          violations: found.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5), summary: v.nodes[0] && v.nodes[0].failureSummary })),
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(JSON.stringify(results, null, 1) + '\n');
}

main().catch(error => { console.error(error.stack || String(error)); process.exit(1); });
