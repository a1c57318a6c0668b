// The lexicon: bundled word lists and the knowledge base (data.ts), the word sets derived from them, and the parsers
// and rules for their formats (ids, slugs, derived forms).
export type { KbEntry } from './kb.js'
export { parseKb } from './kb.js'
export { expandForms } from './forms.js'
export { slugify } from './slug.js'
export { corporaFile, type CorporaPath } from './bundle.js'
export { kbEntries, lexiconList, regionalNames, wordClasses, wordFrequencies, type ListName } from './data.js'
export { genericNouns, stopwords, termStopwords } from './stopwords.js'
export { isRoleWord } from './roles.js'
export { headKind, headNominative, type HeadKind } from './institutions.js'
export { isCommonNoun, isInflectedCompound, isNounFormIn } from './nouns.js'
export { featureFilesFingerprint, FEATURE_FILES } from './fingerprint.js'
export { EDITIONS } from './editions.js'
