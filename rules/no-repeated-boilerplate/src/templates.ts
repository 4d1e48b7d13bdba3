/**
 * The decisions of `no-repeated-boilerplate`, apart from the plugin: which
 * lines recur across the files of one run. Pure: per-file line data in,
 * findings out, so the way the corpus phase is wired can change without
 * touching them.
 */

/**
 * The lines of one file as the detector sees them, in columns (no object per
 * line: a run of 100 000 articles has about 7 million lines), and the source
 * the file comes from (`hongkong/hkcnews` for `hongkong/hkcnews-001.txt`).
 */
export interface FileData {
  source: string
  /** Each line's key: a hash of the normalised line, an integer exact in a double. */
  keys: ArrayLike<number>
  /** Whether a line ends like a sentence: the story's own words unless a site template. */
  isSentence(line: number): boolean
  /** A line's position among the non-blank lines of the file, from the start (0 = first). */
  rank(line: number): number
  /** …and from the end (0 = last). */
  fromEnd(line: number): number
}

/** Settings of the detector. */
export interface TemplateOptions {
  /** A line is boilerplate when it occurs in at least this many files. */
  minFiles: number
  /** …and in at least this share of the files of the run (0–1). */
  minShare: number
  /** Lines this close to the start or end of a file (non-blank lines) can be a site's opening or closing. */
  edge: number
  /** A site's opening or closing line must be in at least this share of the files of its source. */
  templateShare: number
}

/** A line to report: the file and line (indexes into the input), and why. */
export interface Finding {
  file: number
  line: number
  /** Files sharing the line: in the whole run (`repeated`) or in the source (`opening` / `closing`). */
  files: number
  /** Files of the source, for templates. */
  sourceFiles?: number
  reason: 'repeated' | 'opening' | 'closing'
}

/** Default settings: three files, a third of a source's files for its templates, three lines from either edge. */
export const defaultTemplateOptions: TemplateOptions = {minFiles: 3, minShare: 0, edge: 3, templateShare: 0.5}

/**
 * Lines shared by many files of one run: any line (not a sentence) found in
 * at least `minFiles` files, and the lines that open or close at least
 * `templateShare` of the files of one source, whatever their punctuation (a
 * subscription appeal that ends in `。`). Counting sorts the keys (each file's
 * distinct keys, then all of them): memory is a few numbers per line, and the
 * time O(n log n) in lines.
 */
export function findRepeatedLines(files: readonly FileData[], options: TemplateOptions = defaultTemplateOptions): Finding[] {
  const inRun = countFiles(files.map((file) => distinctKeys(file, () => true)))
  const bySource = new Map<string, number[]>()
  files.forEach((file, index) => {
    const list = bySource.get(file.source)
    if (list) list.push(index)
    else bySource.set(file.source, [index])
  })
  const atEdge = new Map<string, KeyCounts>()
  for (const [source, indexes] of bySource) {
    atEdge.set(source, countFiles(indexes.map((index) => distinctKeys(files[index]!, (line) => isEdge(files[index]!, line, options.edge)))))
  }
  const needed = Math.max(options.minFiles, Math.ceil(options.minShare * files.length))
  const findings: Finding[] = []
  files.forEach((file, fileIndex) => {
    const sourceFiles = bySource.get(file.source)!.length
    const edgeCounts = atEdge.get(file.source)!
    for (let line = 0; line < file.keys.length; line++) {
      const key = file.keys[line]!
      const sentence = file.isSentence(line)
      // Sentences only as a site's opening or closing: other lines are judged across the whole run.
      const edgeCount = sentence && isEdge(file, line, options.edge) ? edgeCounts.get(key) : 0
      if (edgeCount >= needed && edgeCount >= options.templateShare * sourceFiles) {
        const reason = file.rank(line) < options.edge ? 'opening' : 'closing'
        findings.push({file: fileIndex, line, files: edgeCount, sourceFiles, reason})
        continue
      }
      const count = inRun.get(key)
      if (!sentence && count >= needed) findings.push({file: fileIndex, line, files: count, reason: 'repeated'})
    }
  })
  return findings
}

function isEdge(file: FileData, line: number, edge: number): boolean {
  return file.rank(line) < edge || file.fromEnd(line) < edge
}

/** The distinct keys of a file's lines kept by `keep`, sorted. */
function distinctKeys(file: FileData, keep: (line: number) => boolean): Float64Array {
  const kept: number[] = []
  for (let line = 0; line < file.keys.length; line++) if (keep(line)) kept.push(file.keys[line]!)
  return unique(Float64Array.from(kept).sort())
}

/** The distinct values of a sorted array (a view of it, compacted in place). */
function unique(sorted: Float64Array): Float64Array {
  let size = 0
  for (let at = 0; at < sorted.length; at++) if (size === 0 || sorted[at] !== sorted[size - 1]) sorted[size++] = sorted[at]!
  return sorted.subarray(0, size)
}

/** Sorted distinct keys and, for each, in how many files it occurs. */
class KeyCounts {
  constructor(
    private readonly keys: Float64Array,
    private readonly counts: Int32Array
  ) {}

  /** In how many files `key` occurs (0 when in none). */
  get(key: number): number {
    let low = 0
    let high = this.keys.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.keys[middle]! < key) low = middle + 1
      else high = middle
    }
    return low < this.keys.length && this.keys[low] === key ? this.counts[low]! : 0
  }
}

/** In how many files each key occurs, from each file's distinct keys. */
function countFiles(perFile: readonly Float64Array[]): KeyCounts {
  let total = 0
  for (const keys of perFile) total += keys.length
  const all = new Float64Array(total)
  let at = 0
  for (const keys of perFile) {
    all.set(keys, at)
    at += keys.length
  }
  all.sort()
  const counts = new Int32Array(total)
  let size = 0
  for (let index = 0; index < total; index++) {
    if (size > 0 && all[size - 1] === all[index]) counts[size - 1]!++
    else {
      all[size] = all[index]!
      counts[size++] = 1
    }
  }
  return new KeyCounts(all.slice(0, size), counts.slice(0, size))
}

/**
 * The source of a file, from its path: the folder and the file name without
 * its number and extension (`corpus/hongkong/hkcnews-001.txt` →
 * `corpus/hongkong/hkcnews`). Files without a path share one source.
 */
export function sourceOf(path: string | undefined): string {
  if (!path) return ''
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  const folder = path.slice(0, slash + 1)
  const name = path.slice(slash + 1).replace(/\.[^.]*$/, '')
  return folder + name.replace(/[-_.\s]*\d+$/, '')
}
