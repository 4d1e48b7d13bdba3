/**
 * Checks of the pattern data that run when the data is built or tested, not
 * when the rule starts: the runtime never imports this module (nor the
 * regular-expression parser behind it).
 */
import {
  compilePatterns,
  compileSources,
  hashPatternSources,
  PatternDataError,
  readPatternSources,
  type CompiledPatterns,
  type Pattern,
  type PatternEntry
} from './patterns.js'
import {assertSafePattern} from './regex-safety.js'

export {assertSafePattern, isSafePattern, UnsafePatternError} from './regex-safety.js'

/** Throw `PatternDataError` naming the first pattern that may backtrack catastrophically. */
export function checkPatternSafety(patterns: readonly Pattern[]): void {
  for (const pattern of patterns) {
    try {
      assertSafePattern(pattern.pattern)
    } catch (error) {
      throw new PatternDataError(`Pattern \`${pattern.id}\` in ${pattern.file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/** `compilePatterns` followed by the backtracking check: what the data tests and generators use. */
export function compileCheckedPatterns(data: unknown, file: string, seen = new Set<string>()): Pattern[] {
  const patterns = compilePatterns(data, file, seen)
  checkPatternSafety(patterns)
  return patterns
}

/**
 * The text of a data folder's `patterns.compiled.json`: every YAML file parsed,
 * validated and checked for backtracking, each entry without its compiled regex.
 */
export function buildCompiledPatterns(directory: URL): string {
  const sources = readPatternSources(directory)
  const patterns = compileSources(sources)
  checkPatternSafety(patterns)
  const compiled: CompiledPatterns = {source: hashPatternSources(sources), files: {}}
  // One entry's required strings on one line: each list is put in place of a token after the layout.
  const lists: string[][] = []
  const token = (index: number): string => `\u0001literals ${index}`
  for (const {regex: _regex, file, literals, ...entry} of patterns) {
    (compiled.files[file] ??= []).push(literals ? {...entry, literals: [token(lists.length)]} : entry)
    if (literals) lists.push(literals)
  }
  // One entry's starting ranges on one line too: they are long lists of number pairs.
  const text = JSON.stringify(compiled, null, 1)
    .replace(/"starts": (\[[\s\d,[\]]*\])/g, (_, ranges: string) => `"starts": ${JSON.stringify(JSON.parse(ranges))}`)
    .replace(/"literals": \[\s*"\\u0001literals (\d+)"\s*\]/g, (_, index: string) => `"literals": ${JSON.stringify(lists[Number(index)])}`)
  return `${text}\n`
}
