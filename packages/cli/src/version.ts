import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** Version of the jiaodui CLI, from its package.json. */
export const version: string = (require('../package.json') as {version: string}).version
