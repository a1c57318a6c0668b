// Everything the pipeline parses or builds from the bundled data on first use, in one list, so that a service can
// load it before its first request (preload()) instead of blocking that request for 0.5–2 s. test/preload.test.ts
// checks that afterwards tag() reads no bundled file.
import {
  actorHeads, adjectiveStem, everydayNouns, genericNouns, isAttestedWord, isEnglishWord, isNounLemma, nounRarity, plainAdjectives, isRoleWord, kbEntries, lexiconList, LIST_NAMES, regionalNames, stopwords, termStopwords, wordClasses,
  wordFrequencies,
} from '../lexicon/index.js'
import { nerResources } from '../recognize/resources.js'
import { bundledLineModel } from '../sections/line-model.js'
import { backgroundCommonness } from '../terms/background.js'
import { charClasses } from '../terms/piece-chars.js'

// Some tables have no getter of their own: a lookup builds them on first call, whatever word it is asked about.
const LOADERS: readonly (() => unknown)[] = Object.freeze([
  () => LIST_NAMES.forEach(lexiconList),
  kbEntries,
  wordFrequencies,
  wordClasses,
  regionalNames,
  stopwords,
  termStopwords,
  genericNouns,
  everydayNouns,
  actorHeads,
  plainAdjectives,
  () => adjectiveStem('neuen'),
  () => nounRarity('haus'),
  () => isAttestedWord('haus'),
  () => isEnglishWord('haus'),
  () => isRoleWord('Minister'),
  () => isNounLemma('Haus'),
  () => backgroundCommonness('haus'),
  charClasses,
  bundledLineModel,
  nerResources,
])

/** A turn of the event loop, so that a caller's other work runs between the loads. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Loads every bundled table (once per process; a loaded one costs nothing), yielding to the event loop between them. */
export async function loadBundledData(): Promise<void> {
  for (const load of LOADERS) {
    load()
    await nextTurn()
  }
}
