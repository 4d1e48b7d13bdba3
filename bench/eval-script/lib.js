// Shared helpers of the script-rule evaluation: one engine with the six
// script rules, run over texts of ../shared/corpus/realtext-dev. Uses the
// built packages: run `npx tsc -b` first.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createEngine} from '../../packages/core/dist/index.js'
import noMixedVariant from '../../rules/no-mixed-variant/dist/index.js'
import noInvisibleCharacter from '../../rules/no-invisible-character/dist/index.js'
import noPinyinAnnotation from '../../rules/no-pinyin-annotation/dist/index.js'
import noConfusable from '../../rules/no-confusable/dist/index.js'
import noCompatCharacter from '../../rules/no-compat-character/dist/index.js'
import consistentPunctuationWidth from '../../rules/consistent-punctuation-width/dist/index.js'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const realtext = path.resolve(repo, '..', 'shared', 'corpus', 'realtext-dev')

export const scriptRules = [
  noInvisibleCharacter,
  noCompatCharacter,
  noPinyinAnnotation,
  noMixedVariant,
  consistentPunctuationWidth,
  noConfusable
]
export const ruleIds = scriptRules.map((rule) => rule.meta.ruleId)

/** An engine with the script rules and the given shared settings. */
export function scriptEngine(settings = {}) {
  return createEngine(scriptRules, {settings})
}

/** The text of a corpus file (`hongkong/hkcnews-001.txt`). */
export function readCorpus(file) {
  return readFileSync(path.join(realtext, file), 'utf8')
}

/** Corpus files of a folder, relative to realtext-dev, in name order. */
export function corpusFiles(folder, extension = '.txt') {
  return readdirSync(path.join(realtext, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${folder}/${name}`)
}

/** Messages of one text: rule, 1-based line, start/end offsets, reason, expected, severity. */
export async function messagesOf(engine, text, file = 'input.txt') {
  const vfile = await engine.check({value: text, format: 'txt', path: file})
  return {
    region: vfile.data.region,
    messages: vfile.messages.map((message) => ({
      rule: message.ruleId,
      line: message.line ?? 0,
      start: message.place?.start?.offset ?? 0,
      end: message.place?.end?.offset ?? 0,
      reason: message.reason,
      expected: message.expected,
      fatal: message.fatal
    }))
  }
}
