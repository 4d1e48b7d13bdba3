import type {Format} from '@jiaodui/core'
import type {PageMessage} from './protocol.js'
import {Checker, type CheckResult} from './checker.js'
import {maxFileBytes, openBytes, type PageEncoding} from './decode.js'
import {sampleArticle} from './sample.js'

/** An element of the page by id (the page is ours: a missing one is a bug). */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`#${id} missing from index.html`)
  return element as T
}

const article = byId<HTMLTextAreaElement>('article')
const annotated = byId<HTMLElement>('annotated')
const findings = byId<HTMLElement>('findings')
const status = byId<HTMLElement>('status')
const notice = byId<HTMLElement>('notice')
const formatSelect = byId<HTMLSelectElement>('format')
const encodingSelect = byId<HTMLSelectElement>('encoding')
const fileInput = byId<HTMLInputElement>('open')

/** What the page shows now. */
const state: {name: string; messages: PageMessage[]; checkedText: string} = {name: 'article.txt', messages: [], checkedText: ''}

const checker = new Checker(
  new URL('./worker.js', import.meta.url),
  (message) => showNotice(message, 'engine'),
  (milliseconds) => document.body.setAttribute('data-engine-ready', String(Math.round(milliseconds)))
)

function showNotice(message: string | undefined, kind = 'size'): void {
  notice.textContent = message ?? ''
  notice.hidden = !message
  notice.dataset['kind'] = kind
}

function format(): Format {
  return formatSelect.value as Format
}

/** Show a result: the text (when a fix changed it), the highlights and the list. */
function show(result: CheckResult | undefined): void {
  if (!result) return
  if (result.text !== article.value) article.value = result.text
  state.messages = result.messages
  state.checkedText = result.text
  renderAnnotated(result.text, result.messages)
  renderFindings(result.messages)
  const fixed = result.applied > 0 ? `, ${result.applied} fixed` : ''
  status.textContent = `${result.messages.length} finding${result.messages.length === 1 ? '' : 's'}${fixed} · checked in ${Math.round(result.milliseconds)} ms`
  document.body.setAttribute('data-checked', String(result.messages.length))
}

async function checkNow(): Promise<void> {
  // Pasted text gets the limit of opened files: the highlights of a huge text would stall the page.
  if (article.value.length > maxFileBytes) {
    showNotice(`The text is ${(article.value.length / 1e6).toFixed(1)} million characters; this page checks articles up to ${maxFileBytes / 1e6} million. Check it with the command line: jiaodui check <file>`)
    status.textContent = 'Not checked'
    return
  }
  if (!notice.hidden && notice.dataset['kind'] === 'size') showNotice(undefined)
  status.textContent = 'Checking…'
  document.body.removeAttribute('data-checked')
  const text = article.value
  const result = await checker.run({kind: 'check', text, format: format()})
  // Text typed meanwhile has its own check coming: these findings would point at the wrong places.
  if (article.value === text) show(result)
}

async function applyFixes(messages: readonly PageMessage[]): Promise<void> {
  const edits = messages.flatMap((message) =>
    message.expected?.[0] === undefined
      ? []
      : [{start: message.place.start.offset, end: message.place.end.offset, actual: message.actual ?? '', replacement: message.expected[0]}]
  )
  // Offsets are into the checked text: after typing, wait for its check before fixing.
  const base = article.value
  if (edits.length === 0 || base !== state.checkedText) return
  status.textContent = 'Fixing…'
  document.body.removeAttribute('data-checked')
  const result = await checker.run({kind: 'fix', text: base, format: format(), edits})
  if (article.value === base) show(result)
}

/** The article with every finding marked; text goes in as text nodes only, never as markup. */
function renderAnnotated(text: string, messages: readonly PageMessage[]): void {
  const fragment = document.createDocumentFragment()
  let cursor = 0
  messages.forEach((message, index) => {
    const start = Math.max(cursor, message.place.start.offset)
    const end = Math.max(start, message.place.end.offset)
    fragment.append(text.slice(cursor, start))
    const mark = document.createElement('mark')
    mark.className = `severity-${message.severity}${start === end ? ' insertion' : ''}`
    mark.title = `${message.reason} (${message.ruleId})`
    mark.dataset['index'] = String(index)
    mark.textContent = visible(text.slice(start, end))
    fragment.append(mark)
    cursor = end
  })
  fragment.append(text.slice(cursor))
  annotated.replaceChildren(fragment)
}

/** Invisible characters get a visible stand-in inside a mark, so the editor sees what is flagged. */
function visible(slice: string): string {
  return slice.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u00a0\u00ad\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u3000\ufeff]/g, (character) =>
    character === '\u3000' ? '□' : `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
  )
}

/** Select the finding's text in the editor and its row in the list. */
function focusFinding(index: number): void {
  const message = state.messages[index]
  if (!message) return
  article.focus()
  article.setSelectionRange(message.place.start.offset, message.place.end.offset)
  findings.querySelector(`[data-index="${index}"]`)?.scrollIntoView({block: 'nearest'})
}

function button(label: string, onClick: () => void, className = 'fix'): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.className = className
  element.textContent = label
  element.addEventListener('click', onClick)
  return element
}

/** The findings grouped by rule, each with its reason and, when it has one, its fix. */
function renderFindings(messages: readonly PageMessage[]): void {
  const byRule = new Map<string, number[]>()
  messages.forEach((message, index) => {
    const indexes = byRule.get(message.ruleId)
    if (indexes) indexes.push(index)
    else byRule.set(message.ruleId, [index])
  })
  const sections = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, indexes]) => ruleSection(ruleId, indexes))
  if (sections.length === 0) {
    const empty = document.createElement('p')
    empty.className = 'empty'
    empty.textContent = 'No findings.'
    sections.push(empty)
  }
  findings.replaceChildren(...sections)
}

/** Findings listed per rule; a long article's thousands of findings would make the list itself the slow part. */
const maxListedPerRule = 200

function ruleSection(ruleId: string, indexes: number[]): HTMLElement {
  const section = document.createElement('section')
  section.className = 'rule'
  section.dataset['rule'] = ruleId
  const heading = document.createElement('h3')
  const link = document.createElement('a')
  link.textContent = ruleId
  const url = state.messages[indexes[0]!]?.url
  if (url) {
    link.href = url
    link.target = '_blank'
    link.rel = 'noopener'
  }
  heading.append(link, ` (${indexes.length})`)
  const fixable = indexes.filter((index) => state.messages[index]?.expected?.[0] !== undefined)
  if (fixable.length > 1) {
    heading.append(button(`Fix all ${fixable.length}`, () => void applyFixes(fixable.map((index) => state.messages[index]!)), 'fix-all'))
  }
  const list = document.createElement('ol')
  for (const index of indexes.slice(0, maxListedPerRule)) list.append(findingItem(index))
  section.append(heading, list)
  if (indexes.length > maxListedPerRule) {
    const more = document.createElement('p')
    more.className = 'more'
    more.textContent = `… and ${indexes.length - maxListedPerRule} more of this rule (all are marked in the text).`
    section.append(more)
  }
  return section
}

function findingItem(index: number): HTMLElement {
  const message = state.messages[index]!
  const item = document.createElement('li')
  item.dataset['index'] = String(index)
  item.className = `severity-${message.severity}`
  const where = document.createElement('span')
  where.className = 'where'
  where.textContent = `${message.place.start.line}:${message.place.start.column}`
  const reason = document.createElement('span')
  reason.className = 'reason'
  reason.textContent = message.reason
  item.append(where, ` ${message.severity} `, reason)
  const replacement = message.expected?.[0]
  if (replacement !== undefined) {
    item.append(' ', button(replacement === '' ? 'Fix: delete' : `Fix → ${visible(replacement).replace(/ /g, '␣')}`, () => void applyFixes([message])))
  }
  if (message.note) item.title = message.note
  return item
}

function download(): void {
  const blob = new Blob([article.value], {type: 'text/plain;charset=utf-8'})
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = state.name.replace(/(\.[^.]*)?$/, (extension) => `.fixed${extension || '.txt'}`)
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

async function openFile(file: File): Promise<void> {
  const opened = openBytes(file.name, new Uint8Array(await file.arrayBuffer()), encodingSelect.value as PageEncoding)
  if ('problem' in opened) {
    showNotice(opened.problem, 'file')
    return
  }
  showNotice(undefined)
  state.name = file.name
  formatSelect.value = opened.format
  article.value = opened.text
  byId('file-name').textContent = `${file.name} (${opened.encoding})`
  await checkNow()
}

let typingTimer: ReturnType<typeof setTimeout> | undefined

function wire(): void {
  article.addEventListener('input', () => {
    // The shown findings are of older text now.
    document.body.removeAttribute('data-checked')
    clearTimeout(typingTimer)
    typingTimer = setTimeout(() => void checkNow(), 300)
  })
  formatSelect.addEventListener('change', () => void checkNow())
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0]
    if (file) void openFile(file)
    fileInput.value = ''
  })
  byId('sample').addEventListener('click', () => {
    article.value = sampleArticle
    formatSelect.value = 'txt'
    state.name = 'sample.txt'
    void checkNow()
  })
  byId('fix-everything').addEventListener('click', () => void applyFixes(state.messages))
  byId('download').addEventListener('click', download)
  // One listener each for the marks and the reasons, however many findings there are.
  annotated.addEventListener('click', (event) => focusFromEvent(event, 'mark'))
  findings.addEventListener('click', (event) => focusFromEvent(event, '.reason'))
}

function focusFromEvent(event: MouseEvent, selector: string): void {
  const target = event.target instanceof Element ? event.target.closest(selector) : null
  const index = target?.closest<HTMLElement>('[data-index]')?.dataset['index']
  if (index !== undefined) focusFinding(Number(index))
}

wire()
if (article.value) void checkNow()
