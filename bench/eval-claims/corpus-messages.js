// Messages of the four claim rules over every article of ../shared/corpus (seeds, boilerplate-dev,
// realtext-dev with its raw pages), checked as one run, without and with a fallback date.
// Run: npx tsc -b && node bench/eval-claims/corpus-messages.js
import {readdirSync, readFileSync} from 'node:fs'
import {FALLBACK_DATE, corpusDir, corpusFindings} from './lib.js'

/** Every `.txt` under the shared corpus, by path relative to it, sorted. */
function allArticles(dir = '') {
  const out = []
  for (const entry of readdirSync(corpusDir + dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = dir + entry.name
    if (entry.isDirectory()) out.push(...allArticles(path + '/'))
    else if (entry.name.endsWith('.txt')) out.push({path, text: readFileSync(corpusDir + path, 'utf8')})
  }
  return out
}

const articles = allArticles()
for (const date of [undefined, FALLBACK_DATE]) {
  const findings = await corpusFindings(articles, {date})
  console.log(`## ${articles.length} articles (${date ? `settings.date ${date}` : 'no fallback date'}): ${findings.length} messages`)
  for (const f of findings) console.log(`  ${f.path}:${f.line}:${f.column} ${f.ruleId} ${f.reason}${f.cause ? ` (cause ${f.cause})` : ''}`)
}
