import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, realpathSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {expect, test} from 'vitest'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams
} from 'vscode-languageserver/node'
import {run} from '@jiaodui/cli'

// The built CLI (`pnpm test` builds first), as an editor starts it.
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cli', 'bin', 'jiaodui.js')

test('`jiaodui lsp --stdio` serves over standard input and output and exits 0 after shutdown and exit', async () => {
  const built = path.resolve(path.dirname(bin), '..', 'dist', 'index.js')
  if (!existsSync(built)) throw new Error(`${built} is missing: build first (pnpm test runs tsc -b before vitest)`)
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'jiaodui-lsp-stdio-')))
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => client.onNotification(PublishDiagnosticsNotification.type, resolve))
  client.listen()
  const rootUri = pathToFileURL(root).href
  const result = await client.sendRequest(InitializeRequest.type, {processId: null, rootUri, workspaceFolders: null, capabilities: {}})
  expect(result.serverInfo?.name).toBe('jiaodui')
  await client.sendNotification(InitializedNotification.type, {})
  const uri = `${rootUri}/a.txt`
  await client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: '今天天气很好,我们去散步。\n'}})
  const published = await diagnostics
  expect(published.uri).toBe(uri)
  expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character])).toEqual([['consistent-punctuation-width', 6]])
  await client.sendRequest(ShutdownRequest.type)
  await client.sendNotification(ExitNotification.type)
  expect(await exited).toBe(0)
  expect(stderr).toBe('')
  client.dispose()
})

test('`jiaodui lsp --help` describes the command', async () => {
  let stdout = ''
  const code = await run(['lsp', '--help'], {stdout: (text) => void (stdout += text)})
  expect(code).toBe(0)
  expect(stdout).toContain('Usage: jiaodui lsp [options]')
  expect(stdout).toContain('--stdio')
  expect(stdout).toContain('--max-file-size <MB>')
})
