/**
 * Checks of the pattern data that run when the data is built or tested, not
 * when the rule starts: the runtime never imports this module (nor the
 * regular-expression parser behind it).
 */
import {
  compilePatterns,
  compileSources,
  hashPatternSources,
  sha256OfSources,
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
  const compiled: CompiledPatterns = {source: hashPatternSources(sources), sha256: sha256OfSources(sources), files: {}}
  // An entry's lists of required strings and sets on one line each: each list is put in place of a token after the layout.
  const lists: string[][] = []
  const token = (list: string[]): string[] => [`\u0001list ${lists.push(list) - 1}`]
  for (const {regex: _regex, file, literals, requiresAlso, ...entry} of patterns) {
    ;(compiled.files[file] ??= []).push({
      ...entry,
      ...(requiresAlso ? {requiresAlso: token(requiresAlso)} : {}),
      ...(literals ? {literals: token(literals)} : {})
    })
  }
  // One entry's starting ranges on one line too: they are long lists of number pairs.
  const text = JSON.stringify(compiled, null, 1)
    .replace(/"starts": (\[[\s\d,[\]]*\])/g, (_, ranges: string) => `"starts": ${JSON.stringify(JSON.parse(ranges))}`)
    .replace(/\[\s*"\\u0001list (\d+)"\s*\]/g, (_, index: string) => JSON.stringify(lists[Number(index)]))
  return `${text}\n`
}
