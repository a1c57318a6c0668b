// German adjectives by their attributive stem (künstlich of künstlichen, hoh of hohe): the stems listed in
// corpora/lexicon/adjective-stems.txt (CC BY-SA 4.0, from german-pos-dict) and every stem with a derivational suffix of
// adjectives (-isch, -lich, -bar, …), which the list leaves out. Used for adjective + noun keyphrases.
import { eszettSpelling, swissSpelling } from '../shared/chars.js'
import { corporaFile } from './bundle.js'

/** Suffixes that make adjectives from nouns and verbs (medizinisch, ärztlich, erneuerbar, digital, organisiert). */
const RELATIONAL_SUFFIXES: readonly string[] = ['isch', 'lich', 'bar', 'al', 'ell', 'iv', 'är', 'ig', 'los', 'sam', 'haft', 'iert', 'ös']
/** Endings of an attributive adjective, longest first. */
const ENDINGS: readonly string[] = ['en', 'er', 'es', 'em', 'e']
const MIN_STEM = 3

let listed: ReadonlySet<string> | undefined

/**
 * Verb stems that end like a relational suffix (stell|en, herstell|en of -ell; steig|en, zeig|en, schweig|en of -ig;
 * klär|en, erklär|en of -är): their forms are verbs, not adjectives (Kommunalpolitiker stellen Bundes-Ampel infrage).
 */
const VERB_STEM_ENDINGS: readonly string[] = ['tell', 'eig', 'klär']

export function hasRelationalSuffix(stem: string): boolean {
  return stem.length > MIN_STEM + 1 && RELATIONAL_SUFFIXES.some((suffix) => stem.endsWith(suffix)) && !VERB_STEM_ENDINGS.some((ending) => stem.endsWith(ending))
}

function listedStems(): ReadonlySet<string> {
  if (listed === undefined) {
    const stems = new Set<string>()
    for (const line of corporaFile('lexicon/adjective-stems.txt').split('\n')) if (line !== '' && !line.startsWith('#')) stems.add(line)
    listed = stems
  }
  return listed
}

/**
 * The attributive stem of a lowercase inflected adjective (künstlichen → künstlich, hohe → hoh), or '' when the word
 * is no adjective with an ending. The uninflected form (künstlich) is no attributive adjective and gives ''.
 */
export function adjectiveStem(word: string): string {
  const stem = listedStem(word)
  // Swiss spelling (grossen, heisse): the stem of the ß spelling, given back in the word's.
  const spelled = stem === '' ? eszettSpelling(word) : ''
  return spelled === '' ? stem : swissSpelling(listedStem(spelled))
}

function listedStem(word: string): string {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue
    const stem = word.slice(0, word.length - ending.length)
    if (hasRelationalSuffix(stem) || listedStems().has(stem)) return stem
  }
  return ''
}
