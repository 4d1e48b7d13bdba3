import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {deserialize, type FileOutcome, type FileTask, type SerialOutcome} from './check-file.js'

// The built worker, also when this module runs from `src/` under vitest.
const workerPath = fileURLToPath(new URL('../dist/worker.js', import.meta.url))

/**
 * Check files on `threads` worker threads, handing each outcome to
 * `onOutcome` with its task's position as soon as it arrives (in the order the
 * workers finish), so that the caller settles it (packs its messages, drops
 * its text) at once. Gathering every outcome first held 100 000 articles'
 * messages and texts as objects: out of heap at 4 GB after 7 minutes
 * (bench/scale). A worker that crashes fails the run (it is a bug, not bad
 * input).
 */
export async function checkInWorkers(tasks: readonly FileTask[], threads: number, onOutcome: (position: number, outcome: FileOutcome) => void): Promise<void> {
  let next = 0
  // Workers run the built code: drop resolution conditions a test runner may have set (`source`).
  const execArgv = withoutConditions(process.execArgv)
  const workers = Array.from({length: Math.min(threads, tasks.length)}, () => new Worker(workerPath, {execArgv}))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve()
              const id = next++
              worker.postMessage({id, task: tasks[id]})
            }
            worker.on('message', (message: {id: number; outcome?: SerialOutcome; failure?: string}) => {
              if (message.failure !== undefined) return reject(new Error(message.failure))
              try {
                onOutcome(message.id, deserialize(message.outcome!))
              } catch (error) {
                return reject(error)
              }
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`a worker thread stopped (exit code ${code})`))
            })
            send()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/** `argv` without `--conditions`/`-C` and their values: threads run the built code. */
export function withoutConditions(argv: readonly string[]): string[] {
  const result: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--conditions' || arg === '-C') {
      index++
      continue
    }
    if (arg.startsWith('--conditions=') || arg.startsWith('-C=')) continue
    result.push(arg)
  }
  return result
}
