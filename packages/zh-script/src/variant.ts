/** Script variants an article can be declared in (as in the config schema). */
export type Variant = 'zh-Hans' | 'zh-Hant' | 'zh-CN' | 'zh-SG' | 'zh-TW' | 'zh-HK' | 'zh-MO'

const variants = new Set<string>(['zh-Hans', 'zh-Hant', 'zh-CN', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-MO'])

/** Normalise a variant tag (`zh-tw`, `zh_TW`, `zh-Hant-TW`) to one of `Variant`; `undefined` if unknown. */
export function parseVariant(value: unknown): Variant | undefined {
  if (typeof value !== 'string') return undefined
  const parts = value.trim().replace(/_/g, '-').split('-').filter(Boolean)
  if (parts.length === 0 || parts[0]!.toLowerCase() !== 'zh') return undefined
  const rest = parts.slice(1).map((part) => part.toLowerCase())
  const region = rest.find((part) => part.length === 2)
  if (region) {
    const tag = `zh-${region.toUpperCase()}`
    if (variants.has(tag)) return tag as Variant
  }
  if (rest.includes('hans')) return 'zh-Hans'
  if (rest.includes('hant')) return 'zh-Hant'
  return undefined
}

/**
 * The `variant:` (or `lang:`/`language:`) field of YAML front matter at the
 * start of a Markdown text, if any.
 */
export function variantFromFrontMatter(text: string): Variant | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 10_000))
  if (!match) return undefined
  for (const key of ['variant', 'lang', 'language']) {
    const field = new RegExp(`^${key}[ \\t]*:[ \\t]*["']?([A-Za-z_-]+)["']?[ \\t]*(?:#.*)?$`, 'm').exec(match[1]!)
    const variant = field ? parseVariant(field[1]) : undefined
    if (variant) return variant
  }
  return undefined
}
