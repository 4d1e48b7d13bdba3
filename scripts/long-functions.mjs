// Lists functions longer than a limit (default 80 lines) in the TypeScript
// sources of the packages and rules (issue 10: readable stages). Generated
// code is skipped. `node scripts/long-functions.mjs [--max 80]`; exit 1 when any.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))
const {values} = parseArgs({options: {max: {type: 'string', default: '80'}}})
const max = Number(values.max)

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (name === 'node_modules' || name === 'dist' || name === 'test' || name === 'generated') continue
    if (statSync(full).isDirectory()) yield* sources(full)
    else if (/\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name) && !/generated/.test(name)) yield full
  }
}

/** Functions longer than `max` lines in one file: [name, line, length]. */
export function longFunctions(file, limit = max) {
  const text = readFileSync(file, 'utf8')
  if (/^\/\/ Generated/m.test(text.slice(0, 300))) return []
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found = []
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.end).line
      if (end - start + 1 > limit) {
        const name = node.name?.getText() ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '(anonymous)')
        found.push([name, start + 1, end - start + 1])
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

let count = 0
for (const top of ['packages', 'rules']) {
  for (const pkg of readdirSync(path.join(root, top))) {
    for (const folder of ['src', 'scripts']) {
    const src = path.join(root, top, pkg, folder)
    try {
      statSync(src)
    } catch {
      continue
    }
    for (const file of sources(src)) {
      for (const [name, line, length] of longFunctions(file)) {
        count++
        console.log(`${path.relative(root, file)}:${line}  ${name}  ${length} lines`)
      }
    }
    }
  }
}
console.log(`${count} function${count === 1 ? '' : 's'} over ${max} lines`)
process.exitCode = count > 0 ? 1 : 0
