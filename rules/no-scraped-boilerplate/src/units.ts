import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** A line of a text file, or a block of a Markdown/HTML file: what the classifier judges. */
export interface Unit {
  /** The text (for HTML and Markdown: the text content of the block). */
  text: string
  /** Offsets of the unit in the file (without its line ending). */
  start: number
  end: number
  /** Offset where a deletion of the unit ends: after its line ending for `.txt`. */
  deleteEnd: number
  /** Offset where a deletion starts (start of the line for whole Markdown lines). */
  deleteStart: number
}

/**
 * Lines of a plain-text file with their offsets. Works on the string, not the
 * tree: linear and independent of the parser's sentence splitting.
 */
export function lineUnits(value: string): Unit[] {
  const units: Unit[] = []
  let start = 0
  while (start <= value.length) {
    let newline = value.indexOf('\n', start)
    if (newline === -1) newline = value.length
    const end = newline > start && value.charCodeAt(newline - 1) === 13 ? newline - 1 : newline
    const deleteEnd = newline < value.length ? newline + 1 : newline
    units.push({text: value.slice(start, end), start, end, deleteStart: start, deleteEnd})
    if (newline >= value.length) break
    start = newline + 1
  }
  // A final newline does not open another line.
  if (units.length > 1 && units.at(-1)!.start === value.length) units.pop()
  return units
}

/**
 * Blocks of a Markdown or HTML file: the paragraphs of the nlcst tree, with
 * their source positions. A Markdown block that fills whole lines (apart from
 * markers such as `#`, `-`, `>`) is deleted with its lines.
 */
export function blockUnits(tree: Root, value: string, format: 'md' | 'html'): Unit[] {
  const units: Unit[] = []
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    const unit: Unit = {text: toString(child), start, end, deleteStart: start, deleteEnd: end}
    if (format === 'md') {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1
      let lineEnd = value.indexOf('\n', end)
      if (lineEnd === -1) lineEnd = value.length
      if (/^[\t >*+#\-\d.)]*$/.test(value.slice(lineStart, start)) && /^[\t #]*\r?$/.test(value.slice(end, lineEnd))) {
        unit.deleteStart = lineStart
        unit.deleteEnd = lineEnd < value.length ? lineEnd + 1 : lineEnd
      }
    }
    units.push(unit)
  }
  return units
}
