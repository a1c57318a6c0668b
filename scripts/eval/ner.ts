// npm run eval -- ner --data ../shared/data [--json] [--errors]
// Scores the shipped recognizer (src/recognize, corpora/ner/model.bin) on data it was not trained on:
// - GermEval 2014 NER-de-dev.tsv: strict span F1 over the twelve outer classes (CoNLL style: exact span, exact
//   class); `coarse` keeps only PER LOC ORG OTH spans on both sides (deriv and part spans dropped). Bar: strict ≥ 0.70.
// - Europarl IXA de-europarl.test.conll02 (out of domain), its given tokens tagged sentence by sentence with
//   tagTokens. Label mapping: gold PER/LOC/ORG kept, gold MISC ignored; our PER/LOC/ORG kept, our OTH and every
//   deriv/part prediction dropped. Bar: strict micro F1 over PER and LOC spans together ≥ 0.72; ORG reported.
// Exit code 1 when a bar is missed. --errors prints the most frequent error kinds on GermEval dev.
// --gate-dev X exits 1 only below X on GermEval dev instead of the 0.70 (a regression floor for CI while the
// issue's bar is not met; the report still says whether the 0.70 bar is met).
import { dataFile, numberFlag, parseArgs } from '../lib/args.js'
import { createEngine } from '../../src/index.js'
import { readConll02, readGermEval, type LabelledSentence } from '../train/corpus.js'
import { ErrorTally } from '../train/errors.js'
import { SpanScore, type Prf } from '../train/spans.js'

const DEV_BAR = 0.7
const EUROPARL_BAR = 0.72
const CLASSES = ['PER', 'PERderiv', 'PERpart', 'LOC', 'LOCderiv', 'LOCpart', 'ORG', 'ORGderiv', 'ORGpart', 'OTH', 'OTHderiv', 'OTHpart']
const COARSE = new Set(['PER', 'LOC', 'ORG', 'OTH'])

const engine = createEngine()

const round = (x: number): number => Math.round(x * 10000) / 10000

function row(name: string, r: Prf): string {
  const f = (x: number): string => x.toFixed(4).padStart(8)
  return `${name.padEnd(12)}${f(r.precision)}${f(r.recall)}${f(r.f1)}${String(r.tp + r.fn).padStart(7)}${String(r.tp + r.fp).padStart(7)}`
}

function table(title: string, score: SpanScore, types: readonly string[]): string[] {
  const lines = [title, `${'class'.padEnd(12)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}${'gold'.padStart(7)}${'pred'.padStart(7)}`]
  for (const type of types) lines.push(row(type, score.result(type)))
  lines.push(row('all', score.result()))
  return lines
}

function tagAll(sentences: readonly LabelledSentence[]): string[][] {
  return sentences.map((s) => engine.tagTokens(s.tokens))
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const devPath = dataFile(args, 'germeval2014/NER-de-dev.tsv')
  const europarlPath = dataFile(args, 'europarl_ixa_ner/de-europarl.test.conll02')
  const loadStart = performance.now()
  engine.tagTokens([])
  const loadMs = performance.now() - loadStart

  const dev = readGermEval(devPath)
  const devPredicted = tagAll(dev)
  const strict = new SpanScore()
  const coarse = new SpanScore()
  const errors = new ErrorTally()
  dev.forEach((s, i) => {
    strict.add(s.labels, devPredicted[i]!)
    coarse.add(s.labels, devPredicted[i]!, (type) => COARSE.has(type))
    errors.add(s.tokens, s.labels, devPredicted[i]!)
  })

  const europarl = readConll02(europarlPath)
  const europarlScore = new SpanScore()
  const perLoc = new SpanScore()
  europarl.forEach((s) => {
    const predicted = engine.tagTokens(s.tokens).map((label) => (/^[BI]-(PER|LOC|ORG)$/.test(label) ? label : 'O'))
    const gold = s.labels.map((label) => (/^[BI]-(PER|LOC|ORG)$/.test(label) ? label : 'O'))
    europarlScore.add(gold, predicted)
    perLoc.add(gold, predicted, (type) => type === 'PER' || type === 'LOC')
  })

  const devF1 = strict.result().f1
  const perLocF1 = perLoc.result().f1
  const lines = [
    `model and knowledge loaded in ${loadMs.toFixed(0)} ms`,
    '',
    ...table(`GermEval 2014 dev (${dev.length} sentences), strict`, strict, CLASSES),
    '',
    ...table('GermEval 2014 dev, coarse (PER LOC ORG OTH spans only)', coarse, [...COARSE]),
    '',
    ...table(`Europarl IXA (${europarl.length} sentences; MISC ignored, our OTH/deriv/part dropped)`, europarlScore, ['PER', 'LOC', 'ORG']),
    row('PER+LOC', perLoc.result()),
  ]
  if (args.flags.has('errors')) {
    lines.push('', 'Most frequent error kinds on GermEval dev (each unmatched span counted once):')
    for (const [kind, count] of errors.top(args.flags.get('errors') === true ? 5 : Number(args.flags.get('errors')))) {
      lines.push(`${String(count).padStart(6)}  ${kind}   e.g. ${(errors.examples.get(kind) ?? []).slice(0, 3).join(' | ')}`)
    }
  }
  const missed: string[] = []
  if (devF1 < DEV_BAR) missed.push(`GermEval dev strict F1 ${devF1.toFixed(4)} < ${DEV_BAR}`)
  if (perLocF1 < EUROPARL_BAR) missed.push(`Europarl PER+LOC F1 ${perLocF1.toFixed(4)} < ${EUROPARL_BAR}`)
  lines.push('', missed.length === 0 ? 'all bars met' : `BAR MISSED: ${missed.join('; ')}`)
  const gate = numberFlag(args, 'gate-dev', DEV_BAR)
  const failed = devF1 < gate || perLocF1 < EUROPARL_BAR
  if (gate !== DEV_BAR) lines.push(`CI gate: GermEval dev strict F1 ≥ ${gate} (regression floor), Europarl ≥ ${EUROPARL_BAR}: ${failed ? 'FAILED' : 'passed'}`)
  process.stdout.write(lines.join('\n') + '\n')
  if (args.json) {
    const s = strict.result()
    const result = {
      task: 'ner',
      germeval_dev: {
        strict: { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) },
        coarse: {
          f1: round(coarse.result().f1),
          PER: round(coarse.result('PER').f1),
          LOC: round(coarse.result('LOC').f1),
          ORG: round(coarse.result('ORG').f1),
          OTH: round(coarse.result('OTH').f1),
          LOCderiv: round(strict.result('LOCderiv').f1),
        },
      },
      europarl: { per_loc_f1: round(perLocF1), org_f1: round(europarlScore.result('ORG').f1) },
    }
    process.stdout.write(JSON.stringify(result) + '\n')
  }
  if (failed) process.exitCode = 1
}
