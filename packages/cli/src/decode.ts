import {createRequire} from 'node:module'

// chardet and iconv-lite are needed only for bytes that are not UTF-8 (or for
// UTF-16 and legacy encodings), so they are required on first use rather than
// at start-up.
const require = createRequire(import.meta.url)
let iconvModule: typeof import('iconv-lite') | undefined
let chardetModule: typeof import('chardet') | undefined
function iconv(): typeof import('iconv-lite') {
  return (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'))
}
function chardet(): typeof import('chardet') {
  return (chardetModule ??= require('chardet') as typeof import('chardet'))
}

/** Encodings jiaodui reads and writes. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

/** The text of a file and how to write it back. */
export interface Decoded {
  text: string
  encoding: Encoding
  /** Whether the bytes started with a byte-order mark (kept on write). */
  bom: boolean
  /** The bytes read validly as GB18030 and as Big5 and the choice was a guess: never rewritten without --encoding. */
  ambiguous?: boolean
}

/** A file that cannot be read as text: binary, or bytes no supported encoding explains. */
export class DecodeError extends Error {
  readonly code: 'binary' | 'undecodable' | 'unsupported-encoding' | 'unrepresentable'
  constructor(code: DecodeError['code'], message: string) {
    super(message)
    this.name = 'DecodeError'
    this.code = code
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 or
 * Big5. Never guesses silently: binary or undecodable bytes throw `DecodeError`.
 */
export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return decodeAs(bytes, forced)
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    throw new DecodeError('unsupported-encoding', 'UTF-32 is not supported; convert the file to UTF-8')
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be')

  const binary = binaryReason(bytes)
  if (binary) throw new DecodeError('binary', binary)

  try {
    return {text: utf8.decode(bytes), encoding: 'utf-8', bom: false}
  } catch {
    // Not UTF-8: a legacy Chinese encoding, or something we refuse to guess.
  }
  return decodeLegacy(bytes)
}

/** Decode with a known encoding; undecodable bytes throw. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): Decoded {
  switch (encoding) {
    case 'utf-8': {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      try {
        return {text: utf8.decode(bom ? bytes.subarray(3) : bytes), encoding, bom}
      } catch {
        throw new DecodeError('undecodable', `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`)
      }
    }
    case 'utf-16le':
    case 'utf-16be': {
      const le = encoding === 'utf-16le'
      const bom = le ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff
      const body = bom ? bytes.subarray(2) : bytes
      if (body.length % 2 !== 0) {
        throw new DecodeError('undecodable', `${encoding.toUpperCase()} data has an odd number of bytes`)
      }
      const text = new TextDecoder(encoding, {ignoreBOM: true}).decode(body)
      return {text, encoding, bom}
    }
    case 'gb18030':
    case 'big5': {
      const text = iconv().decode(Buffer.from(bytes), encoding)
      const bad = text.indexOf('\uFFFD')
      if (bad !== -1) {
        throw new DecodeError('undecodable', `bytes not valid in ${label(encoding)} (near character ${bad})`)
      }
      return {text, encoding, bom: false}
    }
  }
}

/** Encode text back the way it was read; throws if a character cannot be represented. */
export function encode(text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Buffer {
  let body: Buffer
  switch (decoded.encoding) {
    case 'utf-8':
      body = Buffer.from(text, 'utf8')
      return decoded.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
    case 'utf-16le':
    case 'utf-16be':
      body = iconv().encode(text, decoded.encoding, {addBOM: false})
      if (!decoded.bom) return body
      return Buffer.concat([
        Buffer.from(decoded.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]),
        body
      ])
    case 'gb18030':
    case 'big5': {
      body = iconv().encode(text, decoded.encoding)
      if (iconv().decode(body, decoded.encoding) !== text) {
        throw new DecodeError(
          'unrepresentable',
          `the fixed text has characters that ${label(decoded.encoding)} cannot represent`
        )
      }
      return body
    }
  }
}

/** Human name of an encoding, as reports show it. */
export function label(encoding: Encoding): string {
  return {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    gb18030: 'GB18030',
    big5: 'Big5'
  }[encoding]
}

/** Parse a user-given encoding name (`--encoding`). */
export function parseEncoding(name: string): Encoding | undefined {
  const key = name.toLowerCase().replace(/[^a-z\d]/g, '')
  const map: Record<string, Encoding> = {
    utf8: 'utf-8',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
    gb18030: 'gb18030',
    gbk: 'gb18030',
    gb2312: 'gb18030',
    big5: 'big5',
    big5hkscs: 'big5'
  }
  return map[key]
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 8192)
  // A NUL byte settles it; the native search is much faster than the byte loop below.
  const nul = sample.indexOf(0)
  if (nul !== -1) return `binary data (NUL byte at ${nul})`
  let control = 0
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]!
    // Control characters other than tab, newline, form feed, carriage return, escape.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) control++
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    return 'binary data (too many control bytes)'
  }
  return undefined
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on prefix validity is not exact with multi-byte sequences; scan instead.
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (size === 0) return index
    try {
      utf8.decode(bytes.subarray(index, index + size))
    } catch {
      return index
    }
    index += size
  }
  return index
}

/**
 * GB18030 or Big5: candidates must decode without replacement characters; when
 * both do, chardet's statistics decide when they are clear, and otherwise the
 * share of double-byte characters in each encoding's common-character range.
 */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const candidates: Decoded[] = []
  for (const encoding of ['gb18030', 'big5'] as const) {
    try {
      candidates.push(decodeAs(bytes, encoding))
    } catch {
      // Not this one.
    }
  }
  const [first, second] = candidates
  if (!first) {
    const guess = chardet().detect(bytes)
    throw new DecodeError(
      'undecodable',
      `not valid UTF-8, GB18030 or Big5${guess ? ` (looks like ${guess})` : ''}; convert it to UTF-8 or pass --encoding`
    )
  }
  // Text that is mostly 8-bit Latin decodes "validly" as GB18030 but is not Chinese.
  const analysis = chardet().analyse(bytes)
  const confidence = (name: string) => analysis.find((match) => match.name === name)?.confidence ?? 0
  const gb = confidence('GB18030')
  const big5 = confidence('Big5')
  const top = analysis[0]
  if (top && top.confidence >= 50 && gb < 30 && big5 < 30 && /^(ISO-8859|windows-125)/.test(top.name)) {
    throw new DecodeError(
      'unsupported-encoding',
      `looks like ${top.name}, which jiaodui does not read (it reads UTF-8, UTF-16, GB18030 and Big5); convert it to UTF-8`
    )
  }
  if (!second) return first
  if (Math.abs(gb - big5) >= 20) return gb > big5 ? first : second
  const guess = commonShare(bytes, 0xb0, 0xd7) >= commonShare(bytes, 0xa4, 0xc6) ? first : second
  return {...guess, ambiguous: true}
}

/** Share of double-byte lead bytes in `[low, high]` (the common-hanzi rows of an encoding). */
function commonShare(bytes: Uint8Array, low: number, high: number): number {
  let pairs = 0
  let common = 0
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!
    if (byte < 0x81) continue
    pairs++
    if (byte >= low && byte <= high) common++
    index++
  }
  return pairs === 0 ? 0 : common / pairs
}
