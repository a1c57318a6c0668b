// npm run train -- --data ../shared/data [--cv K] [--errors N] [--epochs N] [--models N] [--out corpora/ner/model.bin]
// Trains the recognizer on GermEval 2014 NER-de-test.tsv (our training file; NER-de-dev.tsv is never read here) plus
// a few hundred template sentences built from src/lexicon (train/augment.ts) and writes corpora/ner/model.bin with the
// GeoNames place-name hashes (train/geonames.ts). Deterministic: fixed seeds and order, same inputs → same bytes.
// Retrain whenever corpora/lexicon or corpora/kb change: the features read them.
// With --cv K it only reports K-fold cross-validation inside that file (contiguous folds) and writes nothing.
// Defaults were chosen by 5-fold cross-validation inside the training file.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { buildKnowledge } from '../src/recognize/knowledge.js'
import { dataFile, numberFlag, parseArgs } from './lib/args.js'
import { readGermEval } from './train/corpus.js'
import { crossValidate } from './train/cross-validate.js'
import { Encoder, FeatureSpace } from './train/encode.js'
import { exportModel } from './train/export.js'
import { kbSentences, titleSentences } from './train/augment.js'
import { geoNames } from './train/geonames.js'
import { trainEnsemble, type TrainOptions } from './train/perceptron.js'

const args = parseArgs(process.argv.slice(2))
const sentences = readGermEval(dataFile(args, 'germeval2014/NER-de-test.tsv'))
const started = Date.now()
const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1)
const options: TrainOptions = {
  epochs: numberFlag(args, 'epochs', 10),
  seed: numberFlag(args, 'seed', 1),
  margin: numberFlag(args, 'margin', 50),
  entityMargin: numberFlag(args, 'entity-margin', 2.5),
  models: numberFlag(args, 'models', 3),
  log: (line) => void process.stderr.write(line + '\n'),
}
const geo = geoNames(numberFlag(args, 'min-population', 1000))
const knowledge = buildKnowledge(geo)
const folds = numberFlag(args, 'cv', 0)
const prune = numberFlag(args, 'prune', 0.002)
const synthetic = [...kbSentences(numberFlag(args, 'kb-sentences', 400)), ...titleSentences(numberFlag(args, 'title-sentences', 200))]

if (folds > 1) {
  const { strict, coarse, errors } = crossValidate(sentences, folds, knowledge, options, synthetic, prune)
  const line = (name: string, r: { precision: number; recall: number; f1: number }): string =>
    `${name.padEnd(10)} P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  F1 ${r.f1.toFixed(4)}`
  console.log(`${folds}-fold CV on ${sentences.length} sentences: ${JSON.stringify({ ...options, log: undefined })}`)
  console.log(line('strict', strict.result()))
  for (const type of [...strict.byType.keys()].sort()) console.log(line('  ' + type, strict.result(type)))
  console.log(line('coarse', coarse.result()))
  if (args.flags.has('errors')) {
    for (const [kind, count] of errors.top(Number(args.flags.get('errors')) || 5)) {
      console.log(`${String(count).padStart(6)}  ${kind}   e.g. ${(errors.examples.get(kind) ?? []).join(' | ')}`)
    }
  }
  console.log(`(${seconds()} s)`)
} else {
  const space = new FeatureSpace()
  const encoder = new Encoder(space, knowledge)
  const encoded = [...sentences, ...synthetic].map((s) => encoder.encode(s))
  const model = trainEnsemble(encoded, space.hashes.length, options)
  const { bytes, data } = exportModel(model, space, geo, { prune })
  const flag = args.flags.get('out')
  const out = resolve(typeof flag === 'string' ? flag : 'corpora/ner/model.bin')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, bytes)
  console.log(
    `trained on ${sentences.length} sentences (${JSON.stringify({ ...options, log: undefined })}): ${data.hashes.length} features, ` +
      `${data.cells.length} weights, ${data.geoNames.length + data.geoPhrases.length} place names, ` +
      `${(bytes.length / 1e6).toFixed(2)} MB → ${out} (${seconds()} s)`,
  )
}
