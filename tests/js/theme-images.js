#!/usr/bin/env node
// Renders the default theme's favicon.ico (32×32, from assets/icon.svg) and default social image (assets/social.png,
// 1200×630) with the headless Chromium the tests use. Run again after changing icon.svg:
//   node tests/js/theme-images.js theme/static
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');

const staticFolder = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'theme', 'static'));
const icon = fs.readFileSync(path.join(staticFolder, 'assets', 'icon.svg'), 'utf8');

// An .ico holding one PNG image (every current browser reads PNG-in-ICO).
function ico(png, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(1, 4);
  header.writeUInt8(size, 6); header.writeUInt8(size, 7); header.writeUInt8(0, 8); header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); header.writeUInt16LE(32, 12); header.writeUInt32LE(png.length, 14); header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

async function main() {
  const executablePath = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 32, height: 32 } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:32px;height:32px}</style>${icon}`);
    const png = await page.screenshot({ omitBackground: true });
    fs.writeFileSync(path.join(staticFolder, 'favicon.ico'), ico(png, 32));

    await page.setViewportSize({ width: 1200, height: 630 });
    await page.setContent(`<style>
      html,body{margin:0;width:1200px;height:630px;background:#0b5cad;color:#fff;font-family:system-ui,"DejaVu Sans",sans-serif}
      main{display:flex;align-items:center;gap:56px;padding:0 96px;height:100%}
      svg{width:220px;height:220px;flex:none} h1{font-size:76px;margin:0 0 16px;line-height:1.05} p{font-size:36px;margin:0;opacity:.9;line-height:1.3}
    </style><main>${icon}<div><h1>Paper Archive</h1><p>Trending research papers, day by day: abstracts, links, topics, search and feeds.</p></div></main>`);
    fs.writeFileSync(path.join(staticFolder, 'assets', 'social.png'), await page.screenshot());
  } finally {
    await browser.close();
  }
}

main().catch(error => { console.error(error.stack || String(error)); process.exit(1); });
