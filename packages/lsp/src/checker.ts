import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Diagnostic} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createEngine, type Engine, type Format} from '@jiaodui/core'
import type {AnyRule} from '@jiaodui/lint-rule'
import {documentDiagnostic, pathOf, toDiagnostic, type DocumentOfPath} from './diagnostics.js'
import {guardRules} from './guard.js'
import {formatOf, inputProblem} from './input.js'
import type {ArchiveCheck, Project, ProjectConfig, ProjectFactory} from './project.js'

/** Diagnostics to publish, per document URI. */
export type Published = Map<string, Diagnostic[]>

/** What the checker needs from the server around it. */
export interface CheckerOptions {
  rules: readonly AnyRule[]
  createProject: ProjectFactory
  /** Largest document checked, in UTF-8 bytes. */
  maxBytes: number
  archive?: ArchiveCheck | undefined
  /** Log one line to the client (window/logMessage). */
  log(level: 'error' | 'warning' | 'info', text: string): void
}

/** The last check of one open document. */
export interface CheckedDocument {
  /** Snapshot of the text the messages refer to (the live document moves on). */
  document: TextDocument
  /** File-system path, for `file:` documents. */
  path: string | undefined
  /** Config file the document was checked with (`''` for defaults). */
  configKey: string
  /** The checked file; its messages include the corpus phase's. */
  file: VFile | undefined
  /** Messages of the per-file phase, kept apart so the corpus phase can run again. */
  fileMessages: VFileMessage[]
  /** A problem with the whole document or its config, shown instead of findings. */
  problem: Diagnostic | undefined
}

/**
 * Checks open documents with the project's config, keeps the last result of
 * each, and runs the corpus phase (cross-article rules) over the open documents
 * that share a config.
 */
export class Checker {
  private project: Project
  private readonly engines = new Map<string, Engine>()
  private readonly checked = new Map<string, CheckedDocument>()
  private readonly rules: AnyRule[]
  /** Documents already told about in the log (unknown language, ignored), so the log says it once. */
  private readonly logged = new Set<string>()

  constructor(
    private readonly options: CheckerOptions,
    private roots: readonly string[]
  ) {
    this.project = options.createProject(roots)
    this.rules = guardRules(options.rules, (ruleId, file, error) => {
      const where = file?.path ? ` on ${file.path}` : ''
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
      options.log('error', `jiaodui: rule \`${ruleId}\` failed${where}; its findings are missing, the other rules ran.\n${detail}`)
    })
  }

  /** Read config and ignore files again (they changed), for new workspace folders if given. */
  reload(roots: readonly string[] = this.roots): void {
    this.roots = roots
    this.project = this.options.createProject(roots)
    this.engines.clear()
    this.logged.clear()
  }

  /**
   * Build the engine of the workspace's config and check a short sample, so
   * that rule data is loaded and compiled before the first document arrives
   * (about a second on a slow machine). Failures are left to the real checks.
   */
  async warmUp(): Promise<void> {
    try {
      const engine = this.engineFor(this.project.configFor(path.join(this.rootOf(undefined), 'untitled')))
      await engine.complete([await engine.check({value: warmUpSample, format: 'txt', path: 'warm-up.txt'})])
    } catch {
      // An invalid config is reported on each document.
    }
  }

  /** The last check of a document, if it was checked. */
  get(uri: string): CheckedDocument | undefined {
    return this.checked.get(uri)
  }

  /** Forget a closed document; returns the documents whose cross-article findings must be refreshed. */
  async close(uri: string): Promise<Published> {
    const gone = this.checked.get(uri)
    this.checked.delete(uri)
    this.logged.delete(uri)
    return gone?.file ? this.completeGroup(gone.configKey) : new Map()
  }

  /** The project of the moment (for the allow-list command). */
  get currentProject(): Project {
    return this.project
  }

  /** The workspace folder holding a path, else its own folder. */
  rootOf(file: string | undefined): string {
    const holding = this.roots.filter((root) => file && !path.relative(root, file).startsWith('..'))
    return holding.sort((a, b) => b.length - a.length)[0] ?? (file ? path.dirname(file) : (this.roots[0] ?? process.cwd()))
  }

  /**
   * Check one document. Returns the diagnostics to publish: for this document,
   * and for the other open documents whose cross-article findings changed.
   */
  async check(live: TextDocument): Promise<Published> {
    return this.checkAll([live])
  }

  /** Check documents (one, or every open one when config or ignore files changed), then their corpus phases once. */
  async checkAll(documents: readonly TextDocument[]): Promise<Published> {
    const published: Published = new Map()
    const groups = new Set<string>()
    for (const document of documents) {
      for (const group of await this.checkOne(document, published)) groups.add(group)
    }
    for (const group of groups) {
      for (const [uri, diagnostics] of await this.completeGroup(group)) published.set(uri, diagnostics)
    }
    return published
  }

  /**
   * The per-file phase of one document; its diagnostics go into `published`.
   * Returns the config groups whose corpus phase must run again: the one it
   * is in, and the one it left (its config changed, or it cannot be checked now).
   */
  private async checkOne(live: TextDocument, published: Published): Promise<string[]> {
    const document = TextDocument.create(live.uri, live.languageId, live.version, live.getText())
    const file = pathOf(live.uri)
    const previous = this.checked.get(document.uri)
    const left = previous?.file ? [previous.configKey] : []
    const format = formatOf(document.languageId, file)
    const skip = !format
      ? `language \`${document.languageId}\` is not text, Markdown or HTML`
      : file && this.project.ignores(file)
        ? 'an ignore file excludes it'
        : undefined
    if (!format || skip) {
      this.logOnce(document.uri, `jiaodui: ${file ?? document.uri} is not checked: ${skip}.`)
      this.checked.delete(document.uri)
      published.set(document.uri, [])
      return left
    }
    const entry: CheckedDocument = {document, path: file, configKey: '', file: undefined, fileMessages: [], problem: undefined}
    this.checked.set(document.uri, entry)
    await this.checkText(entry, format)
    published.set(document.uri, this.diagnosticsOf(entry))
    return entry.file ? [...left, entry.configKey] : left
  }

  private async checkText(entry: CheckedDocument, format: Format): Promise<void> {
    const text = entry.document.getText()
    const problem = inputProblem(text, this.options.maxBytes)
    if (problem) {
      entry.problem = documentDiagnostic(problem.code, problem.message)
      return
    }
    let engine: Engine
    try {
      const loaded = this.project.configFor(entry.path ?? path.join(this.rootOf(undefined), 'untitled'))
      entry.configKey = loaded.path ?? ''
      engine = this.engineFor(loaded)
    } catch (error) {
      entry.problem = documentDiagnostic('config-invalid', `The jiaodui config cannot be used, so this document is not checked: ${messageOf(error)}`)
      return
    }
    try {
      entry.file = await engine.check({value: text, format, path: entry.path ?? entry.document.uri})
      entry.fileMessages = [...entry.file.messages]
    } catch (error) {
      // The parser itself failed (rules are guarded one by one).
      entry.problem = documentDiagnostic('check-failed', `jiaodui could not check this document: ${messageOf(error)}`)
      this.options.log('error', `jiaodui: ${entry.document.uri} could not be checked.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
  }

  private engineFor(loaded: ProjectConfig): Engine {
    const key = loaded.path ?? ''
    let engine = this.engines.get(key)
    if (!engine) {
      // Throws on unknown rule ids and invalid options: a config error, shown as one.
      engine = createEngine(this.rules, loaded.config)
      this.engines.set(key, engine)
    }
    return engine
  }

  /**
   * Run the corpus phase over every open document checked with one config, as
   * `jiaodui check` does over its files, then the claim index hook.
   */
  private async completeGroup(configKey: string): Promise<Published> {
    const group = [...this.checked.values()].filter((entry) => entry.file && entry.configKey === configKey)
    const engine = this.engines.get(configKey)
    const published: Published = new Map()
    if (!engine || group.length === 0) return published
    const files = group.map((entry) => {
      entry.file!.messages = [...entry.fileMessages]
      return entry.file!
    })
    try {
      await engine.complete(files)
      // The claim index (`jiaodui lsp --index` or settings.index.check), when the CLI passes one.
      await this.options.archive?.checkAgainstArchive(files)
    } catch (error) {
      this.options.log('error', `jiaodui: the cross-article phase failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
    for (const entry of group) published.set(entry.document.uri, this.diagnosticsOf(entry))
    return published
  }

  /** The diagnostics of a checked document. */
  diagnosticsOf(entry: CheckedDocument): Diagnostic[] {
    if (entry.problem) return [entry.problem]
    if (!entry.file) return []
    return entry.file.messages.map((message) => toDiagnostic(message, entry.document, this.documentOfPath))
  }

  private readonly documentOfPath: DocumentOfPath = (file) => {
    for (const entry of this.checked.values()) {
      if (entry.path === file || entry.document.uri === file) return {uri: entry.document.uri, document: entry.document}
    }
    return path.isAbsolute(file) ? {uri: pathToFileURL(file).href} : undefined
  }

  private logOnce(uri: string, text: string): void {
    if (this.logged.has(uri)) return
    this.logged.add(uri)
    this.options.log('info', text)
  }
}

/** Invented text touching every family of rules (boilerplate, script, numbers). */
const warmUpSample = '示例县新修公路\n2026年4月1日　来源：示例日报\n全县共有建制村146个,其中通客车的村达到139个。\n（责任编辑：示例）\n'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
