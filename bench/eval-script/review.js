// Print the messages on the development set's lines that have no judgement
// yet, for reading: `node bench/eval-script/review.js`. Judgements go into
// judgements.json by hand.
import {engineFor, lineMessages, loadDevset, loadJudgements} from './score.js'

const judgements = loadJudgements()
const engine = engineFor()
const cache = new Map()
const seen = new Set()
for (const entry of loadDevset()) {
  const plain = {file: entry.file, line: entry.line, region: entry.region}
  if (seen.has(`${entry.file}:${entry.line}`)) continue
  seen.add(`${entry.file}:${entry.line}`)
  const {messages, lineText} = await lineMessages(plain, engine, cache)
  for (const message of messages) {
    if (judgements[message.key]) continue
    const context = lineText.slice(Math.max(0, message.column - 10), message.column) + '⟦' + lineText.slice(message.column, message.endColumn) + '⟧' + lineText.slice(message.endColumn, message.endColumn + 10)
    console.log(JSON.stringify(message.key), '|', message.reason, '|', JSON.stringify(context))
  }
}
