// npm run eval -- tokens [--data dir] [--json]
//
// Tokenizer and sentence splitter against UD German-GSD (ud_german_gsd/de_gsd-ud-test.conllu, CC BY-SA 4.0).
// Test: news = s302–s977 (the bars), reviews = s1–s301 (reported, no bar). Dev (de_gsd-ud-dev.conllu) is reported
// too, news = s501–s799 and reviews = s1–s500 (the split point was read off the sentences; dev has no metadata).
//
// Tokens: each sentence's `# text` is tokenized on its own; gold tokens are the surface tokens (a multiword token
// such as `zum` counts once) aligned to the text as character spans. Precision, recall and F1 over spans.
// Convention mappings applied to OUR tokens before comparing (printed when the script runs):
//   1. Word tokens are split at every "-" and "/" (UD splits compounds, elided hyphens and slashes: TV - Show,
//      Haftpflicht - und, Krupp / Thyssen); the separators become tokens.
//   2. A word ending in an apostrophe + "s" (gibt's) is split before the apostrophe (UD: gibt 's).
// Nothing else is mapped; the remaining differences are listed as error kinds.
//
// Sentences: 20 consecutive gold sentences are joined into one text, with a space after a sentence that ends in
// . ! ? … (closing quotes or brackets may follow) and a blank line after one that does not (headlines, colons).
// splitSentences(normalizeText(text), tokenizeView(view)) must find the boundaries; predicted and gold sentence
// start offsets inside each text are compared (the text's own start is not counted).
import { readFileSync } from 'node:fs'
import { normalizeText } from '../../src/normalize/index.js'
import { KIND } from '../../src/analysis.js'
import { splitSentences, tokenizeView } from '../../src/tokenize/index.js'
import { dataFile, parseArgs } from '../lib/args.js'

const TOKEN_BAR = 0.99
const SENTENCE_BAR = 0.97
const CHUNK = 20
const MAPPINGS = [
  'word tokens split at every "-" and "/" (UD splits compounds, elided hyphens and slashes)',
  "a final apostrophe + s split off (gibt's -> gibt 's)",
]

interface GoldSentence {
  number: number
  text: string
  forms: string[]
}

interface Counts {
  tp: number
  predicted: number
  gold: number
}

interface Score {
  precision: number
  recall: number
  f1: number
}

type Span = [start: number, end: number]

function parseConllu(text: string, prefix: string): GoldSentence[] {
  const sentences: GoldSentence[] = []
  let current: GoldSentence | undefined
  let skipUntil = 0
  for (const line of text.split('\n')) {
    if (line.startsWith('# sent_id = ')) {
      current = { number: Number(line.slice(12 + prefix.length + 2)), text: '', forms: [] }
      sentences.push(current)
      skipUntil = 0
    } else if (line.startsWith('# text = ') && current) current.text = line.slice(9)
    else if (line !== '' && !line.startsWith('#') && current) {
      const [id, form] = line.split('\t') as [string, string]
      if (id.includes('.')) continue
      const range = id.indexOf('-')
      if (range > 0) {
        skipUntil = Number(id.slice(range + 1))
        current.forms.push(form)
      } else if (Number(id) > skipUntil) current.forms.push(form)
    }
  }
  return sentences
}

/** Gold forms as spans of the sentence text, or undefined when a form is not found where expected. */
function goldSpans(sentence: GoldSentence): Span[] | undefined {
  const spans: Span[] = []
  let at = 0
  for (const form of sentence.forms) {
    const found = sentence.text.indexOf(form, at)
    if (found < 0 || sentence.text.slice(at, found).trim() !== '') return undefined
    spans.push([found, found + form.length])
    at = found + form.length
  }
  return spans
}

/** Our tokens as spans, with the two convention mappings of the header applied. */
function predictedSpans(text: string): Span[] {
  const table = tokenizeView(normalizeText(text))
  const spans: Span[] = []
  for (let t = 0; t < table.count; t++) {
    const start = table.starts[t]!
    let end = table.ends[t]!
    if (table.kinds[t] !== KIND.word) {
      spans.push([start, end])
      continue
    }
    const clitic = /['’´`]s$/.exec(text.slice(start, end))
    if (clitic && end - start > 2) end -= 2
    let from = start
    for (let k = start; k < end; k++) {
      if (text[k] === '-' || text[k] === '/') {
        if (k > from) spans.push([from, k])
        spans.push([k, k + 1])
        from = k + 1
      }
    }
    if (end > from) spans.push([from, end])
    if (end < table.ends[t]!) spans.push([end, table.ends[t]!])
  }
  return spans
}

function addCounts(into: Counts, tp: number, predicted: number, gold: number): void {
  into.tp += tp
  into.predicted += predicted
  into.gold += gold
}

function score(counts: Counts): Score {
  const precision = counts.predicted === 0 ? 0 : counts.tp / counts.predicted
  const recall = counts.gold === 0 ? 0 : counts.tp / counts.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision: round(precision), recall: round(recall), f1: round(f1) }
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}

/** Letters become a/A, digit runs 9: "Tel." -> "Aa.", "24." -> "9.". */
function shape(text: string): string {
  return text.replace(/\p{Lu}+/gu, 'A').replace(/\p{Ll}+/gu, 'a').replace(/[0-9]+/g, '9')
}

class ErrorKinds {
  private readonly kinds = new Map<string, { count: number; example: string }>()

  add(kind: string, example: string): void {
    const entry = this.kinds.get(kind)
    if (entry) entry.count++
    else this.kinds.set(kind, { count: 1, example })
  }

  top(limit: number): string[] {
    return [...this.kinds.entries()]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([kind, { count, example }]) => `${String(count).padStart(4)}  ${kind}   e.g. ${example}`)
  }
}

/** Group overlapping gold and predicted spans that do not match exactly into one error each. */
function collectTokenErrors(text: string, gold: Span[], predicted: Span[], matched: Set<string>, errors: ErrorKinds): void {
  const wrongGold = gold.filter(([s, e]) => !matched.has(`${s}:${e}`))
  const wrongPredicted = predicted.filter(([s, e]) => !matched.has(`${s}:${e}`))
  const all = [...wrongGold.map((span) => ({ span, gold: true })), ...wrongPredicted.map((span) => ({ span, gold: false }))]
  all.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
  let group: typeof all = []
  let groupEnd = -1
  const flush = (): void => {
    if (group.length === 0) return
    const goldPart = group.filter((g) => g.gold).map((g) => text.slice(g.span[0], g.span[1]))
    const ourPart = group.filter((g) => !g.gold).map((g) => text.slice(g.span[0], g.span[1]))
    errors.add(`gold ${goldPart.map(shape).join(' ') || '-'}  ours ${ourPart.map(shape).join(' ') || '-'}`, `gold ${goldPart.join(' ')} / ours ${ourPart.join(' ')}`)
    group = []
  }
  for (const item of all) {
    if (item.span[0] >= groupEnd) flush()
    group.push(item)
    groupEnd = Math.max(groupEnd, item.span[1])
  }
  flush()
}

function evaluateTokens(sentences: GoldSentence[], errors: ErrorKinds): { counts: Counts; unaligned: number } {
  const counts: Counts = { tp: 0, predicted: 0, gold: 0 }
  let unaligned = 0
  for (const sentence of sentences) {
    const gold = goldSpans(sentence)
    if (!gold) {
      unaligned++
      continue
    }
    const predicted = predictedSpans(sentence.text)
    const goldKeys = new Set(gold.map(([s, e]) => `${s}:${e}`))
    const matched = new Set(predicted.map(([s, e]) => `${s}:${e}`).filter((key) => goldKeys.has(key)))
    addCounts(counts, matched.size, predicted.length, gold.length)
    collectTokenErrors(sentence.text, gold, predicted, matched, errors)
  }
  return { counts, unaligned }
}

function endsLikeSentence(text: string): boolean {
  const trimmed = text.replace(/(?:''|[)\]"'“”‘’»«])+$/u, '')
  return /[.!?…]$/u.test(trimmed)
}

/** Boundary context for the error list: the token before the boundary and the word after it. */
function boundaryKind(text: string, offset: number): [string, string] {
  const before = text.slice(Math.max(0, offset - 40), offset).trimEnd()
  const lastToken = /\S+$/u.exec(before)?.[0] ?? ''
  const after = text.slice(offset, offset + 40).trimStart()
  const nextToken = /^\S+/u.exec(after)?.[0] ?? ''
  const kind = `after ${shape(lastToken.slice(-6))} before ${shape(nextToken.slice(0, 3))}`
  return [kind, `…${before.slice(-25)} | ${after.slice(0, 25)}…`.replace(/\n/g, '⏎')]
}

function evaluateSentences(sentences: GoldSentence[], errors: ErrorKinds): Counts {
  const counts: Counts = { tp: 0, predicted: 0, gold: 0 }
  for (let first = 0; first < sentences.length; first += CHUNK) {
    const chunk = sentences.slice(first, first + CHUNK)
    let text = ''
    const gold = new Set<number>()
    chunk.forEach((sentence, k) => {
      if (k > 0) {
        text += endsLikeSentence(chunk[k - 1]!.text) ? ' ' : '\n\n'
        gold.add(text.length)
      }
      text += sentence.text
    })
    const view = normalizeText(text)
    const table = tokenizeView(view)
    const starts = splitSentences(view, table)
    const predicted = new Set<number>()
    for (const t of starts) if (t > 0) predicted.add(table.starts[t]!)
    let tp = 0
    for (const offset of predicted) {
      if (gold.has(offset)) tp++
      else errors.add(`false break ${boundaryKind(text, offset)[0]}`, boundaryKind(text, offset)[1])
    }
    for (const offset of gold) if (!predicted.has(offset)) errors.add(`missed break ${boundaryKind(text, offset)[0]}`, boundaryKind(text, offset)[1])
    addCounts(counts, tp, predicted.size, gold.size)
  }
  return counts
}

interface PartResult {
  name: string
  tokens: Score
  sentences: Score
  tokenErrors: ErrorKinds
  sentenceErrors: ErrorKinds
  unaligned: number
  size: number
}

function evaluatePart(name: string, sentences: GoldSentence[]): PartResult {
  const tokenErrors = new ErrorKinds()
  const sentenceErrors = new ErrorKinds()
  const { counts, unaligned } = evaluateTokens(sentences, tokenErrors)
  const sentenceCounts = evaluateSentences(sentences, sentenceErrors)
  return { name, tokens: score(counts), sentences: score(sentenceCounts), tokenErrors, sentenceErrors, unaligned, size: sentences.length }
}

function between(sentences: GoldSentence[], from: number, to: number): GoldSentence[] {
  return sentences.filter((sentence) => sentence.number >= from && sentence.number <= to)
}

function row(result: PartResult): string {
  const cell = (s: Score): string => `${s.precision.toFixed(4)}  ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}`
  return `${result.name.padEnd(22)} ${String(result.size).padStart(5)}   ${cell(result.tokens)}   ${cell(result.sentences)}`
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const testPath = dataFile(args, 'ud_german_gsd/de_gsd-ud-test.conllu')
  const devPath = dataFile(args, 'ud_german_gsd/de_gsd-ud-dev.conllu')
  const test = parseConllu(readFileSync(testPath, 'utf8'), 'test')
  const dev = parseConllu(readFileSync(devPath, 'utf8'), 'dev')
  const news = evaluatePart('test news s302-s977', between(test, 302, 977))
  const review = evaluatePart('test reviews s1-s301', between(test, 1, 301))
  const devNews = evaluatePart('dev news s501-s799', between(dev, 501, 799))
  const devReview = evaluatePart('dev reviews s1-s500', between(dev, 1, 500))

  const lines: string[] = []
  lines.push('UD German-GSD (CC BY-SA 4.0): tokens (span P/R/F1) and sentence boundaries (P/R/F1, 20 sentences per text)')
  lines.push('mappings applied to our tokens: ' + MAPPINGS.join('; '))
  lines.push('')
  lines.push(`${'part'.padEnd(22)} ${'sents'.padStart(5)}   tokens P  R       F1       sentences P  R   F1`)
  for (const result of [news, review, devNews, devReview]) lines.push(row(result))
  const unaligned = news.unaligned + review.unaligned + devNews.unaligned + devReview.unaligned
  if (unaligned > 0) lines.push(`(${unaligned} gold sentences skipped: forms not found in their # text)`)
  lines.push('')
  lines.push(`bars (test news): token F1 >= ${TOKEN_BAR}, sentence F1 >= ${SENTENCE_BAR}`)
  lines.push('')
  lines.push('most frequent token differences, test news (gold vs ours; a = lower-case letters, A = capitals, 9 = digits):')
  lines.push(...news.tokenErrors.top(10))
  lines.push('')
  lines.push('most frequent sentence boundary errors, test news:')
  lines.push(...news.sentenceErrors.top(8))
  lines.push('')
  lines.push('most frequent sentence boundary errors, test reviews:')
  lines.push(...review.sentenceErrors.top(5))
  process.stdout.write(lines.join('\n') + '\n')

  const missed: string[] = []
  if (news.tokens.f1 < TOKEN_BAR) missed.push(`token F1 ${news.tokens.f1} < ${TOKEN_BAR}`)
  if (news.sentences.f1 < SENTENCE_BAR) missed.push(`sentence F1 ${news.sentences.f1} < ${SENTENCE_BAR}`)
  if (args.json) {
    const json = { task: 'tokens', tokens: news.tokens, sentences: news.sentences, review: { tokens: review.tokens, sentences: review.sentences } }
    process.stdout.write(JSON.stringify(json) + '\n')
  }
  if (missed.length > 0) {
    process.stderr.write(`bar missed: ${missed.join('; ')}\n`)
    process.exitCode = 1
  }
}
