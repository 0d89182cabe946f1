// Launches the system's Chromium headless with playwright-core (never a downloaded browser).
'use strict'
const { chromium } = require('playwright-core')

function launch (executablePath) {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

module.exports = { launch }
