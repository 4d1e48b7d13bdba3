// Latency of `jiaodui lsp` as an editor sees it, over stdio with a real LSP
// client: spawn → `initialize` answered, open → first diagnostics, and change →
// diagnostics of that version for a 10 KB article (built at run time from
// ../shared/corpus/seeds; nothing of it is committed). Target: ≤ 200 ms after
// a change. Run: pnpm build && node bench/lsp/run.js [--starts N] [--edits N]
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver/node'
import {repo, smallTexts} from '../lib/corpus.js'

const option = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const starts = option('--starts', 5)
const edits = option('--edits', 40)
const jiaodui = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')
const [article, another] = smallTexts(2, 10 * 1024)

/** Milliseconds since `start` (a hrtime bigint). */
const since = (start) => Number(process.hrtime.bigint() - start) / 1e6

/**
 * CPU time (user + system) a process has used, in ms, from /proc (Linux; 10 ms
 * ticks): the work per change whatever else the machine is doing.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return NaN
  }
}

/** One server process with a client: the timings of one start, one open and `edits` changes. */
async function session(debounce, folder) {
  const start = process.hrtime.bigint()
  const child = spawn(process.execPath, [jiaodui, 'lsp', '--stdio', '--debounce', String(debounce)], {stdio: ['pipe', 'pipe', 'inherit']})
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(params.version)
    waiting.delete(params.version)
    resolve?.(params)
  })
  client.onRequest('client/registerCapability', () => null)
  client.listen()
  const root = pathToFileURL(folder).href
  await client.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: root, workspaceFolders: [{uri: root, name: 'bench'}], capabilities: {}})
  const initialize = since(start)
  const initializeCpu = cpuMs(child.pid)
  await client.sendNotification(InitializedNotification.type, {})

  const uri = `${root}/article.txt`
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let opened = process.hrtime.bigint()
  let next = published(1)
  await client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: article}})
  const first = await next
  const open = since(opened)

  // Typing in the middle of the article: insert a character, then delete it.
  const line = Math.floor(article.split('\n').length / 2)
  const changes = []
  const cpuBefore = cpuMs(child.pid)
  for (let version = 2; version < edits + 2; version++) {
    const insert = version % 2 === 0
    const range = {start: {line, character: 1}, end: {line, character: insert ? 1 : 2}}
    next = published(version)
    opened = process.hrtime.bigint()
    await client.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{range, text: insert ? '的' : ''}]})
    await next
    changes.push(since(opened))
    // An editor's keystrokes are apart; back-to-back changes would only measure the queue.
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const cpuPerChange = (cpuMs(child.pid) - cpuBefore) / edits
  // A second article once the server is warm, as when the editor opens another file.
  const secondUri = `${root}/another.txt`
  const secondDone = new Promise((resolve) => {
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === secondUri) resolve(params)
      else waiting.get(params.version)?.(params)
    })
  })
  opened = process.hrtime.bigint()
  await client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: secondUri, languageId: 'plaintext', version: 1, text: another}})
  await secondDone
  const openWarm = since(opened)
  await client.sendRequest(ShutdownRequest.type)
  await client.sendNotification(ExitNotification.type)
  client.dispose()
  await new Promise((resolve) => child.once('exit', resolve))
  return {initialize, initializeCpu, open, openWarm, findings: first.diagnostics.length, changes, cpuPerChange}
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n=${sorted.length})`
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'jiaodui-bench-lsp-'))
try {
  const nodeStart = process.hrtime.bigint()
  await new Promise((resolve) => spawn(process.execPath, ['-e', '']).once('exit', resolve))
  console.log(`article: ${Buffer.byteLength(article)} bytes UTF-8, ${article.length} UTF-16 units; node ${process.version}; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  console.log(`bare node start (spawn → exit): ${since(nodeStart).toFixed(1)} ms`)
  for (const debounce of [50, 0]) {
    const runs = []
    for (let index = 0; index < starts; index++) runs.push(await session(debounce, folder))
    console.log(`\n--debounce ${debounce}: ${starts} server starts, ${edits} changes each; ${runs[0].findings} findings on the article`)
    console.log(`  spawn → initialize answered: ${stats(runs.map((run) => run.initialize))}`)
    console.log(`  server CPU until initialize: ${stats(runs.map((run) => run.initializeCpu))}`)
    console.log(`  open → first diagnostics:    ${stats(runs.map((run) => run.open))}`)
    console.log(`  change → diagnostics:        ${stats(runs.flatMap((run) => run.changes))}`)
    console.log(`  open another (warm server):  ${stats(runs.map((run) => run.openWarm))}`)
    console.log(`  server CPU per change:       ${stats(runs.map((run) => run.cpuPerChange))}`)
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}
