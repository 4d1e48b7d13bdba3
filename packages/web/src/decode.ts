import type {Format} from '@jiaodui/core'

/** Largest file the page opens; bigger articles belong to the CLI. */
export const maxFileBytes = 2_000_000

/** Encodings the page can read (TextDecoder labels). */
export type PageEncoding = 'auto' | 'utf-8' | 'gb18030' | 'big5'

/** An opened file: its text, or why it cannot be checked here. */
export type Opened = {text: string; encoding: string; format: Format} | {problem: string}

/** The format of a file name, as the CLI picks it (txt when unknown). */
export function formatOfName(name: string): Format {
  const extension = /\.([a-z\d]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (extension === 'md' || extension === 'markdown') return 'md'
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html'
  return 'txt'
}

/** Whether the bytes hold a NUL outside UTF-16: text files never do. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536)
  return head.includes(0)
}

function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function strictDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // TextDecoder drops a BOM of its own encoding.
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Decode an opened file as the CLI would where the browser allows it: a BOM
 * (UTF-8, UTF-16) decides; otherwise UTF-8, or the encoding the editor chose.
 * Too large, binary and undecodable files get a sentence saying so and what
 * to do, never a guess.
 */
export function openBytes(name: string, bytes: Uint8Array, chosen: PageEncoding): Opened {
  if (bytes.length > maxFileBytes) {
    return {
      problem: `${name} is ${(bytes.length / 1e6).toFixed(1)} MB; this page checks articles up to ${maxFileBytes / 1e6} MB. Check it with the command line: jiaodui check "${name}"`
    }
  }
  const bom = bomEncoding(bytes)
  if (!bom && looksBinary(bytes)) return {problem: `${name} looks like a binary file (it contains NUL bytes), not an article.`}
  const encoding = bom ?? (chosen === 'auto' ? 'utf-8' : chosen)
  const text = strictDecode(bytes, encoding)
  if (text === undefined) {
    const hint =
      chosen === 'auto'
        ? ' It may be GB18030 (mainland) or Big5 (Hong Kong, Taiwan): choose the encoding in the Encoding menu and open it again.'
        : ' Choose another encoding in the Encoding menu, or convert the file to UTF-8.'
    return {problem: `${name} is not valid ${encoding.toUpperCase()}.${hint}`}
  }
  return {text, encoding: encoding.toUpperCase(), format: formatOfName(name)}
}
