import type {Format} from '@jiaodui/core'
import type {WorkerRequest, WorkerResponse} from './protocol.js'

/** A finished check, as the page shows it. */
export type CheckResult = Extract<WorkerResponse, {kind: 'result'}>

type Request = (
  | {kind: 'check'; text: string; format: Format}
  | {kind: 'fix'; text: string; format: Format; edits: Extract<WorkerRequest, {kind: 'fix'}>['edits']}
)

/** A check that runs longer than this while newer text waits is abandoned (the worker restarts). */
const abandonAfterMs = 4000

/**
 * The engine worker seen from the page. Only the newest request matters: a
 * request sent while another runs waits (replacing any older waiting one),
 * and a check that runs too long while newer text waits is abandoned by
 * restarting the worker, so the page never waits on stale text.
 */
export class Checker {
  private worker: Worker
  private nextId = 1
  private running: {id: number; since: number; resolve: (result: CheckResult | undefined) => void} | undefined
  private waiting: {request: Request; resolve: (result: CheckResult | undefined) => void} | undefined
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly url: URL,
    private readonly onFailure: (message: string) => void,
    private readonly onReady: (milliseconds: number) => void = () => {}
  ) {
    this.worker = this.start()
  }

  /** Check (or fix, then check) a text; `undefined` when a newer request replaced it. */
  run(request: Request): Promise<CheckResult | undefined> {
    return new Promise((resolve) => {
      this.waiting?.resolve(undefined)
      this.waiting = {request, resolve}
      if (!this.running) this.sendWaiting()
      else this.armAbandon()
    })
  }

  private start(): Worker {
    const worker = new Worker(this.url, {type: 'module'})
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.receive(event.data))
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      this.onFailure(`The checking engine stopped: ${event.message || 'unknown error'}`)
      this.finish(undefined)
    })
    return worker
  }

  private sendWaiting(): void {
    const waiting = this.waiting
    if (!waiting) return
    this.waiting = undefined
    const id = this.nextId++
    this.running = {id, since: performance.now(), resolve: waiting.resolve}
    this.worker.postMessage({...waiting.request, id} satisfies WorkerRequest)
  }

  private receive(response: WorkerResponse): void {
    if (response.kind === 'ready') return this.onReady(response.milliseconds)
    if (!this.running || response.id !== this.running.id) return
    if (response.kind === 'failed') {
      this.onFailure(`The article could not be checked: ${response.message}`)
      return this.finish(undefined)
    }
    this.finish(response)
  }

  private finish(result: CheckResult | undefined): void {
    clearTimeout(this.timer)
    this.timer = undefined
    const running = this.running
    this.running = undefined
    // A result for text that has changed since is still worth showing only when nothing newer waits.
    running?.resolve(this.waiting ? undefined : result)
    this.sendWaiting()
  }

  private armAbandon(): void {
    if (this.timer || !this.running) return
    const left = Math.max(0, abandonAfterMs - (performance.now() - this.running.since))
    this.timer = setTimeout(() => {
      this.timer = undefined
      if (!this.running || !this.waiting) return
      this.worker.terminate()
      this.worker = this.start()
      this.finish(undefined)
    }, left)
  }
}
