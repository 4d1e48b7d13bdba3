import path from 'node:path'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type ExecuteCommandParams,
  type InitializeParams,
  type InitializeResult
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {AnyRule, RuleFamily} from '@jiaodui/lint-rule'
import {acceptWordCommand, codeActionsFor, fixAllKind, type AcceptWordArguments} from './actions.js'
import {acceptWord} from './allow-list.js'
import {Checker} from './checker.js'
import {pathOf, toDiagnostic} from './diagnostics.js'
import {projectFileNames, type ArchiveCheck, type ProjectFactory} from './project.js'

/** Longest wait after a change, however slow the document's last check was. */
const maxDelayMs = 2000

/** How the server is set up (by `jiaodui lsp`, or a test). */
export interface ServerOptions {
  /** The rules to run (the CLI passes the preset). */
  rules: readonly AnyRule[]
  /** Config discovery and ignore files (the CLI passes its own, shared with `jiaodui check`). */
  createProject: ProjectFactory
  /** Largest document checked, in UTF-8 bytes (default 16 MB, as `jiaodui check`). */
  maxBytes?: number | undefined
  /** Quiet time after a change before the document is checked, in ms (default 50). */
  debounceMs?: number | undefined
  /** The claim index hook (`--index`); absent until the claim index exists. */
  archive?: ArchiveCheck | undefined
  /** Version shown in `serverInfo`. */
  version?: string | undefined
}

/** Diagnostics to publish, per document URI. */
type Published = Map<string, Diagnostic[]>

/**
 * Serve jiaodui over an LSP connection: diagnostics on open, change
 * (debounced) and save; code actions; config reloads. Call
 * `connection.listen()` afterwards.
 */
export function startServer(connection: Connection, options: ServerOptions): void {
  new Server(connection, options)
}

class Server {
  private readonly documents = new TextDocuments(TextDocument)
  private readonly families: ReadonlyMap<string, RuleFamily>
  private readonly timers = new Map<string, NodeJS.Timeout>()
  /** Opening fires a content change too; the open handler checks at once. */
  private readonly justOpened = new Set<string>()
  /** How long the last check of each document took: a slow document waits that long after a change, so typing is not queued behind checks. */
  private readonly durations = new Map<string, number>()
  /** What was last sent per document, so unchanged diagnostics of the other open documents are not sent again. */
  private readonly lastSent = new Map<string, string>()
  private checker: Checker | undefined
  private client = {documentChanges: false, watchRegistration: false, configurationRegistration: false, workspaceFolders: false}
  /** Workspace folders (absolute paths): where ignore files are read from. */
  private roots: string[] = []
  /** Checks run one at a time: they share the files of the corpus phase. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions
  ) {
    this.families = new Map(options.rules.map((rule) => [rule.meta.ruleId, rule.meta.family]))
    connection.onInitialize((params) => this.initialize(params))
    connection.onInitialized(() => this.initialized())
    connection.onDidChangeWatchedFiles((params) => this.projectFilesChanged(params))
    connection.onDidChangeConfiguration(() => void this.recheckAll('the configuration changed'))
    connection.onCodeAction((params) => this.codeActions(params))
    connection.onExecuteCommand((params) => this.executeCommand(params))
    connection.onShutdown(() => {
      for (const timer of this.timers.values()) clearTimeout(timer)
      this.timers.clear()
    })
    this.listenToDocuments()
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    this.roots = folders.map(pathOf).filter((root): root is string => root !== undefined)
    const {rules, createProject, maxBytes, archive} = this.options
    this.checker = new Checker({rules, createProject, maxBytes: maxBytes ?? 16e6, archive, log: (level, text) => this.log(level, text)}, this.roots)
    const workspace = params.capabilities.workspace
    this.client = {
      documentChanges: workspace?.workspaceEdit?.documentChanges === true,
      watchRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workspaceFolders: workspace?.workspaceFolders === true
    }
    return {
      capabilities: {
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        executeCommandProvider: {commands: [acceptWordCommand]}
      },
      serverInfo: {name: 'jiaodui', ...(this.options.version ? {version: this.options.version} : {})}
    }
  }

  private initialized(): void {
    // Queued first: the editor's first documents wait for it instead of paying for it again.
    void this.enqueue(async () => {
      await this.checker?.warmUp()
      return new Map()
    })
    const {client} = this.connection
    if (this.client.watchRegistration) {
      const watchers = projectFileNames.map((name) => ({globPattern: `**/${name}`}))
      client.register(DidChangeWatchedFilesNotification.type, {watchers}).catch(ignoreRefusal)
    }
    if (this.client.configurationRegistration) {
      client.register(DidChangeConfigurationNotification.type, {section: 'jiaodui'}).catch(ignoreRefusal)
    }
    if (this.client.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({added, removed}) => {
        const gone = new Set(removed.map((folder) => pathOf(folder.uri)))
        const extra = added.map((folder) => pathOf(folder.uri)).filter((root): root is string => root !== undefined)
        this.roots = [...this.roots.filter((root) => !gone.has(root)), ...extra]
        void this.recheckAll('the workspace folders changed')
      })
    }
  }

  private listenToDocuments(): void {
    const {documents} = this
    documents.onDidOpen((event) => {
      this.justOpened.add(event.document.uri)
      void this.checkNow(event.document.uri)
    })
    documents.onDidSave((event) => void this.checkNow(event.document.uri))
    documents.onDidChangeContent((event) => {
      const uri = event.document.uri
      if (this.justOpened.delete(uri)) return
      clearTimeout(this.timers.get(uri))
      const delay = Math.max(this.options.debounceMs ?? 50, Math.min(this.durations.get(uri) ?? 0, maxDelayMs))
      // Unreferenced: a pending check never keeps the process alive on its own.
      this.timers.set(uri, setTimeout(() => void this.checkNow(uri), delay).unref())
    })
    documents.onDidClose((event) => {
      const uri = event.document.uri
      clearTimeout(this.timers.get(uri))
      this.timers.delete(uri)
      this.justOpened.delete(uri)
      this.durations.delete(uri)
      void this.enqueue(async () => {
        const published: Published = (await this.checker?.close(uri)) ?? new Map()
        return published.set(uri, [])
      })
    })
    documents.listen(this.connection)
  }

  private checkNow(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    return this.enqueue(async () => {
      const document = this.documents.get(uri)
      const last = this.checker?.get(uri)?.document
      // Closed, or this version was checked already (a save after the debounced check).
      if (!document || !this.checker || (last?.version === document.version && last.getText() === document.getText())) return new Map()
      const started = performance.now()
      const published = await this.checker.check(document)
      this.durations.set(uri, performance.now() - started)
      return published
    })
  }

  private recheckAll(why: string): Promise<void> {
    this.log('info', `jiaodui: ${why}; checking the open documents again.`)
    return this.enqueue(async () => {
      if (!this.checker) return new Map()
      this.checker.reload(this.roots)
      return this.checker.checkAll(this.documents.all())
    })
  }

  /** Queue a job that publishes diagnostics; a failure is logged, never thrown at the connection. */
  private enqueue(job: () => Promise<Published>): Promise<void> {
    const run = this.queue.then(job).then(
      (published) => this.publish(published),
      (error: unknown) => this.log('error', `jiaodui: internal error: ${describe(error)}`)
    )
    this.queue = run
    return run
  }

  private async publish(published: Published): Promise<void> {
    for (const [uri, diagnostics] of published) {
      const live = this.documents.get(uri)
      // A document closed meanwhile gets its diagnostics cleared, not stale ones.
      const params = live
        ? {uri, diagnostics, version: this.checker?.get(uri)?.document.version ?? live.version}
        : {uri, diagnostics: []}
      const sent = JSON.stringify(params)
      if (this.lastSent.get(uri) === sent) continue
      if (live) this.lastSent.set(uri, sent)
      else this.lastSent.delete(uri)
      await this.connection.sendDiagnostics(params)
    }
  }

  private projectFilesChanged(params: DidChangeWatchedFilesParams): void {
    const names = new Set<string>(projectFileNames)
    const changed = params.changes
      .map((change) => pathOf(change.uri))
      .filter((file): file is string => file !== undefined && names.has(path.basename(file)))
    if (changed.length > 0) void this.recheckAll(`${changed.map((file) => path.basename(file)).join(', ')} changed`)
  }

  private codeActions(params: CodeActionParams): CodeAction[] {
    const entry = this.checker?.get(params.textDocument.uri)
    const live = this.documents.get(params.textDocument.uri)
    // Results of an older version would edit the wrong text: offer nothing until the check catches up.
    if (!entry || !live || entry.document.version !== live.version) return []
    return codeActionsFor(entry, {
      range: params.range,
      only: params.context.only,
      documentChanges: this.client.documentChanges,
      families: this.families,
      diagnosticOf: (message) => toDiagnostic(message, entry.document, () => undefined)
    })
  }

  private async executeCommand(params: ExecuteCommandParams): Promise<null> {
    const args = params.arguments?.[0] as AcceptWordArguments | undefined
    const {checker} = this
    if (params.command !== acceptWordCommand || typeof args?.word !== 'string' || typeof args.uri !== 'string' || !checker) return null
    const file = pathOf(args.uri)
    const root = checker.rootOf(file)
    try {
      const result = acceptWord(checker.currentProject, file ?? path.join(root, 'untitled'), root, args.word)
      this.log('info', `jiaodui: \`${args.word}\` ${result.outcome === 'present' ? 'is already in' : 'added to'} settings.allow in ${result.file}.`)
    } catch (error) {
      const text = `jiaodui: could not accept \`${args.word}\`: ${error instanceof Error ? error.message : String(error)}`
      this.log('error', text)
      void this.connection.window.showErrorMessage(text)
      return null
    }
    await this.recheckAll('the allow-list changed')
    return null
  }

  private log(level: 'error' | 'warning' | 'info', text: string): void {
    const type = level === 'error' ? MessageType.Error : level === 'warning' ? MessageType.Warning : MessageType.Info
    void this.connection.sendNotification('window/logMessage', {type, message: text})
  }
}

/** A client may refuse a registration (or go away meanwhile): the server works without it. */
function ignoreRefusal(): void {}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}
