// Picks the lines of the development set from ../shared/corpus/realtext-dev
// and the defects injected into some of them, deterministically, and writes
// devset.json (file, line, region, kind, injection). Labels for the real
// messages on those lines live in judgements.json, written by reading them
// (review.js prints them). The article text stays in ../shared.
//
//   node bench/eval-script/select.js
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {corpusFiles, readCorpus, repo} from './lib.js'

// Lines that hold a hard case for some script rule: names and characters that
// exist in both scripts, regional vocabulary, titles, lists, quotations,
// ideographic spaces, Latin, Greek and Cyrillic letters, brackets.
const hardTraditional = /[余游范于岳郁杰占里么恒厘吓晒准伙干后彦荣]|議員|主席|局長|總理|、|「|《|\u3000|[α-ωΑ-Ωа-я]|[（(][a-z]/u
const hardSimplified = /[乾昇濛於薹後這說發內]|\u3000|[α-ωΑ-Ωа-я]|[（(][a-z]|、/u
const regionOfFolder = {mainland: 'zh-CN', hongkong: 'zh-HK', taiwan: 'zh-TW'}

/** A small deterministic generator (mulberry32), so the set is the same on every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function regionOfFile(file) {
  const [folder, name] = file.split('/')
  if (folder !== 'raw-pages') return regionOfFolder[folder]
  return {cn: 'zh-CN', hk: 'zh-HK', tw: 'zh-TW'}[name.slice(0, 2)]
}

/** Lines of an article worth a place in the set: the title, hard cases, one plain line. */
function pickLines(file, next) {
  const lines = readCorpus(file).split('\n')
  const region = regionOfFile(file)
  const hard = region === 'zh-CN' ? hardSimplified : hardTraditional
  const picked = new Set()
  const isText = (text) => /\p{Script=Han}{6}/u.test(text ?? '')
  if (file.startsWith('raw-pages/')) {
    // Pages: a few lines with hard cases (menus, language switches, credits).
    const candidates = lines.map((text, index) => index).filter((index) => isText(lines[index]) && hard.test(lines[index]))
    for (let count = 0; count < 3 && candidates.length > 0; count++) picked.add(candidates.splice(Math.floor(next() * candidates.length), 1)[0])
    return [...picked]
  }
  if (isText(lines[0])) picked.add(0)
  const hardLines = lines.map((text, index) => index).filter((index) => index > 0 && isText(lines[index]) && hard.test(lines[index]))
  for (let count = 0; count < 2 && hardLines.length > 0; count++) picked.add(hardLines.splice(Math.floor(next() * hardLines.length), 1)[0])
  const plain = lines.map((text, index) => index).filter((index) => index > 0 && !picked.has(index) && isText(lines[index]))
  if (plain.length > 0) picked.add(plain[Math.floor(next() * plain.length)])
  return [...picked]
}

// Kinds of injected defect, one per script rule, each a kind of error seen in
// real text: conversion leftovers (a simplified character in traditional
// text, a shared one in its phrase, the reverse), invisible characters,
// flattened ruby, look-alike letters, compatibility forms, half-width commas.
const leftovers = {
  // traditional → simplified-only leftover
  toSimplified: [['發', '发'], ['這', '这'], ['說', '说'], ['們', '们'], ['會', '会'], ['時', '时'], ['經', '经'], ['國', '国'], ['對', '对'], ['為', '为'], ['與', '与'], ['將', '将'], ['進', '进'], ['關', '关']],
  // words whose shared-character leftover a phrase decides
  sharedPhrase: [['幹部', '干部'], ['之後', '之后'], ['其餘', '其余'], ['後來', '后来'], ['以後', '以后'], ['最後', '最后'], ['乾淨', '干净'], ['隨後', '随后'], ['然後', '然后']],
  // simplified → traditional leftover
  toTraditional: [['发', '發'], ['这', '這'], ['说', '說'], ['们', '們'], ['会', '會'], ['时', '時'], ['经', '經'], ['国', '國'], ['对', '對'], ['为', '為'], ['进', '進'], ['关', '關']]
}

/** An injection for a line, or undefined when none fits: {rule, offset, original, replacement}. */
function injectionFor(text, region, kind, next) {
  const at = (pattern) => {
    const matches = [...text.matchAll(pattern)]
    return matches.length === 0 ? undefined : matches[Math.floor(next() * matches.length)]
  }
  const han = /\p{Script=Han}(?=\p{Script=Han})/gu
  switch (kind) {
    case 'variant': {
      const table = region === 'zh-CN' ? leftovers.toTraditional : next() < 0.35 ? leftovers.sharedPhrase : leftovers.toSimplified
      const options = table.filter(([from]) => text.includes(from))
      if (options.length === 0) return undefined
      const [from, to] = options[Math.floor(next() * options.length)]
      const match = at(new RegExp(from, 'g'))
      return {rule: 'no-mixed-variant', offset: match.index, original: from, replacement: to}
    }
    case 'invisible': {
      // A lost paragraph break (two ideographic spaces after a full stop) or a
      // zero-width, no-break or soft-hyphen character inside a word.
      const stop = next() < 0.3 ? at(/。(?=\p{Script=Han})/gu) : undefined
      if (stop) return {rule: 'no-invisible-character', offset: stop.index + 1, original: '', replacement: '\u3000\u3000'}
      const match = at(han)
      if (!match) return undefined
      const insert = ['\u200b', '\u00a0', '\ufeff', '\u00ad', '\u200d'][Math.floor(next() * 5)]
      return {rule: 'no-invisible-character', offset: match.index + 1, original: '', replacement: insert}
    }
    case 'pinyin': {
      const match = at(/[發发會会現现場场說说國国]/gu)
      if (!match) return undefined
      const reading = {發: 'fā', 发: 'fā', 會: 'huì', 会: 'huì', 現: 'xiàn', 现: 'xiàn', 場: 'chǎng', 场: 'chǎng', 說: 'shuō', 说: 'shuō', 國: 'guó', 国: 'guó'}[match[0]]
      // As scrapers leave it: `(fā)`, `（fā）`, `( fā)`, or with a tone number
      // (not in Hong Kong text, where a numbered gloss is Jyutping).
      const form = Math.floor(next() * (region === 'zh-HK' ? 3 : 4))
      const numbered = reading.normalize('NFD').replace(/[\u0300-\u036f]/g, '') + '1'
      const replacement = [`(${reading})`, `（${reading}）`, `( ${reading})`, `(${numbered})`][form]
      return {rule: 'no-pinyin-annotation', offset: match.index + 1, original: '', replacement}
    }
    case 'compat': {
      const match = at(/[；：，人大日]/gu)
      if (!match) return undefined
      const form = {'；': '﹔', '：': '︰', '，': '﹐', 人: '⼈', 大: '⼤', 日: '⽇'}[match[0]]
      return {rule: 'no-compat-character', offset: match.index, original: match[0], replacement: form}
    }
    case 'punctuation': {
      const match = at(/(?<=\p{Script=Han})，(?=\p{Script=Han})/gu)
      if (!match) return undefined
      return {rule: 'consistent-punctuation-width', offset: match.index, original: '，', replacement: ','}
    }
    case 'confusable': {
      const match = at(/[A-Za-z]*[aeopcx][A-Za-z]*/g)
      if (!match || match[0].length < 3) return undefined
      const inner = match[0].search(/[aeopcx]/)
      const letter = match[0][inner]
      return {rule: 'no-confusable', offset: match.index + inner, original: letter, replacement: {a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х'}[letter]}
    }
  }
  return undefined
}

const next = random(11)
const entries = []
for (const folder of ['hongkong', 'taiwan', 'mainland', 'raw-pages']) {
  for (const file of corpusFiles(folder)) {
    for (const line of pickLines(file, next)) entries.push({file, line: line + 1, region: regionOfFile(file), kind: 'real'})
  }
}

// Injections go into other lines than the real ones, so each entry is one line as it stands.
const taken = new Set(entries.map((entry) => `${entry.file}:${entry.line}`))
const kinds = ['variant', 'variant', 'variant', 'invisible', 'pinyin', 'compat', 'punctuation', 'confusable']
let count = 0
for (const folder of ['hongkong', 'taiwan', 'mainland']) {
  for (const file of corpusFiles(folder)) {
    const lines = readCorpus(file).split('\n')
    const region = regionOfFile(file)
    // Taiwan's crawled articles are one or two long lines: there an injected line may also be a real one.
    const order = lines.map((text, index) => index).filter((index) => (folder === 'taiwan' || !taken.has(`${file}:${index + 1}`)) && /\p{Script=Han}{10}/u.test(lines[index]))
    for (let tries = 0; tries < 2 && order.length > 0; tries++) {
      const index = order.splice(Math.floor(next() * order.length), 1)[0]
      // The next kind in turn that fits the line.
      for (let shift = 0; shift < kinds.length; shift++) {
        const injection = injectionFor(lines[index], region, kinds[(count + shift) % kinds.length], next)
        if (!injection) continue
        count += shift + 1
        taken.add(`${file}:${index + 1}`)
        entries.push({file, line: index + 1, region, kind: 'injected', injection})
        break
      }
    }
  }
}

writeFileSync(path.join(repo, 'bench', 'eval-script', 'devset.json'), JSON.stringify(entries, null, 1) + '\n')
const tally = {}
for (const entry of entries) tally[`${entry.region} ${entry.kind}`] = (tally[`${entry.region} ${entry.kind}`] ?? 0) + 1
console.log(entries.length, tally)
