import type {VFile} from 'vfile'
import type {Completer, FileSetLike} from '@jiaodui/lint-rule'

/**
 * The files of one run and the completers corpus rules registered on it, with
 * the contract of unified-engine's `FileSet`: `use(completer)` once per
 * `pluginId`, `files` filled by the runner, completers run after the per-file
 * phase (`complete()`).
 */
export class FileSet implements FileSetLike {
  files: VFile[] = []
  readonly completers: Completer[] = []
  /** Told of each message a completer reports (`Engine.complete` with `drain`). */
  reported: ((file: VFile) => void) | undefined = undefined

  /** Register a completer; one with the same `pluginId` is registered once. */
  use(completer: Completer): this {
    const id = completer.pluginId
    if (id === undefined || !this.completers.some((known) => known.pluginId === id)) this.completers.push(completer)
    return this
  }

  /** Add a file that went through the per-file phase. */
  add(file: VFile): this {
    this.files.push(file)
    return this
  }

  /** Run every completer, in the order they were registered, over `files`. */
  async complete(): Promise<void> {
    for (const completer of this.completers) await completer(this)
  }
}
