import {parentPort} from 'node:worker_threads'
import {rules} from '@jiaodui/preset'
import {checkFile, serialize, type FileTask} from './check-file.js'
import {RunConfigs} from './engines.js'

/**
 * Worker thread of the per-file phase: receives `{id, task}`, answers
 * `{id, outcome}` or `{id, failure}`. Configs were validated by the main
 * thread; engines are cached per config file.
 */
const runs = new Map<string, RunConfigs>()

/** The configs for a task's command-line settings (`--region`), made once per distinct settings. */
function configsFor(task: FileTask): RunConfigs {
  const key = JSON.stringify([task.settings ?? {}, task.keepData ?? []])
  let configs = runs.get(key)
  if (!configs) {
    configs = new RunConfigs(rules, process.cwd(), undefined, task.settings ?? {})
    configs.keepData = task.keepData ?? []
    runs.set(key, configs)
  }
  return configs
}

parentPort?.on('message', async ({id, task}: {id: number; task: FileTask}) => {
  try {
    const outcome = await checkFile(task, configsFor(task).engineForPath(task.configPath), async () => new Uint8Array())
    parentPort!.postMessage({id, outcome: serialize(outcome)})
  } catch (error) {
    parentPort!.postMessage({id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
