import {randomBytes} from 'node:crypto'
import {readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import jsonc, {type ParseError} from 'jsonc-parser'
import {isSeq, parseDocument} from 'yaml'
import type {Project} from './project.js'

/** What `acceptWord` did. */
export interface AcceptResult {
  /** The config file written (or that already had the word). */
  file: string
  outcome: 'added' | 'created' | 'present'
}

/**
 * Add `word` to `settings.allow` of the config that applies to `file`
 * (absolute path; `root` when the document has none): edit `.jiaoduirc.json`
 * or the `jiaodui` field of `package.json` in place, keeping everything else,
 * or create `.jiaoduirc.json` in `root` when the project has no config; in a
 * YAML config, through the `yaml` document model so comments stay.
 */
export function acceptWord(project: Project, file: string, root: string, word: string): AcceptResult {
  const configFile = project.configFileFor(file)
  if (!configFile) {
    const created = path.join(root, '.jiaoduirc.json')
    writeAtomically(created, `${JSON.stringify({settings: {allow: [word]}}, null, 2)}\n`)
    return {file: created, outcome: 'created'}
  }
  const name = path.basename(configFile)
  const text = readFileSync(configFile, 'utf8')
  if (/\.ya?ml$/i.test(name)) return acceptInYaml(configFile, text, word)
  const base = name === 'package.json' ? ['jiaodui'] : []
  const errors: ParseError[] = []
  const value: unknown = jsonc.parse(text, errors)
  if (errors.length > 0) throw new Error(`${configFile} is not valid JSON; not changed`)
  const allow = lookUp(value, [...base, 'settings', 'allow'])
  if (Array.isArray(allow) && allow.includes(word)) return {file: configFile, outcome: 'present'}
  const edits = jsonc.modify(text, [...base, 'settings', 'allow', -1], word, {
    formattingOptions: indentationOf(text),
    isArrayInsertion: true
  })
  writeAtomically(configFile, jsonc.applyEdits(text, edits))
  return {file: configFile, outcome: 'added'}
}

function acceptInYaml(file: string, text: string, word: string): AcceptResult {
  const document = parseDocument(text)
  if (document.errors.length > 0) throw new Error(`${file} is not valid YAML; not changed`)
  const allow = document.getIn(['settings', 'allow'], true)
  if (isSeq(allow)) {
    if (allow.items.some((item) => String((item as {value?: unknown}).value ?? item) === word)) return {file, outcome: 'present'}
    allow.add(document.createNode(word))
  } else {
    document.setIn(['settings', 'allow'], document.createNode([word]))
  }
  writeAtomically(file, String(document))
  return {file, outcome: 'added'}
}

function lookUp(value: unknown, keys: readonly string[]): unknown {
  let current = value
  for (const key of keys) {
    if (!current || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** The file's own indentation, so the inserted lines look like the rest. */
function indentationOf(text: string): {insertSpaces: boolean; tabSize: number; eol: string} {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  '
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  return indent.startsWith('\t') ? {insertSpaces: false, tabSize: 1, eol} : {insertSpaces: true, tabSize: indent.length, eol}
}

/** Write a temporary file beside the target and rename it over, so a config is never half-written. */
function writeAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.jiaodui-${randomBytes(6).toString('hex')}`)
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, file)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Nothing was written.
    }
    throw error
  }
}
