// The region of an article (mainland, Hong Kong, Macau, Taiwan) and what it changes: its place, its currency.

import {findPlaces, type Place} from '@jiaodui/gazetteer'
import type {Quantity} from '@jiaodui/zh-number'
import {foldText} from './text.js'

/** The place of a region code (`CN`, `HK`, `TW`, `MO`): the country or the region as a gazetteer place. */
export function regionPlace(region: string | undefined): Place | undefined {
  const name = region === 'CN' ? '中国' : region === 'HK' ? '香港' : region === 'TW' ? '台湾' : region === 'MO' ? '澳门' : undefined
  return name ? findPlaces(name).find((m) => m.place)?.place : undefined
}

/**
 * The region of an article from its text when no metadata says: simplified text is mainland;
 * traditional text is Hong Kong when it names Hong Kong more often than Taiwan, else Taiwan.
 */
export function regionOfText(text: string): string | undefined {
  const sample = text.slice(0, 20_000)
  const folded = foldText(sample)
  let changed = 0
  let han = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== folded.charCodeAt(i)) changed++
    if (sample.charCodeAt(i) >= 0x4e00 && sample.charCodeAt(i) <= 0x9fff) han++
  }
  // Traditional text changes when folded: at least 2 characters and 2 % of the Han characters.
  if (changed < Math.max(2, han * 0.02)) return han > 0 ? 'CN' : undefined
  const hk = (sample.match(/香港|本港|港府|港元|港幣|全港|立法會|特首/g) ?? []).length
  const mo = (sample.match(/澳門|本澳|澳門元/g) ?? []).length
  const tw = (sample.match(/台灣|臺灣|台北|臺北|新台幣|全台|行政院|立法院|國人/g) ?? []).length
  if (mo > hk && mo > tw) return 'MO'
  // Traditional text that names neither: the region is not known (`全國` stays China).
  if (hk === 0 && tw === 0) return undefined
  return hk > tw ? 'HK' : 'TW'
}

/** Whether a scope id is the country or a place of the mainland (not Hong Kong, Macau or Taiwan). */
function onTheMainland(scopeId: string): boolean {
  const codes = scopeId.split('+')
  return codes.every((code) => code === 'CN' || (/^\d/.test(code) && !/^(?:71|81|82)/.test(code)))
}

/**
 * The scope whose region decides a plain `元`: the article's place (metadata or headline), or a place
 * named in the number's own clause (`全國…零售總額5萬億元`). A place carried from another sentence
 * or clause decides nothing (`…涵蓋中國歷史…。每名學生的津貼額為100元` is Hong Kong's money).
 */
export function currencyScope(scope: {id: string; via: string; end?: number}, folded: string, offset: number, numberStart: number): string | undefined {
  if (scope.via === 'document') return scope.id
  if ((scope.via !== 'explicit' && scope.via !== 'relative') || scope.end === undefined) return undefined
  const between = folded.slice(Math.max(0, scope.end - offset), numberStart)
  return /[，,。；;！？!?]/.test(between) ? undefined : scope.id
}

/** Currency of a plain `元` or `$` by the article's region (`4萬元` in a Taiwan article is TWD). */
const REGION_CURRENCY: Record<string, string> = {HK: 'HKD', TW: 'TWD', MO: 'MOP'}

/**
 * The unit of a quantity with the article's region applied to money: `元`/`萬元` (read as CNY by
 * zh-number) is the region's currency unless the text says `人民币`/`RMB`; a bare `$` (read as USD)
 * is HKD in Hong Kong and TWD in Taiwan unless the text says `美元`/`US$`.
 */
export function regionalUnit(q: Quantity, region: string | undefined, folded: string, scopeId?: string): string | null {
  const kind = q.kind === 'range' ? q.of : q.kind
  const local = region ? REGION_CURRENCY[region] : undefined
  if (kind !== 'money' || !local) return q.unit
  // A Hong Kong or Macau report of a mainland figure (`全國社會消費品零售總額5萬億元`) quotes yuan.
  if ((region === 'HK' || region === 'MO') && q.unit === 'CNY' && scopeId !== undefined && onTheMainland(scopeId)) return q.unit
  const words = folded.slice(Math.max(0, q.start - 3), Math.min(folded.length, q.end + 4))
  if (q.unit === 'CNY' && !/人民币|rmb|RMB/.test(words)) return local
  if (q.unit === 'USD' && folded[q.start] === '$' && !/US|美/.test(words)) return local
  return q.unit
}
