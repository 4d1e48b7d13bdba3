import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Claim, ExtractInput} from '@jiaodui/claims'

// The built worker, also when this module runs from `src/` under vitest.
const workerPath = fileURLToPath(new URL('../dist/claims-worker.js', import.meta.url))

/**
 * Claim extraction on a thread of its own (packages/core/README.md, "The claims thread"): the
 * main thread sends what `extractClaims` reads of a file and goes on with the rules of the next
 * file (or section) while this thread extracts; the file's claim rules wait for the answer.
 * The claims come back as `extractClaims` made them (structured clone), so the report is the
 * same as with extraction on the main thread.
 */
export class ClaimsThread {
  /** Started by the first extraction: a run whose files all come from the cache starts none. */
  private started: Worker | undefined
  private readonly pending = new Map<number, {resolve: (claims: Claim[]) => void; reject: (error: Error) => void}>()
  private next = 0
  private failed: Error | undefined

  /** Whether the thread still answers (false once it crashed, stopped or was closed). */
  get alive(): boolean {
    return this.failed === undefined
  }

  constructor(private readonly execArgv: readonly string[]) {}

  /** The worker, started on first use. */
  private get worker(): Worker {
    if (this.started) return this.started
    const worker = new Worker(workerPath, {execArgv: [...this.execArgv]})
    this.started = worker
    // Idle between requests, it must not keep the process alive.
    worker.unref()
    worker.on('message', (message: {id: number; claims?: Claim[]; failure?: string}) => {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      if (this.pending.size === 0) worker.unref()
      if (message.failure !== undefined) waiting.reject(new Error(message.failure))
      else waiting.resolve(message.claims ?? [])
    })
    const fail = (error: Error) => {
      this.failed = error
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`the claims thread stopped (exit code ${code})`)))
    return worker
  }

  /** Whether the worker was ever started (for tests and measurements). */
  get wasStarted(): boolean {
    return this.started !== undefined
  }

  /** The claims of one input, extracted on the thread. */
  extract(input: ExtractInput): Promise<Claim[]> {
    if (this.failed) return Promise.reject(this.failed)
    const id = this.next++
    // Waiting for an answer, it keeps the process alive.
    this.worker.ref()
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject})
      this.worker.postMessage({id, input})
    })
  }

  /**
   * An extractor for `useClaimsExtractor`: the thread's answers; once the thread is gone (it
   * crashed or ran out of memory: a defect, said once through `warn`), the claims are extracted
   * on this thread, so the run still gives its report. An extraction that fails there fails
   * here too (its file is reported as not checked, as without the thread).
   */
  extractor(fallback: (input: ExtractInput) => Claim[], warn: (message: string) => void): (input: ExtractInput) => Promise<Claim[]> {
    let warned = false
    return async (input) => {
      try {
        return await this.extract(input)
      } catch (error) {
        if (this.alive) throw error
        if (!warned) warn(`jiaodui: ${(error as Error).message}; claims are extracted on the main thread from here on\n`)
        warned = true
        return fallback(input)
      }
    }
  }

  async close(): Promise<void> {
    this.failed ??= new Error('the claims thread was closed')
    await this.started?.terminate()
  }
}
