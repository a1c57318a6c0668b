// The bundled data files (lexicons, knowledge base, recogniser model), by path under corpora/. They come from one
// module: in the package dist/corpora.cjs, which the ESM and the CommonJS build both import, so the data is in the
// package once; in tests and scripts a module made from corpora/ on the fly (scripts/corpora-module.mjs).
import files from 'corpora:bundle'

export type CorporaPath =
  | 'lexicon/first-names.txt' | 'lexicon/surnames.txt' | 'lexicon/titles.txt' | 'lexicon/title-suffixes.txt'
  | 'lexicon/org-suffixes.txt' | 'lexicon/org-heads.txt' | 'lexicon/stopwords.txt' | 'lexicon/word-frequencies.tsv'
  | 'lexicon/common-nouns.txt' | 'lexicon/surnames-extra.txt' | 'lexicon/first-names-extra.txt'
  | 'lexicon/word-classes.tsv' | 'lexicon/noun-lemmas.tsv' | 'lexicon/adjective-stems.txt' | 'kb/places.tsv' | 'kb/people-de.tsv' | 'kb/people-world.tsv'
  | 'kb/organizations.tsv' | 'kb/other.tsv' | 'kb/regional.tsv' | 'topics/generic-nouns.txt' | 'topics/everyday-words.txt' | 'topics/actor-heads.txt' | 'topics/background-nouns.txt' | 'topics/attested-words.txt' | 'topics/english-words.txt' | 'topics/plain-adjectives.txt' | 'ner/model.bin' | 'sections/line-model.json'

/** A data file's text (a binary file as base64). */
export function corporaFile(path: CorporaPath): string {
  const text = files[path]
  if (text === undefined) throw new Error(`schlagwort: bundled data file corpora/${path} is missing`)
  return text
}
