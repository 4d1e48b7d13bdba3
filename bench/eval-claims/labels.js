// The hand labels of bench/eval-claims/labels/ and the metadata of the labelled documents.
import {readFileSync} from 'node:fs'

const dir = new URL('./labels/', import.meta.url)

/** `{path → {date, region}}`: the article date and region a newsroom's CMS would give (documents.json). */
export const documents = JSON.parse(readFileSync(new URL('documents.json', dir), 'utf8'))

/** Metadata to pass to extractClaims for a labelled document. */
export function documentMeta(path) {
  const d = documents[path]
  return d ? {...(d.date ? {date: d.date} : {}), ...(d.region ? {region: d.region} : {})} : {}
}

/** Every label line of labels/*.jsonl. */
export function loadLabels(files) {
  const out = []
  for (const file of files) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line))
  }
  return out
}
