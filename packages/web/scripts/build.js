import {buildPage, defaultOutdir} from './bundle.js'

/** `pnpm --filter @jiaodui/web build`: bundle the page into dist/ and print the sizes. */
const sizes = await buildPage()
for (const [name, bytes] of Object.entries(sizes)) console.log(`${name.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB`)
console.log(`built into ${defaultOutdir}`)
