// A static file server for built sites, bound to 127.0.0.1 on a free port. Serves <site> under <prefix>
// (e.g. /paper-archive/), gzips text like a real host, and logs what each request sent (raw and gzipped bytes).
'use strict'
const fs = require('fs')
const http = require('http')
const path = require('path')
const zlib = require('zlib')

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.md': 'text/markdown; charset=utf-8', '.xml': 'application/xml' }

function start (site, prefix) {
  const log = []
  const root = path.resolve(site)
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1')
    let relative = decodeURIComponent(url.pathname)
    if (!relative.startsWith(prefix)) return notFound(response)
    relative = relative.slice(prefix.length)
    if (relative === '' || relative.endsWith('/')) relative += 'index.html'
    const file = path.resolve(root, relative)
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return notFound(response)
    const body = fs.readFileSync(file)
    const gzipped = zlib.gzipSync(body)
    log.push({ path: url.pathname, bytes: body.length, gzipBytes: gzipped.length })
    const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] || '')
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
      ...(acceptsGzip ? { 'content-encoding': 'gzip' } : {})
    })
    response.end(acceptsGzip ? gzipped : body)
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({
    origin: 'http://127.0.0.1:' + server.address().port,
    log,
    close: () => new Promise(done => server.close(done))
  })))
}

function notFound (response) {
  response.writeHead(404, { 'content-type': 'text/plain' })
  response.end('not found')
}

module.exports = { start }
