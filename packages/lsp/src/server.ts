import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {AnyRule, RuleFamily} from '@jiaodui/lint-rule'
import {acceptWordCommand, codeActionsFor, fixAllKind, type AcceptWordArguments} from './actions.js'
import {acceptWord} from './allow-list.js'
import {Checker} from './checker.js'
import {toDiagnostic} from './diagnostics.js'
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

/**
 * Serve jiaodui over an LSP connection: diagnostics on open, change
 * (debounced) and save; code actions; config reloads. Call
 * `connection.listen()` afterwards.
 */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument)
  const debounceMs = options.debounceMs ?? 50
  const families = new Map<string, RuleFamily>(options.rules.map((rule) => [rule.meta.ruleId, rule.meta.family]))
  const timers = new Map<string, NodeJS.Timeout>()
  const justOpened = new Set<string>()
  /** How long the last check of each document took: a slow document waits that long after a change, so typing is not queued behind checks. */
  const durations = new Map<string, number>()
  let checker: Checker | undefined
  let documentChanges = false
  let watchRegistration = false
  let configurationRegistration = false
  // Checks run one at a time: they share the files of the corpus phase.
  let queue: Promise<unknown> = Promise.resolve()

  const log = (level: 'error' | 'warning' | 'info', text: string) => {
    const type = level === 'error' ? MessageType.Error : level === 'warning' ? MessageType.Warning : MessageType.Info
    void connection.sendNotification('window/logMessage', {type, message: text})
  }

  /** What was last sent per document, so unchanged diagnostics of the other open documents are not sent again. */
  const lastSent = new Map<string, string>()
  const publish = async (published: Map<string, Diagnostic[]>) => {
    for (const [uri, diagnostics] of published) {
      const live = documents.get(uri)
      // A document closed meanwhile gets its diagnostics cleared, not stale ones.
      const params = live
        ? {uri, diagnostics, version: checker?.get(uri)?.document.version ?? live.version}
        : {uri, diagnostics: []}
      const sent = JSON.stringify(params)
      if (lastSent.get(uri) === sent) continue
      if (live) lastSent.set(uri, sent)
      else lastSent.delete(uri)
      await connection.sendDiagnostics(params)
    }
  }

  /** Queue a job that publishes diagnostics; a failure is logged, never thrown at the connection. */
  const enqueue = (job: () => Promise<Map<string, Diagnostic[]>>): Promise<void> => {
    const run = queue.then(job).then(publish, (error: unknown) => {
      log('error', `jiaodui: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    })
    queue = run
    return run
  }

  const checkNow = (uri: string): Promise<void> => {
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    return enqueue(async () => {
      const document = documents.get(uri)
      // Closed, or the check of a newer version is already due.
      if (!document || !checker) return new Map()
      if (checker.get(uri)?.document.version === document.version && checker.get(uri)?.document.getText() === document.getText()) return new Map()
      const started = performance.now()
      const published = await checker.check(document)
      durations.set(uri, performance.now() - started)
      return published
    })
  }

  const recheckAll = (why: string): Promise<void> => {
    log('info', `jiaodui: ${why}; checking the open documents again.`)
    return enqueue(async () => {
      if (!checker) return new Map()
      checker.reload()
      return checker.checkAll(documents.all())
    })
  }

  connection.onInitialize((params): InitializeResult => {
    const roots = (params.workspaceFolders ?? []).map((folder) => pathOf(folder.uri)).filter((root) => root !== undefined)
    if (roots.length === 0 && params.rootUri) roots.push(...[pathOf(params.rootUri)].filter((root) => root !== undefined))
    checker = new Checker({rules: options.rules, createProject: options.createProject, maxBytes: options.maxBytes ?? 16e6, archive: options.archive, log}, roots)
    const capabilities = params.capabilities
    documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true
    watchRegistration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    configurationRegistration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        executeCommandProvider: {commands: [acceptWordCommand]}
      },
      serverInfo: {name: 'jiaodui', ...(options.version ? {version: options.version} : {})}
    }
  })

  connection.onInitialized(() => {
    // Queued first: the editor's first documents wait for it instead of paying for it again.
    void enqueue(async () => {
      await checker?.warmUp()
      return new Map()
    })
    if (watchRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: projectFileNames.map((name) => ({globPattern: `**/${name}`}))
      }).catch(ignoreRefusal)
    }
    if (configurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, {section: 'jiaodui'}).catch(ignoreRefusal)
    }
  })

  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri)
    void checkNow(event.document.uri)
  })
  documents.onDidSave((event) => void checkNow(event.document.uri))
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri
    // Opening fires a content change too; the open handler checks at once.
    if (justOpened.delete(uri)) return
    clearTimeout(timers.get(uri))
    // Unreferenced: a pending check never keeps the process alive on its own.
    const delay = Math.max(debounceMs, Math.min(durations.get(uri) ?? 0, maxDelayMs))
    timers.set(uri, setTimeout(() => void checkNow(uri), delay).unref())
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    justOpened.delete(uri)
    durations.delete(uri)
    void enqueue(async () => {
      const published = (await checker?.close(uri)) ?? new Map<string, Diagnostic[]>()
      published.set(uri, [])
      return published
    })
  })

  connection.onDidChangeWatchedFiles((params) => {
    const names = new Set<string>(projectFileNames)
    const changed = params.changes.map((change) => pathOf(change.uri)).filter((file): file is string => file !== undefined && names.has(path.basename(file)))
    if (changed.length > 0) void recheckAll(`${changed.map((file) => path.basename(file)).join(', ')} changed`)
  })
  connection.onDidChangeConfiguration(() => void recheckAll('the configuration changed'))

  connection.onCodeAction((params) => {
    const entry = checker?.get(params.textDocument.uri)
    const live = documents.get(params.textDocument.uri)
    // Results of an older version would edit the wrong text: offer nothing until the check catches up.
    if (!entry || !live || entry.document.version !== live.version) return []
    return codeActionsFor(entry, {
      range: params.range,
      only: params.context.only,
      documentChanges,
      families,
      diagnosticOf: (message) => toDiagnostic(message, entry.document, () => undefined)
    })
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command !== acceptWordCommand) return null
    const args = params.arguments?.[0] as AcceptWordArguments | undefined
    if (!args || typeof args.word !== 'string' || typeof args.uri !== 'string' || !checker) return null
    const file = pathOf(args.uri)
    const root = checker.rootOf(file)
    try {
      const result = acceptWord(checker.currentProject, file ?? path.join(root, 'untitled'), root, args.word)
      log('info', `jiaodui: \`${args.word}\` ${result.outcome === 'present' ? 'is already in' : 'added to'} settings.allow in ${result.file}.`)
    } catch (error) {
      const text = `jiaodui: could not accept \`${args.word}\`: ${error instanceof Error ? error.message : String(error)}`
      log('error', text)
      void connection.window.showErrorMessage(text)
      return null
    }
    await recheckAll('the allow-list changed')
    return null
  })

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
}

/** A client may refuse a registration (or go away meanwhile): the server works without it. */
function ignoreRefusal(): void {}

/** The file-system path of a `file:` URI. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}
