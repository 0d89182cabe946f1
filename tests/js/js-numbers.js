// For each number of a JSON array prints what JavaScript makes of it, for the .NET ports to match:
// {"log": Math.log(x), "round3": Math.round(x * 1000) / 1000, "json": JSON.stringify(x)}.
// Usage: node js-numbers.js <numbers.json>
'use strict'
const fs = require('fs')

const numbers = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const results = numbers.map((x) => ({ log: String(Math.log(x)), round3: String(Math.round(x * 1000) / 1000), json: JSON.stringify(x) }))
process.stdout.write(JSON.stringify(results))
