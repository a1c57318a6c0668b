// Generated German news articles for the memory benchmark: every article brings words no tagger has seen before
// (surnames, places, organizations, compounds), in ordinary news sentences. Deterministic: same seed, same articles.
//
// New words come from a counter, not from chance, so that they really are new: word k is spelled from the three
// syllables of (k · STEP + offset) mod SYLLABLES³, a bijection, so no stem repeats within 4 million words (about
// 400,000 articles); the seed picks the offset. Templates are drawn at random from the seeded generator.
import { seededRandom } from './random.js'

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'r', 's', 't', 'tr', 'w', 'z']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ei', 'au', 'ö']
const SYLLABLES = ONSETS.flatMap((onset) => VOWELS.map((vowel) => onset + vowel))
const SPACE = SYLLABLES.length ** 3
const STEP = 227_761 // odd and not a multiple of 5, so coprime with 160³ = 2¹⁵·5³: the map is a bijection

const SURNAME_ENDINGS = ['ski', 'mann', 'er', 'berg', 'rich', 'hoff', 'ling', 'wald']
const PLACE_ENDINGS = ['hausen', 'dorf', 'stadt', 'feld', 'heim', 'bach', 'burg']
const ORG_FORMS = ['# GmbH', '# AG', '#-Gruppe', '#-Stiftung', '# Holding', '#bank', '# Logistik GmbH']
type Gender = 'f' | 'm' | 'n'
const HEADS: [string, Gender][] = [
  ['förderung', 'f'], ['reform', 'f'], ['debatte', 'f'], ['krise', 'f'], ['abgabe', 'f'], ['sanierung', 'f'],
  ['streit', 'm'], ['gipfel', 'm'], ['plan', 'm'], ['vertrag', 'm'], ['ausbau', 'm'],
  ['gesetz', 'n'], ['projekt', 'n'], ['verfahren', 'n'], ['programm', 'n'],
]
const ARTICLE: Record<'nom' | 'acc' | 'dat', Record<Gender, string>> = {
  nom: { f: 'die', m: 'der', n: 'das' },
  acc: { f: 'die', m: 'den', n: 'das' },
  dat: { f: 'der', m: 'dem', n: 'dem' },
}
const FIRST_NAMES: [string, 'm' | 'f'][] = [
  ['Anna', 'f'], ['Sabine', 'f'], ['Katrin', 'f'], ['Julia', 'f'], ['Monika', 'f'], ['Lea', 'f'], ['Petra', 'f'], ['Nina', 'f'],
  ['Thomas', 'm'], ['Michael', 'm'], ['Stefan', 'm'], ['Jan', 'm'], ['Markus', 'm'], ['Uwe', 'm'], ['Felix', 'm'], ['Jens', 'm'],
]
const ROLES: [string, string][] = [
  ['Bürgermeister', 'Bürgermeisterin'], ['Landrat', 'Landrätin'], ['Geschäftsführer', 'Geschäftsführerin'],
  ['Sprecher', 'Sprecherin'], ['Stadtrat', 'Stadträtin'], ['Projektleiter', 'Projektleiterin'], ['Betriebsrat', 'Betriebsrätin'],
]
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']

// Slots: {A} {B} people (first time full name, then surname alone, so coreference has work), {rA} {rB} their roles,
// {P} place, {O} organization, {K:nom|acc|dat} compound with article, {K} bare compound, {W} weekday, {N} number,
// {E} amount in euros, {Y} year.
const TITLES = [
  'Streit um {K:acc} in {P}', '{O} kündigt Stellenabbau an', '{K} vorerst gestoppt', 'Neue Pläne für {P}',
  'Gericht prüft {K:acc}', 'Wie geht es weiter mit {K:dat}?',
]
const LEADS = [
  'Am {W} hat der Gemeinderat von {P} nach langer Sitzung über {K:acc} abgestimmt, wie {rA} {A} anschließend mitteilte.',
  '{rA} {A} hat am {W} in {P} einen Entwurf für {K:acc} vorgestellt, der bis {Y} umgesetzt werden soll.',
  'Die {O} will in {P} rund {N} Arbeitsplätze abbauen, bestätigte {rA} {A} am {W} auf Nachfrage.',
  'Nach monatelangen Verhandlungen haben sich {rA} {A} und die {O} in {P} auf {K:acc} geeinigt.',
  'In {P} wächst der Widerstand gegen {K:acc}, den Anwohner und {rA} {A} seit Wochen kritisieren.',
]
const SENTENCES = [
  'Die Kosten beziffert die Verwaltung auf {E}.',
  '„Wir haben keine Zeit mehr zu verlieren“, sagte {A} vor Journalisten.',
  '{A} verwies darauf, dass der Kreistag noch zustimmen müsse.',
  'Nach Angaben der Stadtverwaltung sind davon etwa {N} Haushalte betroffen.',
  'Die Opposition im Landtag sprach von einem überhasteten Verfahren.',
  '{rB} {B} äußerte sich zurückhaltend und kündigte eine eigene Prüfung an.',
  '{B} zufolge fehlen der Gemeinde dafür bislang die nötigen Fachkräfte.',
  'Bereits im Jahr {Y} hatte die Landesregierung {K:acc} in Aussicht gestellt.',
  'Kritiker halten {K:acc} für zu teuer und fordern ein Gutachten.',
  'Die {O} wollte sich zu den Vorwürfen am {W} nicht äußern.',
  'Ein Sprecher der {O} bestätigte lediglich, dass Gespräche mit {A} stattgefunden hätten.',
  'Auch in {P} wird seit Jahren über {K:acc} diskutiert.',
  'Nach Schätzungen der Industrie- und Handelskammer stehen in der Region bis zu {N} Betriebe vor ähnlichen Fragen.',
  'Die Verbraucherzentrale rät Betroffenen, ihre Unterlagen bis Ende {Y} aufzubewahren.',
  'Wie {A} weiter sagte, sei {K:nom} nur ein erster Schritt.',
  'Der nächste Termin im Stadtrat ist für den kommenden {W} angesetzt.',
  'Mit {K:dat} hatte sich bereits im Frühjahr ein Ausschuss befasst.',
  'Bis zu {N} Prozent der Mittel sollen aus dem Landeshaushalt kommen.',
  'Gewerkschaften kündigten für {W} eine Kundgebung vor dem Rathaus in {P} an.',
  '{A} und {B} wollen sich in der kommenden Woche erneut treffen.',
  'Ob {K:nom} rechtlich Bestand hat, muss nun das Verwaltungsgericht klären.',
  'Die Polizei meldete am Rande der Versammlung keine besonderen Vorkommnisse.',
]
const CLOSINGS = [
  '{A} zeigte sich trotz allem zuversichtlich.', 'Eine Stellungnahme von {A} stand bis zum Abend aus.',
  '{A} will die Pläne im Herbst erneut vorlegen.',
]

interface Compound { noun: string; gender: Gender }
interface Person { first: string; surname: string; role: string; named: boolean }

export class ArticleGenerator {
  readonly #random: () => number
  readonly #offset: number
  #word = 0

  constructor(seed: number) {
    this.#random = seededRandom(seed)
    this.#offset = Math.floor(seededRandom(seed ^ 0x5eed)() * SPACE)
  }

  /** The next article: a title line, a blank line, then 2–4 paragraphs of 3–6 sentences (about 1,000–1,500 characters). */
  next(): string {
    const person = (): Person => {
      const [first, gender] = this.#pick(FIRST_NAMES)
      const role = this.#pick(ROLES)[gender === 'm' ? 0 : 1]
      return { first, surname: this.#stem() + this.#pick(SURNAME_ENDINGS), role, named: false }
    }
    const a = person()
    const b = person()
    const places = Array.from({ length: 1 + this.#int(2) }, () => this.#stem() + this.#pick(PLACE_ENDINGS))
    const org = this.#pick(ORG_FORMS).replace('#', this.#stem())
    const compounds = Array.from({ length: 3 + this.#int(3) }, (): Compound => {
      const [head, gender] = this.#pick(HEADS)
      return { noun: this.#stem() + head, gender }
    })
    const name = (p: Person) => (p.named ? p.surname : ((p.named = true), `${p.first} ${p.surname}`))
    const fill = (template: string) =>
      template.replace(/\{(\w+)(?::(\w+))?\}/g, (_, slot: string, kase?: 'nom' | 'acc' | 'dat') => {
        switch (slot) {
          case 'A': return name(a)
          case 'B': return name(b)
          case 'rA': return a.role
          case 'rB': return b.role
          case 'P': return this.#pick(places)
          case 'O': return org
          case 'K': {
            const c = this.#pick(compounds)
            return kase ? `${ARTICLE[kase][c.gender]} ${c.noun}` : c.noun
          }
          case 'W': return this.#pick(WEEKDAYS)
          case 'N': return String(2 + this.#int(98))
          case 'E': return `${1 + this.#int(9)},${this.#int(10)} Millionen Euro`
          case 'Y': return String(2019 + this.#int(9))
          default: throw new Error(`unknown slot {${slot}}`)
        }
      })

    // Sentences until the article reaches its target length, 3–6 per paragraph, no template twice in one article.
    const count = 2 + this.#int(3)
    const target = 1000 + this.#int(500)
    const unused = [...SENTENCES]
    const sentences = [fill(this.#pick(LEADS))]
    let length = sentences[0]!.length
    while (unused.length > 0 && (sentences.length < 3 * count || (sentences.length < 6 * count && length < target))) {
      const sentence = fill(unused.splice(this.#int(unused.length), 1)[0]!)
      sentences.push(sentence)
      length += sentence.length + 1
    }
    const paragraphs = Array.from({ length: count }, (_, i) =>
      sentences.slice(Math.round((i * sentences.length) / count), Math.round(((i + 1) * sentences.length) / count)))
    // The surname alone must come at least once after the full name (in the lead), else coreference has nothing to
    // resolve; the last sentence is never the lead, so replacing it keeps the full name.
    const later = paragraphs.flat().slice(1).join(' ')
    if (!later.includes(a.surname)) paragraphs[count - 1]![paragraphs[count - 1]!.length - 1] = fill(this.#pick(CLOSINGS))
    return `${fill(this.#pick(TITLES))}\n\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}`
  }

  /** A stem never used before by this generator: three syllables spelling the next word number, capitalized. */
  #stem(): string {
    let n = (this.#word++ * STEP + this.#offset) % SPACE
    let stem = ''
    for (let i = 0; i < 3; i++, n = Math.floor(n / SYLLABLES.length)) stem += SYLLABLES[n % SYLLABLES.length]!
    return stem[0]!.toUpperCase() + stem.slice(1)
  }

  #int(below: number): number {
    return Math.floor(this.#random() * below)
  }

  #pick<T>(items: readonly T[]): T {
    return items[this.#int(items.length)]!
  }
}
