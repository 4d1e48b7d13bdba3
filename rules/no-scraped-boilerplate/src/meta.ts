import type {Kind} from './kinds.js'
import {normalise} from './text.js'

/**
 * What an article says about itself, read from its datelines, bylines,
 * credits and lead (`晨光網嘉禾6月26日電`). Recorded in `file.data.meta` by
 * `no-scraped-boilerplate`, whether or not the lines are reported. Every field
 * is optional: only what the text states is recorded.
 */
export interface ArticleMeta {
  /** The headline, as found above the body. */
  title?: string
  /** Publication date, ISO `YYYY-MM-DD`. */
  date?: string
  /** Publication time, `HH:MM` or `HH:MM:SS` (local time of the outlet). */
  time?: string
  /** The credited source (`来源：青禾网-青禾日报` → `青禾网-青禾日报`). */
  source?: string
  /** The organisation that filed the story (`晨光網`, `新华社`, `中央社`), from the lead or the print edition. */
  outlet?: string
  /** Place of the dateline (`晨光網嘉禾6月26日電` → `嘉禾`). */
  place?: string
  /** Reporters and authors. */
  authors?: string[]
  /** Editors (责编, 责任编辑, 编辑, 校对). */
  editors?: string[]
  /** Photographers (… 摄). */
  photographers?: string[]
  /** Keywords or tags. */
  keywords?: string[]
  /** Where the article was printed: `《東方時報》( 2017年11月14日 18 版)`. */
  edition?: {publication: string; date?: string; page?: string}
  /** The original title given by a `原标题：` line. */
  originalTitle?: string
  /**
   * The lead dateline as written: outlet, place and date. `date` is
   * `YYYY-MM-DD`, or `--MM-DD` (ISO 8601 without a year) when the year is not
   * known from the publication date.
   */
  dateline?: {text: string; outlet?: string; place?: string; date?: string}
}

declare module 'vfile' {
  interface DataMap {
    /** What the article says about itself; see `ArticleMeta`. */
    meta: ArticleMeta
  }
}

/** A line handed to the metadata reader. */
export interface MetaLine {
  text: string
  /** The boilerplate kind of the line, when it is one. */
  kind?: Kind | undefined
  /** Whether the line is one of the first lines of the body (a lead can carry the dateline). */
  lead?: boolean
  /** Whether the line is the title. */
  title?: boolean
}

const fullDate = /(\d{2,4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})/u
const clock = /(?<![\d])(\d{1,2})\s{0,2}[:：]\s{0,2}(\d{2})(?:[:：](\d{2}))?(?!\d)/u
const separators = /[、，,;；/／|｜\s]+/u
const roles =
  /(?:本[报報站台刊网網社]|特[约約]|[实實][习習]|首席|全媒体|全媒體|融媒体|融媒體|[驻駐]\p{Script=Han}{1,4}?(?=[记記]者))?\s?(?:[记記]者|通[讯訊][员員]|[评評][论論][员員]|撰稿人?|作者|[图圖]文|撰文|口述|[编編][译譯]|翻[译譯])/u
const stopWords = new Set(['报道', '報道', '报导', '報導', '摄影', '攝影', '整理', '采写', '採寫', '原创', '原創', '独家', '獨家'])

/** `YYYY-MM-DD` from a date in a line (`2017年11月14日`, `2019-09-26`, ROC `105年3月19日`). */
export function parseDate(text: string): string | undefined {
  const match = fullDate.exec(text)
  if (!match) return undefined
  let year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (match[1]!.length === 3 || (match[1]!.length === 2 && /年/.test(match[0]))) year += 1911
  else if (match[1]!.length !== 4) return undefined
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

/** `HH:MM` or `HH:MM:SS` after the date of a line. */
export function parseTime(text: string): string | undefined {
  const date = fullDate.exec(text)
  const rest = date ? text.slice(date.index + date[0].length) : text
  const match = clock.exec(rest)
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  return `${pad(hours)}:${match[2]}${match[3] ? `:${match[3]}` : ''}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** The value after a `来源：` label, up to the next field. */
export function parseSource(text: string): string | undefined {
  const match = /(?:[来來]源|出[处處]|稿源|[转轉][载載]?自)[于於自]?\s{0,2}[:：|丨/／]\s{0,3}(.+)$/u.exec(text)
  if (!match) return undefined
  const value = match[1]!
    .split(/\s{2,}|\u3000|(?:作者|[编編][辑輯]|[责責][编編]|[时時][间間]|[发發]布|[浏瀏][览覽]|[点點][击擊]|字[号號])\s{0,2}[:：]|\s(?=\S{1,6}[:：])/u)[0]!
    .trim()
  return value || undefined
}

/** Split a list of names (`何婉、丁川`, `周军 王涛`, `内科第二党支部`). */
export function splitNames(text: string): string[] {
  return text
    .split(separators)
    .map((name) => name.replace(/^[(（【\[]+|[)）】\]:：]+$/gu, ''))
    .filter((name) => /^[\p{Script=Han}·]{2,12}$|^[A-Za-z][A-Za-z0-9_.-]{1,30}$/u.test(name) && !stopWords.has(name))
}

/** Names of editors in a credit line (`(责编:何婉、丁川)`, `编辑/吴芳`). */
export function parseEditors(text: string): string[] {
  const out: string[] = []
  const fields =
    /(?:[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|校[对對]|[审審][核校稿]|[监監]制|[实實][习習][编編][辑輯]|值班[编編][辑輯]|[编編][审審]|[终終][审審]|美[编編]|主[编編])\s{0,3}[:：|丨/／]?\s{0,3}([^()（）\[\]【】〔〕［］/／|]+?)(?=\s{2,}|\s?(?:供稿|[摄攝]影|撰稿|[编編][辑輯]|[责責][编編]|[审審]核|校[对對]|[图圖]片|文字)\s{0,2}[/／|:：]|[)）\]】〕］]|$)/gu
  for (const match of text.matchAll(fields)) out.push(...splitNames(match[1]!))
  return out
}

/** Names of photographers in a credit (`本网记者赵一鸣 摄`, `南岭日报全媒体图片记者程思远、丁悦摄`, `摄影/陈静`). */
export function parsePhotographers(text: string): string[] {
  const labelled = /[摄攝]影\s{0,2}[/／|:：]\s{0,2}([\p{Script=Han}·]{2,4})/u.exec(text)
  if (labelled) return [labelled[1]!]
  const credit = /([\p{Script=Han}A-Za-z·、\s]{2,40}?)\s{0,2}[摄攝](?:影)?\s{0,2}[)）]?$/u.exec(text)
  if (!credit) return []
  let who = credit[1]!.trim()
  // Drop the outlet or role before the name: `滨海网赵一鸣`, `…图片记者程思远`.
  const role = /^.*(?:[记記]者|通[讯訊][员員]|[网網]|社|[报報]|台)\s{0,2}/u.exec(who)
  if (role && role[0].length < who.length) who = who.slice(role[0].length)
  who = who.replace(/^.*[。，！？]/u, '')
  return who
    .split(/[、\s]+/u)
    .map((name) => name.trim())
    .filter((name) => /^[\p{Script=Han}·]{2,4}$|^[A-Za-z][A-Za-z .-]{1,30}$/u.test(name))
}

/** Authors of a byline (`本報記者  陳柏宇`, `作者：方若山`, `原创 PlayDesk 2019-09-04`, `组织部长  周文远`). */
export function parseAuthors(text: string): string[] {
  const labelled = /(?:作者|[记記]者|通[讯訊][员員]|撰稿人?|[图圖]文|撰文|文)\s{0,2}[:：|/／丨]\s{0,3}([^:：]+?)(?=\s{2,}|\s?\S{1,6}[:：]|$)/u.exec(text)
  if (labelled) return splitNames(labelled[1]!.replace(fullDate, ' '))
  const role = roles.exec(text)
  if (role) return splitNames(text.slice(role.index + role[0].length).replace(fullDate, ' ').replace(clock, ' '))
  const original = /^(?:原[创創]|[独獨]家)\s(.+)$/u.exec(text)
  if (original) {
    return splitNames(original[1]!.replace(fullDate, ' ').replace(clock, ' ')).filter((name) => !/^\d/.test(name))
  }
  // A title and a name: the name is the last item.
  const speaker = /\s([\p{Script=Han}·]{2,4})$/u.exec(text)
  return speaker ? [speaker[1]!] : []
}

/** Keywords of a keyword line (`关键词:乡村 旅游 民宿 夜市`). */
export function parseKeywords(text: string): string[] {
  const match = /^[^:：]{1,8}[:：]\s{0,2}(.*)$/u.exec(text)
  if (!match) return []
  return match[1]!.split(/[\s,，、;；|]+/u).filter(Boolean)
}

/** The print edition (`《 東方時報 》( 2017年11月14日 18 版)`). */
export function parseEdition(text: string): ArticleMeta['edition'] {
  const match = /[《〈]\s{0,2}([^《》〈〉]+?)\s{0,2}[》〉]/u.exec(text)
  if (!match) return undefined
  const edition: NonNullable<ArticleMeta['edition']> = {publication: match[1]!.trim()}
  const date = parseDate(text)
  if (date) edition.date = date
  const page = /(?:第\s{0,2})?(\d{1,3})\s{0,2}版/u.exec(text)
  if (page) edition.page = page[1]!
  return edition
}

const outletEnd = '(?:社|[网網]|[报報]|[台臺]|[电電][视視]台|日[报報]|晚[报報]|新[闻聞])'
const lead = new RegExp(
  `^[（(〔【\\[]?\\s{0,2}(?<outlet>本[报報站台刊]|[\\p{Script=Han}A-Za-z]{1,10}?${outletEnd})` +
    `(?:(?<role>[记記]者|通[讯訊][员員])(?<people>[\\p{Script=Han}、·]{2,12}?)?)?` +
    `(?<place>[\\p{Script=Han}]{2,12}?)?\\s{0,2}` +
    `(?:(?<month>\\d{1,2})\\s{0,2}月\\s{0,2})?(?<day>\\d{1,2})\\s{0,2}日\\s{0,2}[电電]` +
    `(?:\\s{0,2}[（(]\\s{0,2}(?:[记記]者\\s{0,2})?(?<reporters>[^）)]{1,40})[）)])?`,
  'u'
)

/** What every match of `lead` holds: its day, 日 and 电 (`26日電`, `3月2日 电`). */
const leadDay = /\d\s{0,2}日\s{0,2}[电電]/u

/**
 * Read the lead dateline of a story (`晨光網嘉禾6月26日電(李文)`,
 * `新华社里昂3月2日电（记者周航）`, `（南風社記者葉承宇嘉禾19日電）`).
 * `year` completes the date when known.
 */
export function parseLead(text: string, publication?: string): ArticleMeta['dateline'] & {authors?: string[]} | undefined {
  // (Most stories have no wire dateline: `lead` is compiled, which costs milliseconds, only for a text that has its day and 电.)
  if (!leadDay.test(text)) return undefined
  const match = lead.exec(text)
  if (!match?.groups) return undefined
  const groups = match.groups
  const result: NonNullable<ArticleMeta['dateline']> & {authors?: string[]} = {text: match[0]}
  result.outlet = groups['outlet']!
  let place = groups['place']
  const authors: string[] = []
  let people = groups['people']
  // `記者葉承宇嘉禾`: a name then a place, with nothing between. Chinese names
  // are mostly three characters, places two: split accordingly.
  if (groups['role'] !== undefined && (people !== undefined || place !== undefined)) {
    const joined = (people ?? '') + (place ?? '')
    const nameLength = joined.length >= 5 ? 3 : 2
    people = joined.slice(0, nameLength)
    place = joined.slice(nameLength) || undefined
    authors.push(people)
  }
  if (place) result.place = place
  if (groups['reporters']) authors.push(...splitNames(groups['reporters'].replace(/[记記]者|通[讯訊][员員]/gu, ' ')))
  if (authors.length > 0) result.authors = authors
  const day = Number(groups['day'])
  const month = groups['month'] ? Number(groups['month']) : publication ? Number(publication.slice(5, 7)) : undefined
  if (month !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    if (publication) {
      let year = Number(publication.slice(0, 4))
      // A lead dated in December for a story published in January is last year's.
      if (month > Number(publication.slice(5, 7))) year -= 1
      result.date = `${year}-${pad(month)}-${pad(day)}`
    } else {
      result.date = `--${pad(month)}-${pad(day)}`
    }
  }
  return result
}

function addNames(meta: ArticleMeta, key: 'authors' | 'editors' | 'photographers' | 'keywords', values: string[]): void {
  if (values.length === 0) return
  const list = meta[key] ?? []
  for (const value of values) if (!list.includes(value)) list.push(value)
  meta[key] = list
}

/**
 * Read the metadata of an article from its classified lines: datelines,
 * bylines, credits, source, print-edition and keyword lines, the title, and a
 * dateline at the start of the body.
 */
export function extractMeta(lines: readonly MetaLine[]): ArticleMeta {
  const meta: ArticleMeta = {}
  const leads: string[] = []
  for (const line of lines) {
    const text = normalise(line.text)
    if (!text) continue
    if (line.title && meta.title === undefined) meta.title = text
    if (line.lead) leads.push(text)
    switch (line.kind) {
      case 'dateline':
      case 'source':
      case 'byline': {
        const date = parseDate(text)
        if (date && meta.date === undefined && line.kind !== 'source') {
          meta.date = date
          const time = parseTime(text)
          if (time) meta.time = time
        }
        const original = /^[(（\[【]?\s{0,2}(?:本文原[标標][题題]|原文[标標][题題]|原[标標][题題]|原[题題])\s{0,2}[:：]\s{0,2}(.+)$/u.exec(text)
        if (original) {
          meta.originalTitle ??= original[1]!.replace(/^《(.*)》$/u, '$1').trim()
          break
        }
        let source = parseSource(text)
        if (!source && line.kind === 'dateline' && date) {
          // `2019-09-26 10:56:28 财经晨报网`, `2019-05-17 · 江淮城市快报`: the rest is the source.
          const rest = text
            .replace(fullDate, '')
            .replace(/^\s{0,2}日/u, '')
            .replace(clock, '')
            .replace(/^[\s·|｜丨]+/u, '')
            .trim()
          if (rest && !/[:：]/.test(rest) && /\p{Script=Han}|[A-Za-z]{2}/u.test(rest)) source = rest
        }
        if (source && meta.source === undefined) meta.source = source
        if (line.kind === 'byline' || /作者\s{0,2}[:：]/u.test(text)) addNames(meta, 'authors', parseAuthors(text))
        break
      }
      case 'editor-credit':
        addNames(meta, 'editors', parseEditors(text))
        addNames(meta, 'photographers', parsePhotographers(text))
        break
      case 'photo-credit':
        addNames(meta, 'photographers', parsePhotographers(text))
        break
      case 'print-edition': {
        const edition = parseEdition(text)
        if (edition && meta.edition === undefined) meta.edition = edition
        break
      }
      case 'keywords':
        addNames(meta, 'keywords', parseKeywords(text))
        break
      default:
    }
  }
  for (const text of leads) {
    const dateline = parseLead(text, meta.date)
    if (!dateline) continue
    const {authors, ...rest} = dateline
    meta.dateline = rest
    if (rest.outlet && !/^本/u.test(rest.outlet)) meta.outlet ??= rest.outlet
    if (rest.place) meta.place ??= rest.place
    if (authors) addNames(meta, 'authors', authors)
    break
  }
  if (meta.outlet === undefined && meta.edition) meta.outlet = meta.edition.publication
  return meta
}
