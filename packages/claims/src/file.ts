import {withoutTypesetSpaces} from '@jiaodui/zh-number'
import {extractClaims} from './extract.js'
import {foldText} from './text.js'
import type {Claim, ExtractInput} from './types.js'

/** The parts of a VFile this package reads (no unified or vfile import). */
export interface FileLike {
  value: unknown
  path?: string | undefined
  data: Record<string, unknown>
}

/** The parts of an nlcst tree this package reads. */
export interface TreeLike {
  type: string
  value?: string
  children?: TreeLike[]
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * Prose segments of a Markdown or HTML tree: each paragraph, code blanked so lengths hold.
 * Paragraphs whose text is not the source slice (decoded entities) are left out.
 */
export function segmentsOf(text: string, tree: TreeLike): Array<{text: string; offset: number}> {
  const out: Array<{text: string; offset: number}> = []
  const walk = (node: TreeLike) => {
    if (node.type === 'ParagraphNode') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      let value = ''
      const leaves = (n: TreeLike) => {
        if (n.type === 'SourceNode') value += ' '.repeat(n.value?.length ?? 0)
        else if (n.value !== undefined) value += n.value
        else for (const child of n.children ?? []) leaves(child)
      }
      leaves(node)
      if (value.length === end - start) out.push({text: value, offset: start})
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return out
}

/**
 * The `date:` of a Markdown front matter block (YAML `---` or TOML `+++`), as
 * YYYY-MM-DD; a timestamp keeps its date. The article's own declared metadata
 * comes before anything read from its text.
 */
export function frontMatterDate(text: string): string | undefined {
  const block = /^(?:\uFEFF)?(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1\r?(?:\n|$)/.exec(text)
  if (!block) return undefined
  const line = /^date\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})(?:[T ][^"'\n]*)?["']?\s*$/m.exec(block[2]!)
  return line?.[1]
}

/**
 * What `extractClaims` reads of a checked file (see `claimsOf`): its text, the prose segments of a
 * Markdown or HTML tree, and the date, place and region its metadata and the other rules decided.
 */
export function claimsInputOf(file: FileLike, tree?: TreeLike): ExtractInput {
  const text = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const meta = file.data['meta'] as {date?: string; place?: string; region?: string} | undefined
  const settings = file.data['settings'] as {date?: unknown} | undefined
  const format = file.data['format']
  const declared = format === 'md' ? frontMatterDate(text) : undefined
  const date = declared ?? (typeof meta?.date === 'string' && isoDate.test(meta.date) ? meta.date : undefined)
  const fallback = typeof settings?.date === 'string' && isoDate.test(settings.date) ? settings.date : undefined
  const region = regionOfFile(file, meta)
  return {
    text,
    ...(tree && (format === 'md' || format === 'html') ? {segments: segmentsOf(text, tree)} : {}),
    ...(file.path ? {path: file.path} : {}),
    ...(date ? {date} : {}),
    ...(fallback ? {defaultDate: fallback} : {}),
    ...(typeof meta?.place === 'string' && meta.place ? {place: meta.place} : {}),
    ...(region ? {region} : {})
  }
}

/**
 * The claims of a checked file, computed once per file and stored in `file.data.claims`.
 * Dates: a Markdown front matter `date:`, else `file.data.meta.date` (from the dateline rule), else a dateline in the text, else
 * `file.data.settings.date`; place: `file.data.meta.place`, else the dateline's; region: the
 * script rules' `file.data.region`, else `settings.region`, else `file.data.meta.region`, else
 * guessed from the text.
 */
export function claimsOf(file: FileLike, tree?: TreeLike): Claim[] {
  // `file.data.claims` is the cache: a runner may trim it (`compact` of
  // consistent-numeric-claims) and must not find the full list kept elsewhere.
  const cached = file.data['claims']
  if (Array.isArray(cached)) return cached as Claim[]
  const claims = extractClaims(claimsInputOf(file, tree))
  file.data['claims'] = claims
  return claims
}

/** Extraction somewhere else: another thread (the CLI's claims thread), answering with the claims `extractClaims` gives. */
export type ClaimsExtractor = (input: ExtractInput) => Promise<Claim[]>

let extractor: ClaimsExtractor | undefined

/**
 * Have `claimsReady` extract claims with `given` (undefined: in this thread again). The CLI
 * extracts on a thread of its own while the main thread runs the other rules of the next file
 * (packages/core/README.md); a rule reading claims then waits for them.
 */
export function useClaimsExtractor(given: ClaimsExtractor | undefined): void {
  extractor = given
}

/**
 * `claimsOf` for rules that can wait: with an extractor (`useClaimsExtractor`), the claims come
 * from it and this file's rules wait meanwhile; without one, they are extracted here and now.
 */
export async function claimsReady(file: FileLike, tree?: TreeLike): Promise<Claim[]> {
  const cached = file.data['claims']
  if (Array.isArray(cached)) return cached as Claim[]
  if (!extractor) return claimsOf(file, tree)
  const claims = await extractor(claimsInputOf(file, tree))
  // (Another rule of the file may have asked meanwhile: the first answer stays.)
  const again = file.data['claims']
  if (Array.isArray(again)) return again as Claim[]
  file.data['claims'] = claims
  return claims
}

/**
 * The article's region as a code (`CN`, `HK`, `TW`, `MO`): the region the
 * script rules decided (`file.data.region`, from `settings.region`, front
 * matter or detection), else `settings.region`, else `file.data.meta.region`.
 */
function regionOfFile(file: FileLike, meta: {region?: string} | undefined): string | undefined {
  const decided = (file.data['region'] as {region?: string} | undefined)?.region
  const configured = (file.data['settings'] as {region?: unknown} | undefined)?.region
  for (const tag of [decided, typeof configured === 'string' ? configured : undefined]) {
    const code = /^zh-(CN|HK|TW|MO)$/.exec(tag ?? '')?.[1]
    if (code) return code
  }
  return typeof meta?.region === 'string' && /^(?:CN|HK|TW|MO)$/.test(meta.region) ? meta.region : undefined
}

/** The folded text of each checked file, kept while its text is the same (rules read it after the claims). */
const folded = new WeakMap<FileLike, {value: string; folded: string}>()

/**
 * A checked file's text folded to simplified characters (same offsets as the claims'): folded once
 * per file for every claim rule that reads words around a claim, not once per rule.
 */
export function foldedTextOf(file: FileLike): string {
  const value = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const known = folded.get(file)
  if (known && known.value === value) return known.folded
  const text = foldText(value)
  folded.set(file, {value, folded: text})
  return text
}

/**
 * The `length` characters of `text` right before a claim's figure, not reaching back past its sentence, read
 * without the spaces typeset between hanzi and digits (`这 1063 位` → `这`), as the claims themselves are read.
 */
export function textBefore(text: string, claim: Pick<Claim, 'sentence' | 'place'>, length: number): string {
  const at = claim.place.start.offset
  // (A few characters more, and the figure's first one: the spaces dropped may shorten the text, and the one
  // right before the figure is seen as typeset only beside its digit.)
  const around = text.slice(Math.max(claim.sentence.start, at - length - 4), at + 1)
  const read = withoutTypesetSpaces(around)?.text ?? around
  return read.slice(0, read.length - Math.min(1, text.length - at)).slice(-length)
}
