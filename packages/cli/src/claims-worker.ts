import {parentPort} from 'node:worker_threads'
import {extractClaims, type ExtractInput} from '@jiaodui/claims'

/**
 * The claims thread (`ClaimsThread`): receives `{id, input}`, answers `{id, claims}` or
 * `{id, failure}` (an extraction that throws fails that file's check, as it would on the main
 * thread).
 */
parentPort?.on('message', ({id, input}: {id: number; input: ExtractInput}) => {
  try {
    parentPort!.postMessage({id, claims: extractClaims(input)})
  } catch (error) {
    parentPort!.postMessage({id, failure: error instanceof Error ? error.message : String(error)})
  }
})
