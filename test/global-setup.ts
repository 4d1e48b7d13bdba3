import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The tests read real articles and peer suites from `../shared` beside the
 * repository (it is not part of it). Without it, say so once instead of
 * failing hundreds of tests with ENOENT.
 */
export default function setup(): void {
  const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared')
  for (const needed of ['corpus/seeds', 'corpus/boilerplate-dev', 'conformance/numbers']) {
    if (!existsSync(path.join(shared, needed))) {
      throw new Error(`The tests need ${path.join(shared, needed)}: clone the repository next to the shared folder (../shared).`)
    }
  }
}
