import {existsSync, mkdtempSync, realpathSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  createConnection,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Command,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {AnyRule} from '@jiaodui/lint-rule'
import {cliProject} from '@jiaodui/cli'
import {rules as presetRules} from '@jiaodui/preset'
import {startServer} from '../src/index.js'

/** A real LSP client talking to an in-process server over two `PassThrough` pairs. */
export interface TestClient {
  connection: ProtocolConnection
  initialize: InitializeResult
  /** The workspace folder (a fresh temporary folder). */
  root: string
  logs: LogMessageParams[]
  /** Close a document. */
  closeDocument(uri: string): Promise<void>
  /** Open a document (a name in the workspace, or a URI); resolves with its first diagnostics. */
  open(name: string, text: string, languageId?: string): Promise<PublishDiagnosticsParams>
  /** Replace a document's text (version + 1); resolves with the diagnostics of that version. */
  change(uri: string, text: string): Promise<PublishDiagnosticsParams>
  /** Tell the server the document was saved. */
  save(uri: string): Promise<void>
  /** The next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>
  /** Code actions at a range. */
  actions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]>
  /** Apply an action's edit to the document as an editor would; resolves with the new diagnostics. */
  apply(uri: string, action: CodeAction): Promise<PublishDiagnosticsParams>
  execute(command: Command): Promise<unknown>
  /** Write a file of the project (config, ignore file) and notify the server as an editor's file watcher would. */
  writeProjectFile(name: string, text: string): Promise<void>
  /** Text of an open document as the client holds it. */
  text(uri: string): string
  uriOf(name: string): string
  close(): Promise<void>
}

/** Start a server (preset rules and the CLI's project by default) and a client; initialize it. */
export async function startClient(
  options: {rules?: readonly AnyRule[]; root?: string; maxBytes?: number; debounceMs?: number} = {}
): Promise<TestClient> {
  const root = options.root ?? realpathSync(mkdtempSync(path.join(tmpdir(), 'jiaodui-lsp-')))
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  // Reader and writer objects, not streams: given raw streams, vscode-languageserver
  // ends the process when they close.
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient))
  const rules = options.rules ?? presetRules
  startServer(server, {rules, createProject: cliProject(rules), debounceMs: options.debounceMs ?? 10, maxBytes: options.maxBytes})
  server.listen()

  const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  const logs: LogMessageParams[] = []
  const published: PublishDiagnosticsParams[] = []
  const waiters: Array<{uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}> = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    const index = waiters.findIndex((waiter) => waiter.uri === params.uri && waiter.accept(params))
    if (index >= 0) waiters.splice(index, 1)[0]!.resolve(params)
  })
  connection.onNotification(LogMessageNotification.type, (params) => void logs.push(params))
  connection.onNotification(ShowMessageNotification.type, (params) => void logs.push(params))
  connection.onRequest(RegistrationRequest.type, () => {})
  connection.listen()

  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{uri: pathToFileURL(root).href, name: 'test'}],
    capabilities: {
      workspace: {
        workspaceEdit: {documentChanges: true},
        didChangeWatchedFiles: {dynamicRegistration: true},
        didChangeConfiguration: {dynamicRegistration: true},
        workspaceFolders: true
      }
    }
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const documents = new Map<string, TextDocument>()
  const diagnostics = (uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true) =>
    new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({uri, accept, resolve}))
  // A name with a scheme (`untitled:…`) is a URI already.
  const uriOf = (name: string) => (/^[a-z]+:/.test(name) ? name : pathToFileURL(path.join(root, name)).href)
  const change = async (uri: string, text: string) => {
    const document = documents.get(uri)!
    const version = document.version + 1
    const next = diagnostics(uri, (params) => params.version === version)
    documents.set(uri, TextDocument.update(document, [{text}], version))
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
    return next
  }

  return {
    connection,
    initialize,
    root,
    logs,
    diagnostics,
    uriOf,
    change,
    async open(name, text, languageId = 'plaintext') {
      const uri = uriOf(name)
      const first = diagnostics(uri)
      documents.set(uri, TextDocument.create(uri, languageId, 1, text))
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
      return first
    },
    actions(uri, range, only) {
      return connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri},
        range,
        context: {diagnostics: [], ...(only ? {only} : {})}
      }) as Promise<CodeAction[]>
    },
    async apply(uri, action) {
      const document = documents.get(uri)!
      const edit = action.edit?.documentChanges?.[0]
      if (!edit || !('textDocument' in edit) || edit.textDocument.uri !== uri) throw new Error('expected one versioned document change')
      if (edit.textDocument.version !== document.version) throw new Error('the edit is for another version')
      return change(uri, TextDocument.applyEdits(document, edit.edits as TextEdit[]))
    },
    execute(command) {
      return connection.sendRequest(ExecuteCommandRequest.type, {command: command.command, arguments: command.arguments ?? []})
    },
    async closeDocument(uri) {
      documents.delete(uri)
      await connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
    },
    save: (uri) => connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}}),
    async writeProjectFile(name, text) {
      const file = path.join(root, name)
      const type = existsSync(file) ? FileChangeType.Changed : FileChangeType.Created
      writeFileSync(file, text)
      await connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(file).href, type}]})
    },
    text: (uri) => documents.get(uri)!.getText(),
    async close() {
      await connection.sendRequest(ShutdownRequest.type)
      connection.dispose()
      server.dispose()
    }
  }
}
