// Print every script-rule message on a folder of realtext-dev with its line, for
// reading by hand: `node bench/eval-script/dump.js hongkong taiwan [--rule id]`.
import {corpusFiles, messagesOf, readCorpus, scriptEngine} from './lib.js'

const args = process.argv.slice(2)
const ruleAt = args.indexOf('--rule')
const only = ruleAt === -1 ? undefined : args[ruleAt + 1]
const folders = args.filter((arg, index) => !arg.startsWith('--') && (ruleAt === -1 || index !== ruleAt + 1))
const engine = scriptEngine()
const counts = {}
for (const folder of folders) {
  for (const file of corpusFiles(folder)) {
    const text = readCorpus(file)
    const lines = text.split('\n')
    const {messages, region} = await messagesOf(engine, text, file)
    if (region) console.log(`## ${file} region=${JSON.stringify(region)}`)
    for (const message of messages) {
      if (only && message.rule !== only) continue
      counts[message.rule] = (counts[message.rule] ?? 0) + 1
      const line = lines[message.line - 1] ?? ''
      const lineStart = text.split('\n').slice(0, message.line - 1).join('\n').length + (message.line > 1 ? 1 : 0)
      const col = message.start - lineStart
      const context = line.slice(Math.max(0, col - 12), col) + '⟦' + text.slice(message.start, message.end) + '⟧' + line.slice(col + (message.end - message.start), col + (message.end - message.start) + 12)
      console.log(`${file}:${message.line} ${message.rule} ${message.fatal === undefined ? 'info' : 'warn'} | ${message.reason} | ${JSON.stringify(context)}`)
    }
  }
}
console.log(counts)
