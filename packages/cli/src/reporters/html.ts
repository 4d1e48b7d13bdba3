import {createHash} from 'node:crypto'
import type {Report} from '@jiaodui/core'
import {describeMessages, type DescribedFile, type DescribedMessage, type DescribedReport} from './described.js'
import type {AnyRule, RuleFamily} from '@jiaodui/lint-rule'

/** What the HTML report needs besides the report. */
export interface HtmlOptions {
  rules: readonly AnyRule[]
  /** Each file's checked text by report path, to show findings in context. */
  sources?: ReadonlyMap<string, string> | undefined
}

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** Characters a reader cannot see (controls, invisible and odd spaces), shown as `⟨U+XXXX⟩` inside a highlight. */
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function showInvisible(text: string): string {
  return text.replace(invisible, (character) => `⟨U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`)
}

/** Escaped text with invisible characters made visible. */
function visibleHtml(text: string): string {
  return escapeHtml(showInvisible(text))
}

const families: readonly RuleFamily[] = ['boilerplate', 'script', 'numbers', 'general']
const severities = ['error', 'warning', 'info'] as const

/** A horizontal bar chart in inline SVG (no script, no network). */
function barChart(title: string, rows: ReadonlyArray<{label: string; count: number; className: string}>): string {
  const barHeight = 22
  const labelWidth = 230
  const barWidth = 360
  const max = Math.max(1, ...rows.map((row) => row.count))
  const height = rows.length * barHeight + 8
  const bars = rows.map((row, index) => {
    const y = index * barHeight + 4
    const width = Math.max(row.count > 0 ? 2 : 0, Math.round((row.count / max) * barWidth))
    return (
      `<g class="bar ${escapeHtml(row.className)}" data-label="${escapeHtml(row.label)}">` +
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(row.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${barHeight - 8}" rx="2"/>` +
      `<text x="${labelWidth + width + 6}" y="${y + 15}">${row.count}</text></g>`
    )
  })
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">` +
    bars.join('') +
    `</svg></figure>`
  )
}

function countBy(report: DescribedReport, key: (message: DescribedMessage) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const file of report.files) for (const message of file.messages) counts.set(key(message), (counts.get(key(message)) ?? 0) + 1)
  return counts
}

/** The two charts: findings by family, and by rule (most first). */
function charts(report: DescribedReport, familyOf: ReadonlyMap<string, RuleFamily>): string {
  const byFamily = countBy(report, (message) => familyOf.get(message.ruleId) ?? 'general')
  const byRule = countBy(report, (message) => message.ruleId)
  const familyRows = families.map((family) => ({label: family, count: byFamily.get(family) ?? 0, className: `family-${family}`}))
  const ruleRows = [...byRule]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([ruleId, count]) => ({label: ruleId, count, className: `family-${familyOf.get(ruleId) ?? 'general'}`}))
  return `<div class="charts">${barChart('Findings by family', familyRows)}${ruleRows.length > 0 ? barChart('Findings by rule', ruleRows) : ''}</div>`
}

function totals(report: DescribedReport): string {
  const {summary} = report
  const cells: Array<[string, number, string]> = [
    ['files', summary.files, 'files'],
    ['with findings', summary.filesWithMessages, 'with-findings'],
    ['not checked', summary.filesWithErrors, 'not-checked'],
    ['errors', summary.errors, 'error'],
    ['warnings', summary.warnings, 'warning'],
    ['info', summary.infos, 'info'],
    ['fixable', summary.fixable, 'fixable']
  ]
  return `<dl class="totals">${cells.map(([label, value, name]) => `<div class="total-${name}"><dt>${label}</dt><dd>${value}</dd></div>`).join('')}</dl>`
}

/** Longest stretch of a line shown on each side of a finding. */
const contextChars = 60

/** The finding's line(s) from the source with the finding marked, or its `actual` alone without the source. */
function context(message: DescribedMessage, source: string | undefined): string {
  const {start, end} = message.place
  if (source === undefined || end.offset > source.length) {
    return message.actual === undefined ? '' : `<pre class="context"><mark>${visibleHtml(message.actual)}</mark></pre>`
  }
  // A finding that takes its whole line (boilerplate) ends after the line break: show that line alone.
  const marked = source.slice(start.offset, end.offset).replace(/\r?\n$/, '')
  const markedEnd = start.offset + marked.length
  const lineStart = source.lastIndexOf('\n', start.offset - 1) + 1
  const nextBreak = source.indexOf('\n', markedEnd)
  const lineEnd = nextBreak === -1 ? source.length : nextBreak
  const before = source.slice(Math.max(lineStart, start.offset - contextChars), start.offset)
  const after = source.slice(markedEnd, Math.min(lineEnd, markedEnd + contextChars))
  const ellipsisBefore = start.offset - contextChars > lineStart ? '…' : ''
  const ellipsisAfter = markedEnd + contextChars < lineEnd ? '…' : ''
  return (
    `<pre class="context"><span class="line-number">${start.line}</span>${ellipsisBefore}${escapeHtml(before)}` +
    `<mark${marked === '' ? ' class="insertion"' : ''}>${visibleHtml(marked) || '‸'}</mark>${escapeHtml(after)}${ellipsisAfter}</pre>`
  )
}

function fix(message: DescribedMessage): string {
  const replacement = message.expected?.[0]
  if (replacement === undefined) return message.expected ? '<p class="fix none">Fixable by hand: no single replacement.</p>' : ''
  const removed = message.actual === undefined ? '' : `<del>${visibleHtml(message.actual.replace(/\n$/, ''))}</del> → `
  return `<p class="fix">Fix: ${removed}${replacement === '' ? '<em>delete</em>' : `<ins>${visibleHtml(replacement)}</ins>`}</p>`
}

/** A link only for web addresses: a `javascript:` URL in data must never become clickable. */
function ruleLink(message: DescribedMessage): string {
  const label = escapeHtml(message.ruleId)
  return message.url && /^https?:\/\//.test(message.url) ? `<a href="${escapeHtml(message.url)}">${label}</a>` : label
}

function finding(message: DescribedMessage, source: string | undefined, family: RuleFamily): string {
  const {line, column} = message.place.start
  const cause = message.cause
    ? `<p class="cause">See ${visibleHtml(message.cause.path ?? '')}${message.cause.place ? `:${message.cause.place.start.line}:${message.cause.place.start.column}` : ''}: ${visibleHtml(message.cause.reason)}</p>`
    : ''
  return (
    `<li class="finding severity-${message.severity}" data-rule="${escapeHtml(message.ruleId)}" data-severity="${message.severity}" data-family="${family}">` +
    `<p class="head"><span class="where">${line}:${column}</span> <span class="severity">${message.severity}</span> ` +
    `<span class="reason">${visibleHtml(message.reason)}</span> <span class="rule">${ruleLink(message)}</span></p>` +
    context(message, source) +
    fix(message) +
    cause +
    (message.note ? `<p class="note">${visibleHtml(message.note)}</p>` : '') +
    `</li>`
  )
}

function fileSection(file: DescribedFile, source: string | undefined, familyOf: ReadonlyMap<string, RuleFamily>): string {
  const meta = [file.format, file.encoding, file.fixed ? `${file.fixed} fixed` : undefined].filter(Boolean).join(', ')
  const error = file.error ? `<p class="file-error">Not checked: ${visibleHtml(file.error.message)} <code>${escapeHtml(file.error.code)}</code></p>` : ''
  const items = file.messages.map((message) => finding(message, source, familyOf.get(message.ruleId) ?? 'general'))
  return (
    `<section class="file${file.messages.length === 0 && !file.error ? ' clean' : ''}">` +
    `<h2>${visibleHtml(file.path)}${meta ? ` <small>${escapeHtml(meta)}</small>` : ''} <small class="count">${file.messages.length} finding${file.messages.length === 1 ? '' : 's'}</small></h2>` +
    error +
    (items.length > 0 ? `<ol class="findings">${items.join('')}</ol>` : file.error ? '' : '<p class="clean">No findings.</p>') +
    `</section>`
  )
}

function filters(report: DescribedReport): string {
  const ruleIds = [...new Set(report.files.flatMap((file) => file.messages.map((message) => message.ruleId)))].sort()
  const options = ruleIds.map((ruleId) => `<option value="${escapeHtml(ruleId)}">${escapeHtml(ruleId)}</option>`).join('')
  const boxes = severities.map((severity) => `<label><input type="checkbox" name="severity" value="${severity}" checked> ${severity}</label>`).join(' ')
  return (
    `<form class="filters" id="filters"><label>Rule <select id="filter-rule"><option value="">all rules</option>${options}</select></label> ` +
    `${boxes} <label><input type="checkbox" id="filter-clean"> show files without findings</label> <output id="shown"></output></form>`
  )
}

/** The page's one script: filters only; it reads data attributes and never touches article text. */
const filterScript = `
(function () {
  var rule = document.getElementById('filter-rule');
  var clean = document.getElementById('filter-clean');
  var shown = document.getElementById('shown');
  function apply() {
    var wanted = {};
    document.querySelectorAll('input[name=severity]').forEach(function (box) { wanted[box.value] = box.checked; });
    var count = 0;
    document.querySelectorAll('li.finding').forEach(function (item) {
      var visible = wanted[item.dataset.severity] && (!rule.value || item.dataset.rule === rule.value);
      item.hidden = !visible;
      if (visible) count++;
    });
    document.querySelectorAll('section.file').forEach(function (section) {
      var any = section.querySelector('li.finding:not([hidden])') || section.querySelector('.file-error');
      section.hidden = !any && !(clean.checked && section.classList.contains('clean'));
    });
    shown.textContent = count + ' shown';
  }
  document.getElementById('filters').addEventListener('change', apply);
  apply();
})();
`

const style = `
body{font:15px/1.5 system-ui,"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:1100px;padding:1rem;color:#1d1d1f}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.05rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}h2 small{color:#666;font-weight:normal}
.totals{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}.totals div{border:1px solid #ddd;border-radius:6px;padding:.3rem .8rem;min-width:5.5rem}
.totals dt{font-size:.8rem;color:#666}.totals dd{margin:0;font-size:1.3rem;font-weight:600}
.total-error dd{color:#c62828}.total-warning dd{color:#b26a00}.total-info dd{color:#1565c0}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:.2rem}
.chart text{font-size:12px;fill:#333}.bar rect{fill:#607d8b}.family-boilerplate rect{fill:#8e24aa}.family-script rect{fill:#00897b}.family-numbers rect{fill:#ef6c00}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee;z-index:1}
ol.findings{padding-left:1.4rem}li.finding{margin:.6rem 0}li.finding p{margin:.1rem 0}
.where{color:#777;font-variant-numeric:tabular-nums}.severity{font-size:.8rem;text-transform:uppercase;font-weight:600}
.severity-error .severity{color:#c62828}.severity-warning .severity{color:#b26a00}.severity-info .severity{color:#1565c0}
.rule{font-size:.85rem;color:#555}
pre.context{white-space:pre-wrap;word-break:break-all;background:#f7f7f7;border-left:3px solid #ccc;padding:.3rem .5rem;margin:.2rem 0;font:14px/1.6 "WenQuanYi Micro Hei",monospace}
.line-number{color:#999;margin-right:.8rem}mark{background:#fde0dc;border-bottom:2px solid #c62828}.severity-warning mark{background:#fff3cd;border-bottom-color:#b26a00}
.severity-info mark{background:#e3f2fd;border-bottom-color:#1565c0}
del{background:#fde0dc}ins{background:#dcedc8;text-decoration:none}.note{color:#555;font-size:.88rem}.cause{font-size:.9rem}
.file-error{color:#c62828}p.clean{color:#2e7d32}
`

/**
 * One self-contained HTML page of a run (no network, no external files):
 * totals, inline-SVG charts by family and rule, every file's findings in
 * context with the proposed fix, and filters by rule and severity. All
 * article text is escaped; a content security policy allows no script but the
 * page's own filter script (by hash), as a second wall.
 */
export function html(plain: Report, options: HtmlOptions): string {
  const report = describeMessages(plain)
  const familyOf = new Map(options.rules.map((rule) => [rule.meta.ruleId, rule.meta.family]))
  const scriptHash = createHash('sha256').update(filterScript).digest('base64')
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`
  const sections = report.files.map((file) => fileSection(file, options.sources?.get(file.path), familyOf))
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>jiaodui report: ${report.summary.errors} errors, ${report.summary.warnings} warnings in ${report.summary.files} files</title>`,
    `<style>${style}</style></head><body>`,
    `<header><h1>jiaodui <span lang="zh">校对</span> report</h1><p>${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}</p></header>`,
    totals(report),
    charts(report, familyOf),
    filters(report),
    `<main lang="zh">${sections.join('\n')}</main>`,
    `<script>${filterScript}</script>`,
    '</body></html>',
    ''
  ].join('\n')
}
