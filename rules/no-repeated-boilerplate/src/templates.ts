/**
 * The decisions of `no-repeated-boilerplate`, apart from the plugin: which
 * lines recur across the files of one run. Pure: per-file line data in,
 * findings out, so the way the corpus phase is wired can change without
 * touching them.
 */

/** One line of a file as the detector sees it. */
export interface LineData {
  /** Hash of the normalised line. */
  key: string | number
  /** The line ends like a sentence: the story's own words unless a site template. */
  sentence: boolean
  /** Position among the non-blank lines of the file, from the start and from the end (0 = first / last). */
  rank: number
  fromEnd: number
}

/** The lines of one file and the source it comes from (`hongkong/hkcnews` for `hongkong/hkcnews-001.txt`). */
export interface FileData {
  source: string
  lines: readonly LineData[]
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
 * subscription appeal that ends in `。`).
 */
export function findRepeatedLines(files: readonly FileData[], options: TemplateOptions = defaultTemplateOptions): Finding[] {
  const inRun = countFiles(files, () => true)
  const atEdge = countFiles(files, (line) => isEdge(line, options.edge), (file) => file.source)
  const sourceSizes = new Map<string, number>()
  for (const file of files) sourceSizes.set(file.source, (sourceSizes.get(file.source) ?? 0) + 1)
  const needed = Math.max(options.minFiles, Math.ceil(options.minShare * files.length))
  const findings: Finding[] = []
  files.forEach((file, fileIndex) => {
    const sourceFiles = sourceSizes.get(file.source) ?? 1
    file.lines.forEach((line, lineIndex) => {
      // Sentences only as a site's opening or closing: other lines are judged across the whole run.
      const edgeCount = line.sentence && isEdge(line, options.edge) ? (atEdge.get(`${file.source}\u0000${line.key}`) ?? 0) : 0
      if (edgeCount >= needed && edgeCount >= options.templateShare * sourceFiles) {
        const reason = line.rank < options.edge ? 'opening' : 'closing'
        findings.push({file: fileIndex, line: lineIndex, files: edgeCount, sourceFiles, reason})
        return
      }
      const count = inRun.get(`\u0000${line.key}`) ?? 0
      if (!line.sentence && count >= needed) findings.push({file: fileIndex, line: lineIndex, files: count, reason: 'repeated'})
    })
  })
  return findings
}

function isEdge(line: LineData, edge: number): boolean {
  return line.rank < edge || line.fromEnd < edge
}

/** In how many files each key occurs (once per file), among the lines kept by `keep`, per group. */
function countFiles(files: readonly FileData[], keep: (line: LineData) => boolean, group: (file: FileData) => string = () => ''): Map<string, number> {
  const counts = new Map<string, number>()
  for (const file of files) {
    const prefix = group(file)
    const seen = new Set<string>()
    for (const line of file.lines) {
      if (!keep(line)) continue
      const key = `${prefix}\u0000${line.key}`
      if (seen.has(key)) continue
      seen.add(key)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
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
