import {formatFromPath, type Format} from '@jiaodui/core'

/** Language ids (as editors send them) that map to a format jiaodui checks. */
const formatsByLanguage: Record<string, Format> = {
  plaintext: 'txt',
  text: 'txt',
  txt: 'txt',
  markdown: 'md',
  html: 'html'
}

/**
 * The format of an open document: its language id first (an editor knows what
 * it opened), then its file name; `undefined` when jiaodui does not check it.
 */
export function formatOf(languageId: string, path: string | undefined): Format | undefined {
  return formatsByLanguage[languageId.toLowerCase()] ?? (path ? formatFromPath(path) : undefined)
}

/** Why a document is not checked: a problem of the input, not of the article. */
export interface InputProblem {
  code: 'binary' | 'too-large'
  message: string
}

/** How much of a document is looked at to decide it is binary. */
const sniffLength = 8192

/**
 * Refuse documents that are not text worth checking: over `maxBytes` (UTF-8),
 * or binary (a NUL, or mostly control characters, in the first 8 KB). An editor
 * opens anything; checking a 200 MB log or a PNG decoded as text would only
 * stall the server.
 */
export function inputProblem(text: string, maxBytes: number): InputProblem | undefined {
  // Cheap bound first: UTF-8 takes at least one byte per UTF-16 unit and at most three.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes > maxBytes) {
      return {
        code: 'too-large',
        message: `This document is ${(bytes / 1e6).toFixed(1)} MB, over the limit of ${(maxBytes / 1e6).toFixed(1)} MB; jiaodui does not check it (split it, or start the server with a larger --max-file-size).`
      }
    }
  }
  const head = text.slice(0, sniffLength)
  let controls = 0
  for (let index = 0; index < head.length; index++) {
    const code = head.charCodeAt(index)
    if (code === 0) return binary()
    // Tab, line feed, form feed and carriage return are text.
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls++
  }
  return head.length > 0 && controls / head.length > 0.1 ? binary() : undefined
}

function binary(): InputProblem {
  return {
    code: 'binary',
    message: 'This document looks binary (it contains NUL or many control characters); jiaodui checks text only.'
  }
}
