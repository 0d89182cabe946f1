// A static file server for built sites, bound to 127.0.0.1 on a free port. Serves <site> under <prefix>
// (e.g. /paper-archive/), gzips like a real host (each file compressed once, as hosts cache or pre-compress), and
// logs what each request sent (raw and gzipped bytes).
'use strict'
const fs = require('fs')
const http = require('http')
const path = require('path')
const zlib = require('zlib')

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.md': 'text/markdown; charset=utf-8', '.xml': 'application/xml' }

function start (site, prefix) {
  const log = []
  const compressed = new Map() // file → { mtimeMs, body, gzipped }
  const root = path.resolve(site)
  const compress = file => {
    const mtimeMs = fs.statSync(file).mtimeMs
    let cached = compressed.get(file)
    if (!cached || cached.mtimeMs !== mtimeMs) {
      const body = fs.readFileSync(file)
      cached = { mtimeMs, body, gzipped: zlib.gzipSync(body) }
      compressed.set(file, cached)
    }
    return cached
  }
  // Compresses every file under these site folders ahead of requests, as a host that pre-compresses would.
  const warm = folders => {
    for (const folder of folders) {
      for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) compress(path.join(entry.parentPath || entry.path, entry.name))
      }
    }
  }
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1')
    let relative = decodeURIComponent(url.pathname)
    if (!relative.startsWith(prefix)) return notFound(response)
    relative = relative.slice(prefix.length)
    if (relative === '' || relative.endsWith('/')) relative += 'index.html'
    const file = path.resolve(root, relative)
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return notFound(response)
    const { body, gzipped } = compress(file)
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
    warm,
    close: () => new Promise(done => server.close(done))
  })))
}

function notFound (response) {
  response.writeHead(404, { 'content-type': 'text/plain' })
  response.end('not found')
}

module.exports = { start }
