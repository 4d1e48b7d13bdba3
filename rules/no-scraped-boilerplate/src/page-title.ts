import {normalise, visibleLength} from './text.js'

/** A page title split into the headline and the site part (`標題 | 媒體名`). */
export interface PageTitle {
  /** The headline, normalised. */
  head: string
  /** Offset in the raw line where the site part starts (its separator included). */
  suffixStart: number
}

// A separator between the headline and the site: `|`, `｜`, `_`, ` - `, or a
// dash right before a short site name (`…級別-中新网`).
const separator = /\s{0,2}(?:[|｜丨_]|\s[-–—]\s|[-–—](?=[^-–—\s]{1,10}$))\s{0,2}/gu
// The site part ends like the name of a medium or a site, maybe with its domain.
const siteEnd =
  /(?:日[报報]|新[闻聞](?:[网網]|中心|台)?|[网網]站?|[时時][报報]|晚[报報]|[週周]刊|[电電][视視]台?|[报報]|社|[频頻]道|Daily|DAILY|News|NEWS|Times|TIMES)(?:\s{0,2}[A-Za-z][A-Za-z.]{1,20})?$|\.(?:com|COM|hk|tw|cn)$/u
// A site known by a Latin name (`RTHK`), maybe with a short hanzi name glued
// after it (`Anue鉅亨`, `Yahoo新聞` is caught by siteEnd).
const latinBrand = /^[A-Z][A-Za-z]{1,11}(?:\s[A-Z][A-Za-z]{1,11}){0,2}(?:\p{Script=Han}{2,4})?$/u
const segmentSplit = /[|｜丨_]|\s[-–—]\s|[-–—]/u

/**
 * The headline and site parts of a page title line, when the line ends with
 * the name of a site after a separator; the leftmost separator whose site part
 * is made of short segments wins.
 */
export function splitPageTitle(raw: string): PageTitle | undefined {
  if (raw.length > 300) return undefined
  for (const match of raw.matchAll(separator)) {
    const head = normalise(raw.slice(0, match.index))
    const suffix = normalise(raw.slice(match.index + match[0].length))
    if (visibleLength(head) < 4 || visibleLength(head) > 80 || suffix === '' || visibleLength(suffix) > 60) continue
    const segments = suffix.split(segmentSplit).map((segment) => segment.trim()).filter(Boolean)
    if (segments.some((segment) => visibleLength(segment) > 24)) continue
    // One of the segments names the site (`晴報`, `頭條日報 Headline Daily`, `RTHK`); the others are sections and dates.
    if (!segments.some((segment) => siteEnd.test(segment) || latinBrand.test(segment))) continue
    return {head, suffixStart: match.index}
  }
  return undefined
}

/** Whether another line repeats the headline (the same text, or one starting the other). */
export function repeatsHead(head: string, texts: readonly string[], except: number): boolean {
  const short = visibleLength(head) < 8
  return texts.some((text, index) => {
    if (index === except || text === '') return false
    if (text === head) return true
    if (short) return false
    return text.startsWith(head) || (visibleLength(text) >= 8 && head.startsWith(text))
  })
}
