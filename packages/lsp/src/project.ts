import type {VFile} from 'vfile'
import type {ResolvedConfig} from '@jiaodui/core'

/** The config that applies to one document. */
export interface ProjectConfig {
  /** Absolute path of the config file; `undefined` for the built-in defaults. */
  path: string | undefined
  config: ResolvedConfig
}

/**
 * What the server needs of the project on disk: config discovery and ignore
 * files. The CLI provides it (`jiaodui lsp`), with the same loader and ignore
 * rules as `jiaodui check`, so the editor and CI agree.
 */
export interface Project {
  /** The config of a file (absolute path): the nearest config file, or the defaults. Throws when it is invalid. */
  configFor(file: string): ProjectConfig
  /**
   * The config file that applies to a file (absolute path), found as
   * `configFor` finds it but not validated: "accept this word" must be able
   * to edit a config that does not validate yet.
   */
  configFileFor(file: string): string | undefined
  /** Whether an ignore file (or `ignorePatterns`) excludes the file (absolute path). */
  ignores(file: string): boolean
}

/** Creates a fresh project (nothing cached) for the workspace folders (absolute paths). */
export type ProjectFactory = (roots: readonly string[]) => Project

/** File names whose change means the project must be read again. */
export const projectFileNames = [
  '.jiaoduirc.json',
  '.jiaoduirc.yaml',
  '.jiaoduirc.yml',
  'package.json',
  '.gitignore',
  '.jiaoduiignore'
] as const

/**
 * Hook point for the claim index (`jiaodui check --index`, the claim-index
 * issue): after the corpus phase over the open documents, compare their claims
 * with the archive and add messages (with `cause` pointing into the archive).
 * The CLI passes one (`indexArchive` in `commands/lsp.ts`) reading the index the config or `--index` names.
 */
export interface ArchiveCheck {
  checkAgainstArchive(files: VFile[]): Promise<void>
}
