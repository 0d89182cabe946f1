// FNV-1a 32 (search-core.js) of each string. Usage: node fnv.js <strings.json> → [hash…]
'use strict'
const fs = require('fs')
const core = require('../../theme/static/assets/search-core.js')
const strings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
process.stdout.write(JSON.stringify(strings.map(core.fnv1a32)))
