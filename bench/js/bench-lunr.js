// Times lunr.js building an index and JSON.stringify-ing it (file reading and process start excluded).
// Usage: node bench-lunr.js <corpus.json> <runs> <index-out.json>
// corpus.json: {"fields":[{"name","boost"}],"documents":[{"ref","values":[…]}]} (same shape as tests/js/build-index.js)
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require(path.join(__dirname, '..', '..', 'tests', 'js', 'node_modules', 'lunr'))

const [corpusPath, runsText, outPath] = process.argv.slice(2)
const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'))
const timings = []
let json = ''
for (let run = 0; run < Number(runsText); run++) {
  const start = process.hrtime.bigint()
  const idx = lunr(function () {
    this.ref('ref')
    corpus.fields.forEach((field, position) => {
      this.field(field.name, { boost: field.boost, extractor: (doc) => doc.values[position] })
    })
    corpus.documents.forEach((doc) => this.add(doc))
  })
  json = JSON.stringify(idx)
  timings.push(Number(process.hrtime.bigint() - start) / 1e6)
}
fs.writeFileSync(outPath, json, 'utf8')
timings.sort((a, b) => a - b)
process.stdout.write(JSON.stringify({ medianMs: timings[Math.floor(timings.length / 2)], timingsMs: timings }))
