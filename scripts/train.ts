// npm run train -- --data ../shared/data [--cv K] [--errors N] [--epochs N] [--models N] [--classes 64,256] [--out corpora/ner/model.bin]
// npm run train -- --lexicons   (rebuilds corpora/lexicon/common-nouns.txt, surnames-extra.txt, first-names-extra.txt
//                                 from devDependencies, see train/lexicons.ts; retrain afterwards) and noun-lemmas.tsv
// npm run train -- --lemmas     (rebuilds corpora/lexicon/noun-lemmas.tsv and adjective-stems.txt only, see train/lemmas.ts
//                                 and train/adjectives.ts; no retraining:
//                                 the recogniser's features do not read it)
// Trains the recognizer on GermEval 2014 NER-de-test.tsv (our training file; NER-de-dev.tsv is never read here) plus
// a few hundred template sentences built from src/lexicon (train/augment.ts) and writes corpora/ner/model.bin with the
// GeoNames place-name hashes (train/geonames.ts). First it learns the word classes the features read (exchange
// clustering, train/clusters.ts, over the text of the training file and of UD German-GSD dev/test and German-PUD test)
// and writes them to corpora/lexicon/word-classes.tsv, so this one command reproduces both files.
// Deterministic: fixed seeds and order, same inputs → same bytes.
// Retrain whenever corpora/lexicon or corpora/kb change: the features read them.
// With --cv K it only reports K-fold cross-validation inside that file (contiguous folds) and writes nothing; the word
// classes are then learnt per fold from the fold's training part and the UD text (never from the held-out part), as
// dev words are unknown to the shipped classes (--classes-full uses the whole file instead; --classes 0 disables them).
// Defaults were chosen by 5-fold cross-validation inside the training file (CV strict F1 0.697 with these defaults).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { buildKnowledge, type Knowledge } from '../src/recognize/knowledge.js'
import { conlluSentences, exchangeClusters } from './train/clusters.js'
import { dataFile, numberFlag, parseArgs } from './lib/args.js'
import { readGermEval } from './train/corpus.js'
import { crossValidate } from './train/cross-validate.js'
import { Encoder, FeatureSpace } from './train/encode.js'
import { exportModel } from './train/export.js'
import { kbSentences, titleSentences } from './train/augment.js'
import { geoNames } from './train/geonames.js'
import { buildLexicons } from './train/lexicons.js'
import { buildAdjectiveStems } from './train/adjectives.js'
import { buildBackgroundNouns } from './train/background.js'
import { buildNounLemmas } from './train/lemmas.js'
import { trainSections } from './train/sections.js'
import { trainEnsemble, type TrainOptions } from './train/perceptron.js'

const args = parseArgs(process.argv.slice(2))
if (args.flags.has('sections')) {
  trainSections(args)
  process.exit(0)
}
if (args.flags.has('lemmas')) {
  for (const line of [...buildNounLemmas(), ...buildAdjectiveStems(), ...buildBackgroundNouns()]) console.log(line)
  process.exit(0)
}
if (args.flags.has('lexicons')) {
  for (const line of buildLexicons()) console.log(line)
  process.exit(0)
}
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

// Word classes: exchange clustering over the text of the training file and of UD German GSD (dev, test) and PUD.
const CLASS_TEXTS = ['ud_german_gsd/de_gsd-ud-dev.conllu', 'ud_german_gsd/de_gsd-ud-test.conllu', 'ud_german_pud/de_pud-ud-test.conllu']
const classSizes = String(args.flags.get('classes') ?? '64,256').split(',').map(Number).filter((n) => n > 1)
const classOptions = { minCount: numberFlag(args, 'class-min', 2), passes: numberFlag(args, 'class-passes', 20) }
const udText = classSizes.length === 0 ? [] : CLASS_TEXTS.flatMap((file) => conlluSentences(readFileSync(dataFile(args, file), 'utf8')))
function wordClasses(train: readonly { tokens: string[] }[]): Map<string, number[]> {
  const text = [...train.map((s) => s.tokens), ...udText]
  const out = new Map<string, number[]>()
  for (const classes of classSizes) {
    for (const [word, c] of exchangeClusters(text, { classes, ...classOptions })) {
      let list = out.get(word)
      if (!list) out.set(word, (list = []))
      list.push(c)
    }
  }
  return out
}
const withClasses = (train: readonly { tokens: string[] }[]): Knowledge => ({ ...knowledge, classes: wordClasses(train) })
const folds = numberFlag(args, 'cv', 0)
const prune = numberFlag(args, 'prune', 0.002)
const synthetic = [...kbSentences(numberFlag(args, 'kb-sentences', 400)), ...titleSentences(numberFlag(args, 'title-sentences', 200))]

if (folds > 1) {
  const foldKnowledge = classSizes.length === 0 ? { ...knowledge, classes: new Map() } : args.flags.has('classes-full') ? withClasses(sentences) : withClasses
  const { strict, coarse, errors } = crossValidate(sentences, folds, foldKnowledge, options, synthetic, prune)
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
  const classes = wordClasses(sentences)
  writeClasses(classes)
  const encoder = new Encoder(space, { ...knowledge, classes })
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

function writeClasses(classes: ReadonlyMap<string, readonly number[]>): void {
  const header = [
    `Distributional word classes: word<TAB>class id in each of ${classSizes.length} exchange clusterings (${classSizes.join(', ')} classes),`,
    'learnt by scripts/train/clusters.ts (npm run train) from the text of GermEval 2014 NER-de-test.tsv (CC BY 4.0, Benikova,',
    'Biemann, Reznicek, LREC 2014) and UD German-GSD dev/test (CC BY-SA 4.0) and UD German-PUD test (CC BY-SA 3.0).',
    'license: CC BY-SA 4.0 (derived from the UD treebanks; attribution as above)',
  ]
  const words = [...classes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  writeFileSync(resolve('corpora/lexicon/word-classes.tsv'), header.map((l) => `# ${l}\n`).join('') + words.map((w) => `${w}\t${classes.get(w)!.join('\t')}\n`).join(''))
}
