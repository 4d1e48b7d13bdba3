/**
 * Character tables for numerals, built once at import as typed arrays so the
 * scanner does one array read per character.
 */

/** Digit value of a Chinese digit character, or -1. */
export const ZH_DIGIT = new Int8Array(0x10000).fill(-1)
/** Exponent of a small unit (十百千), or -1. */
export const ZH_UNIT = new Int8Array(0x10000).fill(-1)
/** Exponent of a magnitude word (万亿兆), or -1. */
export const ZH_MAG = new Int8Array(0x10000).fill(-1)
/** Value of an ASCII or full-width digit, or -1. */
export const AR_DIGIT = new Int8Array(0x10000).fill(-1)

/** Financial forms that are also ordinary words (队伍, 大陆, 收拾, 放肆, 參與): need numeral neighbours. */
export const AMBIGUOUS_FINANCIAL = new Uint8Array(0x10000)
/** 两/兩/倆: a digit, but never a decimal digit and never in a digit string. */
export const LIANG = new Uint8Array(0x10000)
/** 零/〇: zero filler in positional numerals. */
export const ZERO_CHAR = new Uint8Array(0x10000)
/** Financial (anti-fraud) digit and unit forms. */
export const FINANCIAL = new Uint8Array(0x10000)

function set(table: Int8Array | Uint8Array, chars: string, value: number): void {
  for (const ch of chars) table[ch.charCodeAt(0)] = value
}

set(ZH_DIGIT, '零〇', 0)
set(ZH_DIGIT, '一壹弌幺', 1)
set(ZH_DIGIT, '二贰貳弍两兩倆', 2)
set(ZH_DIGIT, '三叁參弎', 3)
set(ZH_DIGIT, '四肆', 4)
set(ZH_DIGIT, '五伍', 5)
set(ZH_DIGIT, '六陆陸', 6)
set(ZH_DIGIT, '七柒', 7)
set(ZH_DIGIT, '八捌', 8)
set(ZH_DIGIT, '九玖', 9)
set(ZH_UNIT, '十拾', 1)
set(ZH_UNIT, '百佰', 2)
set(ZH_UNIT, '千仟', 3)
set(ZH_MAG, '万萬', 4)
set(ZH_MAG, '亿億', 8)
set(ZH_MAG, '兆', 12)
set(AMBIGUOUS_FINANCIAL, '伍陆陸拾肆參', 1)
set(LIANG, '两兩倆', 1)
set(ZERO_CHAR, '零〇', 1)
set(FINANCIAL, '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟', 1)
for (let i = 0; i < 10; i++) {
  AR_DIGIT[0x30 + i] = i
  AR_DIGIT[0xff10 + i] = i
}

/** 廿 卅 卌: one character for 二十 三十 四十. */
export const ZH_TENS = new Int8Array(0x10000).fill(-1)
set(ZH_TENS, '廿', 2)
set(ZH_TENS, '卅', 3)
set(ZH_TENS, '卌', 4)

/** Characters at which a quantity may start; everything else is skipped in one array read. */
export const TRIGGER = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  if (ZH_DIGIT[c]! >= 0 || ZH_UNIT[c]! >= 0 || AR_DIGIT[c]! >= 0 || ZH_TENS[c]! >= 0) TRIGGER[c] = 1
}
// 第 ordinals, signs, 半, vague 几/数, currency symbols, 万 in 万分之 and a magnitude alone (万, 亿: see
// magnitudeBeforeMoney in find.ts), 对 in 打对折, '.' in '.5'.
set(TRIGGER, '第负負-－−半几幾数數万萬亿億$＄￥¥€£对對.', 1)

// Taiwan and older print write the zero of a numeral with the circle ○ (`二○一四年`, `一百○五`): a
// digit inside a numeral, but never its start, where it is a mark or stands for a hidden name (`林○○`).
set(ZH_DIGIT, '○', 0)
set(ZERO_CHAR, '○', 1)
set(TRIGGER, '○', 0)

/** True for CJK unified ideographs (BMP blocks used in running text). */
export function isHanzi(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

/** ASCII or full-width Latin letter. */
export function isLatin(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
  )
}

/** Horizontal space allowed inside a numeral or between a numeral and its unit. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x2009 || code === 0x202f
}

/** Skip horizontal spaces from `i`; returns the first non-space index. */
export function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && isInlineSpace(text.charCodeAt(at))) at++
  return at
}

/**
 * Match `word` at `i` allowing horizontal spaces between its characters
 * (`百 分 之`, `个 百 分 点`); returns the end index or -1.
 */
export function matchSpaced(text: string, at: number, end: number, word: string): number {
  let j = at
  for (let k = 0; k < word.length; k++) {
    if (k > 0) j = skipSpaces(text, j, end)
    if (j >= end || text.charCodeAt(j) !== word.charCodeAt(k)) return -1
    j++
  }
  return j
}
