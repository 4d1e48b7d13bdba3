import type {VFile} from 'vfile'

/**
 * The project's allow-list (`settings.allow`) together with a rule's own
 * `allow` option: words inside which the script rules report nothing.
 */
export function allowedWords(file: VFile, own?: readonly string[]): string[] {
  const settings = (file.data.settings ?? {}) as Record<string, unknown>
  const shared = Array.isArray(settings['allow']) ? settings['allow'].filter((word): word is string => typeof word === 'string' && word.length > 0) : []
  return own && own.length > 0 ? [...shared, ...own] : shared
}

/**
 * A mask over `text` (one byte per UTF-16 unit, 1 = inside an allowed word),
 * or `undefined` when no allowed word occurs: rules skip a finding whose
 * first unit is masked.
 */
export function allowedMask(text: string, words: readonly string[]): Uint8Array | undefined {
  let mask: Uint8Array | undefined
  for (const word of words) {
    let at = text.indexOf(word)
    while (at !== -1) {
      mask ??= new Uint8Array(text.length)
      mask.fill(1, at, at + word.length)
      at = text.indexOf(word, at + word.length)
    }
  }
  return mask
}
