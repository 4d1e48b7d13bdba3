import {parentPort} from 'node:worker_threads'
import {createEngine, type Engine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {checkFile, serialize, type FileTask} from './check-file.js'
import {ConfigLoader} from './config.js'

/**
 * Worker thread of the per-file phase: receives `{id, task}`, answers
 * `{id, outcome}` or `{id, failure}`. Configs were validated by the main
 * thread; engines are cached per config file.
 */
const loader = new ConfigLoader(rules)
const engines = new Map<string, Engine>()

function engineFor(configPath: string | undefined): Engine {
  const key = configPath ?? ''
  let engine = engines.get(key)
  if (!engine) {
    engine = createEngine(rules, configPath ? loader.load(configPath).config : {})
    engines.set(key, engine)
  }
  return engine
}

parentPort?.on('message', async ({id, task}: {id: number; task: FileTask}) => {
  try {
    const outcome = await checkFile(task, engineFor(task.configPath), async () => new Uint8Array())
    parentPort!.postMessage({id, outcome: serialize(outcome)})
  } catch (error) {
    parentPort!.postMessage({id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
