// The recogniser's features read these data files (names, titles, nouns, word classes, the knowledge base but its
// `other` entries). A model trained while they said something else would see other features than it learnt: the
// model file records this fingerprint and the recogniser refuses a model whose fingerprint differs.
import { FNV_OFFSET, hashStep, hashString } from '../shared/hash.js'
import { corporaFile, type CorporaPath } from './bundle.js'

export const FEATURE_FILES: readonly CorporaPath[] = Object.freeze([
  'lexicon/first-names.txt', 'lexicon/surnames.txt', 'lexicon/titles.txt', 'lexicon/title-suffixes.txt',
  'lexicon/org-suffixes.txt', 'lexicon/org-heads.txt', 'lexicon/stopwords.txt', 'lexicon/common-nouns.txt',
  'lexicon/surnames-extra.txt', 'lexicon/first-names-extra.txt', 'lexicon/word-classes.tsv',
  'kb/places.tsv', 'kb/people-de.tsv', 'kb/people-world.tsv', 'kb/organizations.tsv',
] as const)

/**
 * FNV-1a over each feature file's path and text, in FEATURE_FILES order, a 0 before each (so that moving text from
 * one file to the next changes the hash).
 */
export function featureFilesFingerprint(read: (path: CorporaPath) => string = corporaFile): number {
  let hash = FNV_OFFSET
  for (const path of FEATURE_FILES) hash = hashString(hashStep(hashString(hashStep(hash, 0), path), 0), read(path))
  return hash
}
