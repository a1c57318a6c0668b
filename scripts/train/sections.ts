// npm run train -- --sections --data ../shared/data [--cv]
// Fits the section line model (src/sections/line-model.ts) on boilerplate-de/dev.jsonl (evaluation and tuning
// data: the learnt numbers may ship, its text never does) and on the project's own pages (test/fixtures: own
// articles with the sections they should get, own scraped-style pages with their snippets). Both logistic regressions
// are fitted to the lines the snippets label (and, weakly, to the lines between a page's first and last article
// snippet as article and the others as debris); the layout's numbers (thresholds, line weights, growth, cut-out) are
// chosen over a small grid by the benchmark's scoring rule, with a floor on article recall and a cost for pages whose
// article is lost or for own snippets missed. With --cv the boilerplate-de pages are split in two halves (alternate
// pages) and each half is scored by a model fitted and tuned on the other half (and the own pages): how the model does
// on pages it never saw. Without --cv it fits and tunes on all pages and writes corpora/sections/line-model.json.
// Deterministic.
import { writeFileSync } from 'node:fs'
import { sectionsOfLines } from '../../src/sections/ranges.js'
import { LINE_FEATURES } from '../../src/sections/features.js'
import { checkLineModel, CONTEXT_FEATURES, contextRows, ownProbabilities, type LineModel } from '../../src/sections/line-model.js'
import { figures, judgePage, readOwnPages, readPages, type Figures } from '../lib/boilerplate.js'
import type { ScriptArgs } from '../lib/args.js'
import { fitLogistic } from './logistic.js'
import { FEATURE_COUNT, pageLines, type PageLines } from './page-lines.js'

const OUT = 'corpora/sections/line-model.json'
const LAMBDA = 1
const GRID = {
  threshold: [0.3, 0.4, 0.5, 0.6],
  relative: [0.5, 0.6, 0.7],
  unit: [40, 80],
  cap: [3, 6],
  keep: [0.2, 0.35],
  gapScale: [1, 0.5],
  extendThreshold: [0.1, 0.2],
  extendScale: [1, 0.5],
}

/**
 * Lines a snippet labels count fully. The others get a weak label of weight WEAK: article text between the first and
 * the last article snippet of the page (the snippets were chosen at the start and the end of the main text), debris
 * before and after.
 */
const WEAK: number = 0.1
/** How much a line of the project's own pages counts (they are few, and the only clean CMS-like texts). */
const OWN = 2

interface Fitted {
  weights: number[]
  bias: number
  contextWeights: number[]
  contextBias: number
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

/** Rows and labels of every labelled line (snippet labels and weak labels), each row `extra(page)` wide beyond the features. */
function rowsOf(pages: readonly PageLines[], own: readonly PageLines[], extra: (p: PageLines) => { width: number; rows: Float64Array } | undefined) {
  const xs: number[] = []
  const ys: number[] = []
  const ws: number[] = []
  let width = FEATURE_COUNT
  for (const p of [...pages, ...own]) {
    const firstWith = p.labels.indexOf(1)
    const lastWith = p.labels.lastIndexOf(1)
    const full = own.includes(p) ? OWN : 1
    const more = extra(p)
    width = FEATURE_COUNT + (more?.width ?? 0)
    for (let i = 0; i < p.labels.length; i++) {
      const label = p.labels[i]!
      if (label < 0 && (WEAK === 0 || firstWith < 0)) continue
      for (let f = 0; f < FEATURE_COUNT; f++) xs.push(p.features[i * FEATURE_COUNT + f]!)
      if (more) for (let c = 0; c < more.width; c++) xs.push(more.rows[i * more.width + c]!)
      ys.push(label >= 0 ? label : i > firstWith && i < lastWith ? 1 : 0)
      ws.push(label >= 0 ? full : WEAK)
    }
  }
  return { x: Float64Array.from(xs), y: Uint8Array.from(ys), w: Float64Array.from(ws), features: width }
}

/** Both stages: the first on the lines' own features, the second on those and the first stage's context. */
function fit(pages: readonly PageLines[], own: readonly PageLines[]): Fitted {
  const first = fitLogistic(rowsOf(pages, own, () => undefined), LAMBDA)
  const stage1 = { weights: Array.from(first.weights, round6), bias: round6(first.bias) }
  const second = fitLogistic(
    rowsOf(pages, own, (p) => ({ width: CONTEXT_FEATURES.length, rows: contextRows(ownProbabilities(stage1, p.features, p.labels.length)) })),
    LAMBDA,
  )
  return { ...stage1, contextWeights: Array.from(second.weights, round6), contextBias: round6(second.bias) }
}

function score(pages: readonly PageLines[], model: LineModel): Figures {
  return figures(pages.map(({ page, prepared, found }) => judgePage(page, sectionsOfLines(prepared, model), found)))
}

/**
 * The grid point with the best objective: F1, less a penalty for article recall under RECALL_FLOOR and for pages
 * whose article is lost altogether (the benchmark's bars ask for both; F1 alone would trade them for precision).
 */
function tune(pages: readonly PageLines[], fitted: Fitted, own: readonly PageLines[]): LineModel {
  let best: { model: LineModel; f: Figures; value: number } | undefined
  for (const threshold of GRID.threshold) for (const relative of GRID.relative) {
    for (const unit of GRID.unit) {
      for (const cap of GRID.cap) {
        for (const keep of GRID.keep) {
          for (const gapScale of GRID.gapScale) {
            for (const extendScale of GRID.extendScale) for (const extendThreshold of GRID.extendThreshold) {
              const model: LineModel = { features: LINE_FEATURES, ...fitted, threshold, relative, unit, cap, gapScale, extendThreshold, extendScale, keep }
              const f = score(pages, model)
              // The own pages must come out right: a point that loses or leaks on them is not taken.
              const ownFigures = score(own, model)
              const value = objective(f) - (ownFigures.with - ownFigures.kept + ownFigures.leaked) * OWN_MISS
              if (!best || value > best.value + 1e-9) best = { model, f, value }
            }
          }
        }
      }
    }
  }
  return best!.model
}

const RECALL_FLOOR = 0.92
/** What one lost or leaked snippet of the own pages costs in the objective. */
const OWN_MISS = 0.002
const LOST_PAGE = 0.01

function objective(f: Figures): number {
  return f.f1 - 2 * Math.max(0, RECALL_FLOOR - f.recall) - (LOST_PAGE * f.lostPages * 244) / f.pages
}

function line(name: string, f: Figures): string {
  return `${name.padEnd(22)} recall ${f.recall.toFixed(3)}  precision ${f.precision.toFixed(3)}  F1 ${f.f1.toFixed(3)}  leak pages ${f.leakPages}/${f.pages}  lost pages ${f.lostPages}`
}

export function trainSections(args: ScriptArgs): void {
  const pages = readPages(args).map(pageLines)
  const own = readOwnPages().map(pageLines)
  if (args.flags.has('cv')) {
    const halves = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)]
    const judged: Figures[] = []
    for (let k = 0; k < 2; k++) {
      const model = tune(halves[k]!, fit(halves[k]!, own), own)
      const f = score(halves[1 - k]!, model)
      judged.push(f)
      console.log(line(`half ${2 - k} (held out)`, f))
      console.log(line('  own pages', score(own, model)))
      console.log(`  tuned on half ${k + 1}: threshold ${model.threshold}, relative ${model.relative}, unit ${model.unit}, cap ${model.cap}, gapScale ${model.gapScale}, extendThreshold ${model.extendThreshold}, extendScale ${model.extendScale}, keep ${model.keep}`)
    }
    return
  }
  const model = checkLineModel(tune(pages, fit(pages, own), own))
  console.log(line('all pages (fitted)', score(pages, model)))
  console.log(line('own pages', score(own, model)))
  const json = { ...model, source: 'npm run train -- --sections: fitted and tuned on boilerplate-de/dev.jsonl (244 pages; see corpora/README.md)' }
  writeFileSync(OUT, JSON.stringify(json, null, 1) + '\n')
  console.log(`wrote ${OUT}`)
}
