import {createServer} from 'node:http'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {buildPage, defaultOutdir} from './bundle.js'

const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.bin': 'application/octet-stream'}

/**
 * Serve the built page from `outdir` on 127.0.0.1 (never on other
 * interfaces: the page is for the editor at this machine). Resolves with the
 * server and its address once it listens.
 */
export async function servePage({outdir = defaultOutdir, port = 0} = {}) {
  const server = createServer(async (request, response) => {
    const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/+/, '') || 'index.html'
    const file = path.join(outdir, path.normalize(name))
    if (!file.startsWith(outdir + path.sep) || !(path.extname(file) in types)) {
      response.writeHead(404).end('not found')
      return
    }
    try {
      const body = await readFile(file)
      response.writeHead(200, {'content-type': types[path.extname(file)], 'cache-control': 'no-store', 'x-content-type-options': 'nosniff'})
      response.end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  return {server, url: `http://127.0.0.1:${address.port}/`}
}

// `pnpm web`: build, then serve until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  await buildPage()
  const port = Number(process.env.PORT ?? 5178)
  const {url} = await servePage({port})
  console.log(`jiaodui web page: ${url} (Ctrl-C to stop)`)
}
