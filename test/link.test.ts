import { describe, expect, it } from 'vitest'
import { createTagger, tag } from '../src/index.js'
import { buildKbIndex, linkEntities } from '../src/link/index.js'
import { lookupForm, lookupName, lookupPrefix } from '../src/link/lookup.js'
import { mergeSameNames } from '../src/link/same-name.js'
import { resolveSpeakers } from '../src/link/speakers.js'
import { opensCompound } from '../src/link/compound-parts.js'
import { isSourceMention } from '../src/link/sources.js'
import { adjectivesInNominative } from '../src/link/nominative.js'
import { withoutCommonNouns } from '../src/link/common-words.js'
import { mentionPieces } from '../src/link/pieces.js'
import { ATTRIBUTE, ENGLISH, LISTED_NAME, NOUN_SHAPED, nameWordFacts } from '../src/link/name-facts.js'
import { WordChecks } from '../src/link/word-checks.js'
import { gluedFullName, isAmountName, isCodeName, isFurnitureName, isMenuRun, isPictureLibrary } from '../src/link/name-words.js'
import { kbEntries, slugify } from '../src/lexicon/index.js'

const index = buildKbIndex(kbEntries())

/** Where the nth (from 0) occurrence of `text` starts in `view`. */
function nthIndex(view: string, text: string, nth: number): number {
  let at = view.indexOf(text)
  for (let k = 0; k < nth; k++) at = view.indexOf(text, at + 1)
  return at
}

/** Every occurrence of `text` in `view`, as name mentions. */
function spansOf(view: string, text: string): Array<{ start: number; end: number; kind: 'name' }> {
  const found: Array<{ start: number; end: number; kind: 'name' }> = []
  for (let at = view.indexOf(text); at >= 0; at = view.indexOf(text, at + 1)) found.push({ start: at, end: at + text.length, kind: 'name' })
  return found
}

describe('word facts of names', () => {
  it('says in one lookup what the lists know of a single word read as a name', () => {
    expect(nameWordFacts('Leasing')).toBe(NOUN_SHAPED | ENGLISH)
    expect(nameWordFacts('Müller') & LISTED_NAME).toBe(LISTED_NAME)
    expect(nameWordFacts('Grünem') & ATTRIBUTE).toBe(ATTRIBUTE)
    expect(nameWordFacts('HVKU') & NOUN_SHAPED).toBe(0)
  })

  it('reads a menu only in a run of five words or more', () => {
    expect(isMenuRun('Food Love Beauty Fashion Health')).toBe(true)
    expect(isMenuRun('Food Love Beauty Fashion')).toBe(false)
    expect(isMenuRun('Fit für Social Media und Web')).toBe(false)
  })

  it('reads a run of eight words or more as a menu when half of them are English or page words', () => {
    expect(isMenuRun('Fitness Reisen Abnehmen Love Beauty Fashion Health Deals')).toBe(true)
    expect(isMenuRun('Fitness Reisen Abnehmen Love Beauty Mode Gesundheit Deals')).toBe(false)
  })
})

describe('knowledge-base lookups', () => {
  it('reads a bare surname as the bearer its relatives in the knowledge base are named after, never as a relative', () => {
    const ids = (text: string) => tag(text).entities().map((e) => e.id)
    expect(ids('Die Zölle von Trump belasten die Stahlbranche. Trump hatte im Frühjahr neue Abgaben angekündigt.')).toEqual(['person:donald-trump'])
    expect(ids('Macron empfängt in Paris die Regierungschefs der Nachbarländer.')).toContain('person:emmanuel-macron')
    expect(ids('Melania Trump eröffnete in New York eine Ausstellung.')).toContain('person:melania-trump')
    expect(index.bySurname.get('trump')?.map((e) => e.id)).toEqual(['person:donald-trump'])
  })

  it('finds inflected names', () => {
    expect(lookupName(index, 'Russlands')?.entries[0]?.id).toBe('place:russland')
    expect(lookupName(index, 'Moskaus')?.entries[0]?.id).toBe('place:moskau')
    expect(lookupName(index, 'Europäischen Zentralbank')?.entries.map((e) => e.id)).toContain('org:europaeische-zentralbank')
    expect(lookupName(index, 'US-Präsident Donald Trump')?.entries[0]?.id).toBe('person:donald-trump')
    // A plural head in the dative: bei den Olympischen Spielen.
    expect(lookupName(index, 'Olympischen Spielen')?.entries[0]?.id).toBe('other:olympische-spiele')
  })

  it('finds what derived words come from', () => {
    expect(lookupForm(index, 'russischen')?.[0]?.id).toBe('place:russland')
    expect(lookupForm(index, 'Münchner')?.[0]?.id).toBe('place:muenchen')
    expect(lookupForm(index, 'amerikanischen')?.[0]?.id).toBe('place:usa')
  })

  it('finds names at the start of compounds', () => {
    expect(lookupPrefix(index, 'Deutschlandreise')?.entries[0]?.id).toBe('place:deutschland')
    expect(lookupPrefix(index, 'Unternehmensteuer')).toBeUndefined()
  })
})

describe('linking in articles', () => {
  it('joins full name, surname and genitive and keeps role words out of names', () => {
    const doc = tag('Kremlchef Wladimir Putin empfing am Montag Gäste. Putin sprach lange. Putins Sprecher schwieg.')
    const putin = doc.people().find((p) => p.id === 'person:wladimir-putin')
    expect(putin?.name).toBe('Wladimir Putin')
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Wladimir Putin', 'Putin', 'Putins'])
    expect(doc.people()).toHaveLength(1)
  })

  it("takes a one-word alias of a known entity and its genitive as that entity's mentions (Barcas of FC Barcelona)", () => {
    const doc = tag('Der FC Barcelona gibt seinen Stürmer ab. Laut Auskunft Barcas zahlt der neue Verein zwanzig Millionen Euro.')
    expect(doc.organizations().find((o) => o.id === 'org:fc-barcelona')?.mentions.map((m) => m.text)).toEqual(['FC Barcelona', 'Barcas'])
    expect(doc.keyphrases(10).map((k) => k.label)).not.toContain('Barcas')
  })

  it("reads a known name's genitive opening an unknown name as that name's mention, and a common word after it as no name", () => {
    const doc = tag('Microsofts Windows Mobile verliert Nutzer. In Tokios Stadion feierten die Fans den Sieg.')
    expect(doc.entities().map((e) => e.name).sort()).toEqual(['Microsoft', 'Tokio', 'Windows Mobile'])
    expect(doc.entities().find((e) => e.name === 'Microsoft')?.mentions.map((m) => m.text)).toEqual(['Microsofts'])
    // The owner's name may run to several words.
    const springer = tag('Das Abo kostet drei Euro. Dass Axel Springers Vorstoß in einem Streit mit den Nutzern enden wird, glauben viele.')
    expect(springer.entities().map((e) => e.name)).toEqual(['Axel Springer'])
  })

  it('keeps two people with the same surname apart', () => {
    const text = 'Anna Keller leitet die Schule, ihr Bruder Thomas Keller das Rathaus. Am Abend sagte Thomas Keller, er sei zufrieden. Keller lachte.'
    const doc = tag(text)
    const kellers = doc.people().filter((p) => p.name.endsWith('Keller'))
    expect(kellers.map((p) => p.name).sort()).toEqual(['Anna Keller', 'Thomas Keller'])
    const thomas = kellers.find((p) => p.name === 'Thomas Keller')!
    expect(thomas.mentions.map((m) => m.text)).toContain('Keller')
  })

  it('links part and derived words to their base', () => {
    const doc = tag('Beim EU-Gipfel in Brüssel ging es um die Ukraine-Krise. Die russische Regierung schwieg.')
    const ids = doc.entities().map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(['org:eu', 'place:ukraine', 'place:russland']))
    expect(doc.entities().find((e) => e.id === 'org:eu')!.mentions[0]!.kind).toBe('part')
    expect(doc.entities().find((e) => e.id === 'place:russland')!.mentions[0]!.kind).toBe('derived')
  })

  it('reads Bayern as the state outside sport', () => {
    const doc = tag('In Bayern beginnen die Sommerferien in diesem Jahr später. Das Kultusministerium in München bestätigte den Termin.')
    expect(doc.places().map((p) => p.id)).toContain('place:bayern')
    expect(doc.organizations().map((o) => o.id)).not.toContain('org:fc-bayern-muenchen')
  })
})

describe('createTagger', () => {
  it('finds entries added at run time', () => {
    const tagWith = createTagger({ entities: [{ id: 'org:kaffeeroesterei-bohnenglueck', type: 'organization', name: 'Kaffeerösterei Bohnenglück', aliases: ['Bohnenglück'] }] })
    const doc = tagWith('Die Kaffeerösterei Bohnenglück eröffnet eine Filiale in Kiel. Bohnenglück stellt zehn Leute ein.')
    const entity = doc.organizations().find((o) => o.id === 'org:kaffeeroesterei-bohnenglueck')
    expect(entity?.name).toBe('Kaffeerösterei Bohnenglück')
    expect(entity?.mentions).toHaveLength(2)
    expect(doc.places().map((p) => p.name)).toContain('Kiel')
  })

  it('lets an entry replace a bundled one of the same id', () => {
    const tagWith = createTagger({ entities: [{ id: 'place:kiel', type: 'place', name: 'Landeshauptstadt Kiel', aliases: ['Kiel'] }] })
    expect(tagWith('Der Hafen von Kiel wächst.').places().map((p) => p.name)).toContain('Landeshauptstadt Kiel')
    expect(tag('Der Hafen von Kiel wächst.').places().map((p) => p.name)).toContain('Kiel')
  })

  it('names the bad field', () => {
    expect(() => createTagger({ entities: [{ id: 'x:y', type: 'firma' as never, name: 'Y' }] })).toThrow(/entities\[0\]\.type/)
    expect(() => createTagger({ entities: [{ id: '', type: 'person', name: 'Y' }] })).toThrow(/entities\[0\]\.id/)
    expect(() => createTagger({ entities: [{ id: 'a:b', type: 'person', name: 'B', aliases: [3 as never] }] })).toThrow(/entities\[0\]\.aliases\[0\]/)
    expect(() => createTagger({ entities: 'viele' as never })).toThrow(/options\.entities/)
    expect(() => createTagger({ entities: [{ id: 'a:b', type: 'person', name: 'B' }, { id: 'a:b', type: 'person', name: 'C' }] })).toThrow(/entities\[1\]\.id must be unique/)
    expect(() => createTagger({ entities: [{ id: 'a:b', type: 'person', name: 'B' }] })(42 as never)).toThrow(/text/)
  })
})

describe('people, names and bylines read apart', () => {
  it('takes a short form of a first name with the same surname for the same person (Maxi and Maximilian Taucher), whose bare surname then joins it; Paul and Paula stay two', () => {
    const text = 'Erfolg für Taucher\n\nIn Tarbes gewann Maximilian Taucher zwei Gruppenspiele. Danach startete Maxi Taucher stark ins Halbfinale. ' +
      'Am Ende verlor Taucher knapp gegen den Briten Tom Ellery. Maxi Taucher will im Sommer wieder angreifen.'
    const people = tag(text).people()
    expect(people.map((p) => p.name)).toEqual(['Maximilian Taucher', 'Tom Ellery'])
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Taucher', 'Maximilian Taucher', 'Maxi Taucher', 'Taucher', 'Maxi Taucher'])
    expect(tag('Paul Brandt und Paula Brandt spielen Doppel. Paul Brandt gewann.').people().map((p) => p.name)).toEqual(['Paul Brandt', 'Paula Brandt'])
  })

  it('splits two known surnames read as one name', () => {
    const text = 'Bundeskanzler Friedrich Merz hat mit Präsident Emmanuel Macron telefoniert. Dabei dankte Merz Macron für die Einladung nach Paris.'
    const people = tag(text).people()
    expect(people.map((p) => p.id).sort()).toEqual(['person:emmanuel-macron', 'person:friedrich-merz'])
    expect(people.find((p) => p.id === 'person:emmanuel-macron')?.mentions.map((m) => m.text)).toEqual(['Emmanuel Macron', 'Macron'])
  })

  it('splits a full name run on over the surname of another person of the article (Ewald Pfisterer Hofstätter angeschrien)', () => {
    const view = 'Landrat Ewald Pfisterer habe Gerlinde Hofstätter kritisiert. Dann habe Ewald Pfisterer Hofstätter angeschrien. Hofstätter schwieg.'
    const at = (text: string, from = 0) => ({ start: view.indexOf(text, from), end: view.indexOf(text, from) + text.length, label: 'PER' as const, kind: 'name' as const })
    const runOn = view.indexOf('Dann')
    const entities = linkEntities([at('Ewald Pfisterer'), at('Gerlinde Hofstätter'), at('Ewald Pfisterer Hofstätter', runOn), at('Hofstätter', view.indexOf('Hofstätter schwieg'))], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    const byName = new Map(entities.map((e) => [e.name, e.mentions.map((m) => view.slice(m.start, m.end))]))
    expect([...byName.keys()].sort()).toEqual(['Ewald Pfisterer', 'Gerlinde Hofstätter'])
    expect(byName.get('Ewald Pfisterer')).toEqual(['Ewald Pfisterer', 'Ewald Pfisterer'])
    expect(byName.get('Gerlinde Hofstätter')).toEqual(['Gerlinde Hofstätter', 'Hofstätter', 'Hofstätter'])
  })

  it('takes an adjective in a weak ending before a compound of ordinary nouns (Reine Rentenzusage) for a term, not a person; a first name before such a word stays one', () => {
    const view = 'Die Reine Rentenzusage gilt seit 2018. Kassenwart Frank Holzbrecher erklärt sie.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const entities = linkEntities([at('Reine Rentenzusage'), at('Frank Holzbrecher')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name)).toEqual(['Frank Holzbrecher'])
  })

  it('takes die Linke in Swiss or Austrian news for the political left, not for the German party; German news keeps the party', () => {
    const swiss = 'Nationalrat lehnt Initiative ab\n\nIn Bern hat der Nationalrat die Initiative abgelehnt. Die SVP stimmte dagegen, die Linke dafür. ' +
      'Auch in Zürich und Basel wurde debattiert. Die Linke kündigte ein Referendum an.'
    expect(tag(swiss).entities().map((e) => e.id)).not.toContain('org:die-linke')
    const german = 'Bundestag lehnt Antrag ab\n\nIn Berlin hat der Bundestag den Antrag abgelehnt. Die CDU stimmte dagegen, die Linke dafür. ' +
      'Auch in München und Hamburg wurde debattiert. Die Linke kündigte Widerstand an.'
    expect(tag(german).entities().map((e) => e.id)).toContain('org:die-linke')
  })

  it('keeps a name whose first word is a first name whole', () => {
    const text = 'Der Tischler Martin Luther aus Erfurt hat seine Werkstatt verkauft. Martin Luther will nun reisen.'
    expect(tag(text).people().map((p) => p.name)).toEqual(['Martin Luther'])
  })

  it('makes the inflections of an unknown multiword name one entity, named as it stands alone', () => {
    // Mentions as the recogniser hands them over, so that the test reads the linker alone.
    const view = 'Der Blaue Löwe geht an eine Malerin. Den Blauen Löwen erhielt zuvor ein Bildhauer.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'OTH' as const, kind: 'name' as const })
    const entities = linkEntities([at('Blaue Löwe'), at('Blauen Löwen')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.id, e.name, e.mentions.length])).toEqual([['other:blauer-loewe', 'Blauer Löwe', 2]])
  })

  it('does not tag the agency of a dateline', () => {
    const text = 'Streik bei der Bahn\n\nKassel (dpa) - Die Lokführer der Deutschen Bahn streiken seit Montag. Fahrgäste in Hessen müssen mit Ausfällen rechnen.'
    const doc = tag(text)
    const ids = doc.entities().map((e) => e.id)
    expect(ids).not.toContain('org:dpa')
    expect(ids).toContain('place:kassel')
    expect(ids).toContain('place:hessen')
    // The same agency named in running text is a mention.
    expect(tag('Wie die Nachrichtenagentur dpa am Montag meldete, streiken die Lokführer in Hessen.').entities().map((e) => e.id)).toContain('org:dpa')
  })

  it('lets the article\'s countries choose between equally named entries', () => {
    expect(tag('Die Grünen fordern in Wien mehr Tierschutz. Die ÖVP lehnt das ab.').organizations().map((e) => e.id)).toContain('org:die-gruenen-oesterreich')
    expect(tag('Die Grünen fordern in Leipzig mehr Tierschutz. Die CDU lehnt das ab.').organizations().map((e) => e.id)).toContain('org:gruene')
    // Without any country in the text, German news is the default reading.
    expect(tag('Die Grünen fordern mehr Tierschutz.').organizations().map((e) => e.id)).toEqual(['org:gruene'])
  })

  it('makes no entity of a single letter or a two-letter abbreviation outside the knowledge base', () => {
    const firms = tag('Lieferkette im Streit\n\nEin Beispiel: Firma A verkauft Maschinen an Firma B, die sie an die Stadtwerke Ulm weitergibt. Firma A wartet bis heute auf ihr Geld.')
    expect(firms.entities().map((e) => e.name)).toEqual(['Stadtwerke Ulm'])
    const dateline = tag('Interview\n\nDo 9 Apr 2020\n\nJonas Weber spricht über die Krise in Leipzig. Sa 11 Apr 2020 folgte der zweite Teil.')
    expect(dateline.entities().map((e) => e.name).sort()).toEqual(['Jonas Weber', 'Leipzig'])
    // Nor is a person: the English pronoun of a quoted passage; nor is its negation a thing.
    const quote = tag('Die Senatorin Anna Keller sagte auf Englisch:\n\nI like markets. What I don’t like is cheating, what I don’t like is theft.\n\nKlingt gut, meint Jonas Weber.')
    expect(quote.entities().map((e) => e.name).sort()).toEqual(['Anna Keller', 'Jonas Weber'])
    // Nor is a drawn-out cry.
    const cry = tag('Endlich Ferien\n\nJaaaaa! Mit dem Zug geht es nach Rostock. Jaaaaa, sagt auch Mia Brandt.')
    expect(cry.entities().map((e) => e.name).sort()).toEqual(['Mia Brandt', 'Rostock'])
    // Longer abbreviations are also names: Verl is a town.
    expect(tag('Die Polizei in Verl sucht Zeugen eines Einbruchs. In Verl war es der dritte Fall seit Mai.').entities().map((e) => e.name)).toContain('Verl')
  })

  it('makes no entity of a web address with a path, as photo credits give them; a bare domain may still name one', () => {
    for (const handle of ['iStock.com/kalinowski', 'pixabay.com/lenzfoto']) {
      const credit = tag(`Heizen mit Strom\n\nEnergetische Sanierungsmaßnahmen und moderne Heizungen senken den Energieverbrauch © ${handle}\n\nDie Wärmepumpe ersetzt in vielen Häusern die Gasheizung, sagt der Verband in Berlin. Die Wärmepumpe braucht Strom.`)
      expect(credit.entities().map((e) => e.name)).toEqual(['Berlin'])
    }
    expect(tag('Laut t-online.de meldet Amazon in Seattle neue Gewinne. Das berichtet t-online.de.').entities().map((e) => e.name)).toContain('t-online')
  })

  it('makes no entity of a date, German or English (a comment stamp, a post date)', () => {
    const stamps = tag('Neue Ampel an der Kreuzung\n\nDie Stadt Pforzheim stellt an der Kreuzung eine neue Ampel auf, sagt Bürgermeister Tim Kohler.\n\n' +
      'Post date March 5, 2014\n\nAnna Vogt, Mi 8 Okt 2025 / 10:12 Antworten\nEndlich passiert etwas.')
    const names = stamps.entities().map((e) => e.name)
    for (const date of ['March', 'Mi 8 Okt', 'Okt']) expect(names).not.toContain(date)
    expect(names).toContain('Pforzheim')
  })

  it('makes no entity of buttons and blog footers read as names; a service the knowledge base knows stays one', () => {
    const page = tag('Neuer Radweg am Kanal\n\nDie Stadt Minden baut am Mittellandkanal einen neuen Radweg, sagt Baudezernentin ' +
      'Petra Lohmann. Wer mitreden will, schreibt der Stadt über den Facebook Messenger.\n\n' +
      'Filed under: Verkehr | Permanentlink | TrackBack URI\nFeed Twitter Facebook Youtube\nANMELDEN\n3 COMMENTS')
    const names = page.entities().map((e) => e.name)
    for (const furniture of ['Filed', 'Permanentlink', 'TrackBack URI', 'Feed Twitter Facebook Youtube', 'ANMELDEN', 'COMMENTS']) expect(names).not.toContain(furniture)
    for (const furniture of ['Download PDF', 'Slider', 'Allgemein Downloads']) expect(isFurnitureName(furniture, () => false)).toBe(true)
    expect(names).toContain('Minden')
    expect(names.some((name) => name.includes('Facebook'))).toBe(true)
  })

  it('reads an inflected adjective opening a sentence before a capitalised word as that word\'s attribute, not as a name', () => {
    const ids = (text: string) => tag(text).entities().map((e) => e.id)
    expect(ids('Neuer Radweg am Kanal\n\nDie Stadt Minden baut am Kanal einen Radweg. Neuer Belag liegt seit Montag.')).toEqual(['place:minden'])
    expect(ids('Neuer hält den Elfmeter\n\nDer Torwart des FC Bayern hielt in der Nachspielzeit.')).toContain('person:manuel-neuer')
    const names = tag('Reiner Nagel ist Architekt und Stadtplaner in Potsdam.').entities().map((e) => e.name)
    expect(names).toContain('Reiner Nagel')
  })

  it('makes one entity of one unknown name read as a person in one sentence and as a place in another', () => {
    const names = tag('Die Kette Montebrio öffnet in Hamm. Montebrio verkauft Brot. In Montebrio arbeiten 40 Leute, sagt Montebrio.')
      .entities()
      .filter((e) => e.name === 'Montebrio')
    expect(names).toHaveLength(1)
    expect(names[0]!.mentions).toHaveLength(4)
  })

  it('merges same-named unknown entities into the one with most mentions, or into the knowledge-base entity of that name', () => {
    const record = (id: string, name: string, type: 'person' | 'place' | 'organization' | 'other', starts: number[]) =>
      ({ id, name, type, salience: 0, mentions: starts.map((start) => ({ start, end: start + name.length, kind: 'name' as const })) })
    const merged = mergeSameNames([record('person:krupp', 'Krupp', 'person', [40, 90]), record('org:krupp', 'Krupp', 'organization', [0, 60, 90]), record('place:essen', 'Essen', 'place', [20])], () => false)
    expect(merged.map((e) => [e.id, e.mentions.map((m) => m.start)])).toEqual([['org:krupp', [0, 40, 60, 90]], ['place:essen', [20]]])
    const tie = mergeSameNames([record('person:radon', 'Radon', 'person', [5]), record('other:radon', 'Radon', 'other', [50])], () => false)
    expect(tie.map((e) => e.id)).toEqual(['other:radon'])
    const known = mergeSameNames([record('person:linux', 'Linux', 'person', [0, 30, 60]), record('other:linux', 'Linux', 'other', [90])], (id) => id === 'other:linux')
    expect(known.map((e) => [e.id, e.mentions.length])).toEqual([['other:linux', 4]])
  })

  it('makes no entity of a question adverb, an interjection or a number word opening a sentence', () => {
    const names = tag('Ach, neulich am Hafen\n\nAm Hafen in Kiel war es voll. Neulich in Kiel: Ach, wie schön. Woran liegt das? ' +
      'Drei Linien fallen morgens ganz aus, sagt Verkehrsplanerin Jana Kröger.').entities().map((e) => e.name)
    for (const word of ['Woran', 'Ach', 'Neulich', 'Drei']) expect(names).not.toContain(word)
    expect(names).toContain('Kiel')
  })

  it('leaves a greeting or a byline word before a name and a photo credit after it out of the name', () => {
    // Spans as the recogniser hands them over on real pages (a reply, a byline, a caption credit): the linker alone.
    const view = 'Hallo Lotte Brenner, danke! By Jannik Roth on Montag. Foto: Mara Lind Symbolbild imago'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const entities = linkEntities([at('Hallo Lotte Brenner'), at('By Jannik Roth'), at('Mara Lind Symbolbild imago')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).sort()).toEqual(['Jannik Roth', 'Lotte Brenner', 'Mara Lind'])
    for (const entity of entities) for (const mention of entity.mentions) expect(view.slice(mention.start, mention.end)).toBe(entity.name)
  })

  it('makes no body of an acronym German writes as an ordinary noun (SMS, BIP, CEO, GPS); an authority\'s short form stays', () => {
    const view = 'Der CEO kündigte per SMS an, das BIP wachse. Die Ortung per GPS fiel aus. Die Bezirkshauptmannschaft (BH) prüft den Fall.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'ORG' as const, kind: 'name' as const })
    const linked = linkEntities([at('CEO'), at('SMS'), at('BIP'), at('GPS'), at('BH')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    const kept = withoutCommonNouns(linked, view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['BH'])
  })

  it('makes no name of a compound\'s part that is an ordinary English or German word (Grand-Slam-Turnier)', () => {
    const text = 'Erstmals ist Dominic Thiem beim letzten Grand-Slam-Turnier des Jahres gesetzt. Das Grand-Slam-Turnier in New York beginnt am Montag. Der Tesla-Fahrer war Zeuge.'
    const names = tag(text).entities().map((e) => e.name)
    expect(names).toEqual(expect.arrayContaining(['Dominic Thiem', 'Tesla']))
    for (const part of ['Grand', 'Slam']) expect(names).not.toContain(part)
  })

  it('reads the people of a place read as a body as that place; its language is no place', () => {
    const view = 'Die Albaner wählten am Sonntag. Der Roman wurde aus dem Englischen übersetzt. Die Niederösterreicher feiern.'
    const at = (text: string, label: 'ORG' | 'OTH') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    const entities = linkEntities([at('Albaner', 'ORG'), at('Englischen', 'OTH'), at('Niederösterreicher', 'ORG')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    const ids = entities.map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(['place:albanien', 'place:niederoesterreich']))
    expect(ids).not.toContain('place:england')
  })

  it('reads a country\'s IOC code in parentheses after a name or a result as that country', () => {
    const view = 'Normalschanze: 1. Anna Beispiel (AUT) 242,6 Punkte, 2. Lea Muster (GER) 238,0, 3. Ida Probe (NOR). Die GER-Liste folgt.'
    const at = (text: string, from = 0) => ({ start: view.indexOf(text, from), end: view.indexOf(text, from) + text.length, label: 'ORG' as const, kind: 'name' as const })
    const entities = linkEntities([at('AUT'), at('GER'), at('NOR')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.id).sort()).toEqual(['place:deutschland', 'place:norwegen', 'place:oesterreich'])
  })

  it('cuts a known name run on over a score, a place in a table or an inflected noun; a number or a team name\'s plural stays', () => {
    const view = 'Es siegte Red Bull Salzburg 0:5 auswärts. Nun ist 1. FC Köln Vierter der Tabelle. Laut ORF Zahlen stieg die Quote. In der NHL gewannen die Los Angeles Kings. Auf ORF 2 lief das Spiel.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'ORG' as const, kind: 'name' as const })
    const entities = linkEntities([at('Red Bull Salzburg 0:5'), at('1. FC Köln Vierter'), at('ORF Zahlen'), at('Los Angeles Kings'), at('ORF 2')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    const names = entities.map((e) => e.name)
    expect(names).toEqual(expect.arrayContaining(['Red Bull Salzburg', '1. FC Köln', 'ORF', 'Los Angeles Kings']))
    for (const name of names) expect(name).not.toMatch(/0:5|Vierter|Zahlen/)
  })

  it('cuts a known name run on over a noun\'s genitive in -s after a genitive determiner (des ORF Urteils); a sponsor\'s event (des ORF Cups) stays', () => {
    const view = 'Die Kritik des ORF Urteils fiel hart aus. Zum Auftakt des ORF Cups kamen Gäste.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'ORG' as const, kind: 'name' as const })
    const entities = linkEntities([at('ORF Urteils'), at('ORF Cups')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).sort()).toEqual(['ORF', 'ORF Cups'])
  })

  it('makes no name of an adverb in -stens or of a sentence adverb opening a sentence, nor of a weekday with a time of day', () => {
    const view = 'Der Minister: Erstens fehle das Geld. Frühestens im Mai komme der Bericht. Sarajevo – Diesmal wird hart verhandelt. Helfer waren bis Montagfrüh im Einsatz. Carstens sagte nichts.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'LOC' as const, kind: 'name' as const })
    const entities = linkEntities([at('Erstens'), at('Frühestens'), at('Diesmal'), at('Montagfrüh'), at('Carstens')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name)).toEqual(['Carstens'])
  })

  it('reads no name over a comma in a person\'s span nor a team\'s line-up read as a thing', () => {
    const view = 'Austria: Pentz - Klein, Wimmer - Grünwald, Holzhauser. Es trafen Lindner, Kaiser für Rapid.'
    const at = (text: string, label: 'PER' | 'OTH') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    const entities = linkEntities([at('Pentz - Klein, Wimmer - Grünwald, Holzhauser', 'OTH'), at('Lindner, Kaiser', 'PER')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).filter((name) => name.includes(',') || name.includes(' - '))).toEqual([])
  })

  it('leaves an article the recogniser ran over out of a name; a title keeps it unless a known name follows', () => {
    const view = 'Das Wifo rechnet mit Wachstum. Im Kino läuft Der Pate. Die Ukraine steht vor der Wahl, sagt der Präsident der Republik Moldau.'
    const at = (text: string, label: 'LOC' | 'ORG' | 'OTH') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    const entities = linkEntities([at('Das Wifo', 'ORG'), at('Der Pate', 'OTH'), at('Die Ukraine', 'OTH'), at('der Republik Moldau', 'LOC')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    const names = entities.map((e) => e.name)
    expect(names).toEqual(expect.arrayContaining(['Wifo', 'Der Pate', 'Ukraine']))
    for (const name of names) expect(name).not.toMatch(/^(Das|Die|der) /)
    for (const entity of entities) for (const mention of entity.mentions) expect(view.slice(mention.start, mention.end)).not.toMatch(/^(Das|Die|der) (Wifo|Ukraine|Republik)/)
  })

  it('takes a bare surname that is an ordinary noun for a known person only where the text does not write it as a noun', () => {
    const at = (view: string, text: string, from = 0) => ({ start: view.indexOf(text, from), end: view.indexOf(text, from) + text.length, label: 'PER' as const, kind: 'name' as const })
    const body = (view: string) => ({ view, sections: [{ type: 'body' as const, start: 0, end: view.length }] })
    const fashion = 'Für seine Pullover nutzt das Brand nur Bio-Wolle. Beim Knitwear Brand gibt es Mützen, und das Brand spendet.'
    const linked = linkEntities([at(fashion, 'Brand'), at(fashion, 'Brand', 60)], body(fashion), index, slugify)
    expect(linked.map((e) => e.id)).not.toContain('person:heiner-brand')
    const handball = 'Der frühere Bundestrainer lobt die Mannschaft. Brand sagte, das Team habe Potenzial.'
    expect(linkEntities([at(handball, 'Brand')], body(handball), index, slugify).map((e) => e.id)).toEqual(['person:heiner-brand'])
  })

  it('reads a place in the genitive that the recogniser took for a person as that place', () => {
    const view = 'Der Präsident Serbiens reiste ab. Chinas Führung schweigt. Trainer Klaus Wiens lobt das Team.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const entities = linkEntities([at('Serbiens'), at('Chinas'), at('Klaus Wiens')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.type, e.name]).sort()).toEqual([['person', 'Klaus Wiens'], ['place', 'China'], ['place', 'Serbien']])
  })

  it('leaves a day or month after a small word out of a person\'s name; a surname spelt like a weekday stays', () => {
    // Spans as the recogniser hands them over when it runs on into the date: the linker alone.
    const view = 'Das bestätigte Sprecherin Ines Kraemer am Mittwoch. Die Ausstellung kuratiert Jennifer Montag seit Mai. Jonas Wiel im Oktober'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const entities = linkEntities([at('Ines Kraemer am Mittwoch'), at('Jennifer Montag'), at('Jonas Wiel im Oktober')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).sort()).toEqual(['Ines Kraemer', 'Jennifer Montag', 'Jonas Wiel'])
  })

  it('leaves a noun describing a person before the name and a noun the name owns in the genitive after it out of the name', () => {
    // Spans as the recogniser hands them over when it takes a description for a first name: the linker alone.
    const view = 'Schon als Knirps stand Ilario Venturelli vor dem Chor. Damals dirigierte Knirps Venturelli die Nachbarn. Heute zeigt Filmemacher Tomas Brühlmoser in Tomas Brühlmosers Reisefilm, wie Dokumentarfilmer Brühlmoser dreht.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const mentions = [at('Ilario Venturelli'), at('Knirps Venturelli'), at('Tomas Brühlmoser'), at('Tomas Brühlmosers Reisefilm'), at('Dokumentarfilmer Brühlmoser')]
    const entities = linkEntities(mentions, { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.name, e.mentions.length]).sort()).toEqual([['Ilario Venturelli', 2], ['Tomas Brühlmoser', 3]])
    // Each mention is the name as it stands in the text, the description and the owned noun left out.
    const texts = entities.flatMap((e) => e.mentions.map((m) => view.slice(m.start, m.end)))
    expect(texts.sort()).toEqual(['Brühlmoser', 'Ilario Venturelli', 'Tomas Brühlmoser', 'Tomas Brühlmosers', 'Venturelli'])
  })

  it('reads a name of common English words only that no one is known by as a thing, not a person', () => {
    const view = 'Auf der Messe zeigt Jonna Feldkamp Brillen für Mixed Reality. Mixed Reality soll bald billiger werden, sagt Feldkamp.'
    const at = (text: string, nth: number) => ({ start: nthIndex(view, text, nth), end: nthIndex(view, text, nth) + text.length, label: 'PER' as const, kind: 'name' as const })
    const mentions = [at('Jonna Feldkamp', 0), at('Mixed Reality', 0), at('Mixed Reality', 1), at('Feldkamp', 1)]
    const entities = linkEntities(mentions, { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Jonna Feldkamp', 'person', 2], ['Mixed Reality', 'other', 2]])
  })


  it('joins a surname with its particles (Van der Bellen, de Vries) to the full name, whatever the case of the particle', () => {
    const visit = tag('Festspiel-Reisen von Van der Bellen kosteten 57.000 Euro\n\nBundespräsident Alexander Van der Bellen fuhr nach Salzburg. Van der Bellen sagte, die Reisen seien dienstlich.')
    expect(visit.people().map((e) => [e.id, e.mentions.length])).toEqual([['person:alexander-van-der-bellen', 3]])
    const coach = tag('Gespräch mit Frank de Vries\n\nDer Trainer Frank de Vries verlängert in Heerenveen. De Vries sagte, er freue sich. Für de Vries ist es die dritte Saison.')
    expect(coach.people().map((e) => [e.name, e.mentions.length])).toEqual([['Frank de Vries', 4]])
  })

  it('reads a compound noun the recogniser takes for a thing again and again as the word it is; a repeated place stays', () => {
    const view = 'Der Kreis setzt auf Rufbusse. Die Rufbusse fahren auch nachts. In Pfarrkirchen gilt das schon. Pfarrkirchen ist stolz darauf.'
    const at = (text: string, from: number, label: 'OTH' | 'LOC') => ({ start: view.indexOf(text, from), end: view.indexOf(text, from) + text.length, label, kind: 'name' as const })
    const mentions = [at('Rufbusse', 0, 'OTH'), at('Rufbusse', 30, 'OTH'), at('Pfarrkirchen', 0, 'LOC'), at('Pfarrkirchen', 80, 'LOC')]
    const entities = linkEntities(mentions, { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Pfarrkirchen', 2]])
  })

  it('reads a word the recogniser takes for a person but the text writes after articles as a noun; a name after a verb stays', () => {
    const view = 'Im Teich leben die Zwergmolche. Viele tote Zwergmolche lagen am Ufer. Zwergmolche brauchen Wasser. Das lohne sich, versicherte Brzeczek. Brzeczek will weitermachen.'
    const at = (text: string, nth: number) => ({ start: nthIndex(view, text, nth), end: nthIndex(view, text, nth) + text.length, label: 'PER' as const, kind: 'name' as const })
    const mentions = [at('Zwergmolche', 0), at('Zwergmolche', 1), at('Zwergmolche', 2), at('Brzeczek', 0), at('Brzeczek', 1)]
    const entities = linkEntities(mentions, { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Brzeczek', 'person', 2]])
  })

  it('names an unknown institution as it stands alone, its adjectives in the nominative of their noun', () => {
    const text = 'Neue Leitung für das Küsteninstitut\n\nDie Leitung des Ostfriesischen Instituts für Küstenkunde übernimmt im Mai eine Geologin aus Emden. Sie arbeitete zuletzt bei der Bayerischen Seenverwaltung in Starnberg. Das Ostfriesische Institut für Küstenkunde beschäftigt 40 Leute.'
    const names = tag(text).entities().map((e) => e.name)
    expect(names).toContain('Ostfriesisches Institut für Küstenkunde')
    expect(names).toContain('Bayerische Seenverwaltung')
    expect(adjectivesInNominative('Deutschen Roten Kreuz')).toBe('Deutsches Rotes Kreuz')
    expect(adjectivesInNominative('Großen Preis von Belgien')).toBe('Großer Preis von Belgien')
    // A plural head is a nominative already; a noun that reads like an adjective is no adjective.
    expect(adjectivesInNominative('Vereinten Nationen')).toBe('Vereinten Nationen')
    expect(adjectivesInNominative('Achtelfinale HC Litvinov')).toBe('Achtelfinale HC Litvinov')
  })

  it('puts adjectives in the nominative of a compound head the lexicon lacks, by its longest listed last part, in Swiss spelling too', () => {
    expect(adjectivesInNominative('Grossen Zwirblgletscher')).toBe('Grosser Zwirblgletscher')
    expect(adjectivesInNominative('Internationalen Quorvexorganisation')).toBe('Internationale Quorvexorganisation')
    // The gender of the sense news means (der Tag, der Bund), not of the lexicon source's other sense.
    expect(adjectivesInNominative('Deutschen Imkertag')).toBe('Deutscher Imkertag')
    expect(adjectivesInNominative('Bayerischen Imkerbund')).toBe('Bayerischer Imkerbund')
    // A short last part says little (Lau|sitz): the name stays as written.
    expect(adjectivesInNominative('Oberen Kreuzlausitz')).toBe('Oberen Kreuzlausitz')
  })

  it('makes no entity of a menu, a web host, a label in capitals or a lone English function word', () => {
    const text = 'Food Abnehmen Love Beauty Fashion Health Life Deals\n\nSo bleibt das Gewicht im Advent stabil\n\nWer im Dezember nicht zunehmen will, muss nicht auf Plätzchen verzichten. Eine Studie der Universität Greifswald zeigt, dass kleine Portionen reichen. Mehr dazu unter www.advent-ohne-kilos.de im Netz.\n\nTIPP: Nach dem Essen eine Runde um den Block gehen, sagt die Ernährungsberaterin Hanna Lindqvist.\n\nFAQ'
    expect(tag(text).entities().map((e) => e.name)).toEqual(['Universität Greifswald', 'Hanna Lindqvist'])
    const view = 'Das Motto der Messe lautet The Future, sagt Lena Sörensen.'
    const at = (text: string, label: 'PER' | 'ORG') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    const entities = linkEntities([at('The', 'ORG'), at('Lena Sörensen', 'PER')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name)).toEqual(['Lena Sörensen'])
  })

  it('reads no name from the first part of an elided compound (Nord- und Südkorea), and two names from a name span over a spaced dash', () => {
    const view = 'Gespräche zwischen Nord- und Südkorea. Im Finale: Lindqvist – Okafor. Der Verband für Luft- und Raumfahrt tagt.'
    const span = (text: string, label: 'PER' | 'ORG' | 'LOC') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    expect(mentionPieces(span('Nord-', 'LOC'), 0, view, () => false)).toEqual([])
    expect(mentionPieces(span('Verband für Luft-', 'ORG'), 0, view, () => false)).toEqual([])
    const pieces = mentionPieces(span('Lindqvist – Okafor', 'PER'), 0, view, () => false)
    expect(pieces.map((piece) => [piece.text, view.slice(piece.start, piece.end)])).toEqual([['Lindqvist', 'Lindqvist'], ['Okafor', 'Okafor']])
  })

  it('reads two names from a name span over a semicolon, and no reference word (Vgl.) as part of a name', () => {
    const view = 'Die Bank (KTB; Kredittreuhandbank) ist pleite. Vgl. Hallmayer 2019.'
    const span = (text: string, label: 'PER' | 'ORG') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    expect(mentionPieces(span('KTB; Kredittreuhandbank', 'ORG'), 0, view, () => false).map((piece) => piece.text)).toEqual(['KTB', 'Kredittreuhandbank'])
    const reference = mentionPieces(span('Vgl. Hallmayer', 'PER'), 0, view, () => false)
    expect(reference.map((piece) => [piece.text, view.slice(piece.start, piece.end)])).toEqual([['Hallmayer', 'Hallmayer']])
  })

  it('takes one word read as a person for the thing the knowledge base knows by it (Corona, Covid-19: the pandemic)', () => {
    const text = 'Wirte klagen über Corona\n\nWegen Corona bleiben die Gaststätten im Ort leer. Seit Corona kommen weniger Gäste, sagt der Wirt. Auch Covid-19 habe Stammgäste vertrieben.'
    const entities = tag(text).entities()
    expect(entities.filter((e) => e.type === 'person')).toEqual([])
    const pandemic = entities.find((e) => e.id === 'other:corona-pandemie')
    expect(pandemic?.mentions.map((m) => m.text)).toEqual(['Corona', 'Corona', 'Corona', 'Covid-19'])
  })

  it('makes no entity of a credit label before a colon or a copyright sign (Bild: …, Bild © …), which would read as the newspaper', () => {
    const text = 'Tanz im Regen\n\nDie Kompanie zeigt in Basel ein neues Stück. Bild: Nora Kessler/Theater Basel\n\nDas Publikum jubelte. Bild © Theater Basel\n\nDie Zeitung Bild berichtete vorab.'
    expect(tag(text).entities().filter((e) => e.name === 'Bild').flatMap((e) => e.mentions.map((m) => m.start))).toEqual([text.lastIndexOf('Bild')])
  })

  it('makes no entity of words in capitals on a heading or label line in capitals, of such a word and a number, nor of a function word there', () => {
    const text = 'Espresso aus Turin\n\nDie Rösterei Caffè Aurelio in Turin liefert nach Bayern.\n\nPROFIL UND RÖSTUNG\n\nKräftig und dunkel.\n\nINTENSITÄT 8\n\nJETZT MIT KARTE SPENDEN'
    expect(tag(text).entities().map((e) => e.name).sort()).toEqual(['Bayern', 'Caffè Aurelio', 'Turin'])
  })

  it('drops places named by a plural of a common noun or an umlaut plural of a compound, with or without an article', () => {
    const view = 'Im Laden locken Frustkäufe. Aus Erdnüsse wird Mus. Der Zug hält in Rheinfelden, Kiefersfelden und Sölden.'
    const place = (name: string) => ({ id: `place:${name.toLowerCase()}`, name, type: 'place' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns(['Frustkäufe', 'Erdnüsse', 'Rheinfelden', 'Kiefersfelden', 'Sölden'].map(place), view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Rheinfelden', 'Kiefersfelden', 'Sölden'])
  })

  it('drops places and things named by a closed compound of two common nouns (nach Niederlagenserie, in Seenot, das Weltall); towns opened by a region prefix or an adjective, and bodies, stay', () => {
    const view = 'Der Trainer geht nach Niederlagenserie. Das Boot geriet in Seenot. Der Bus fährt nach Oberwart, nach Weißenfels und nach Schwarzenbrunn.'
    const place = (name: string) => ({ id: `place:${name.toLowerCase()}`, name, type: 'place' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns(['Niederlagenserie', 'Seenot', 'Oberwart', 'Weißenfels', 'Schwarzenbrunn'].map(place), view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Oberwart', 'Weißenfels', 'Schwarzenbrunn'])
    const things = 'Das Weltall ist groß. Im Liederbuch steht es. Der Wirtschaftsbund tagt.'
    const named = (name: string, type: 'other' | 'organization') => ({ id: `${type}:${name.toLowerCase()}`, name, type, salience: 0, mentions: spansOf(things, name) })
    const kept2 = withoutCommonNouns([named('Weltall', 'other'), named('Liederbuch', 'other'), named('Wirtschaftsbund', 'organization')], things, () => false, () => false, new WordChecks())
    expect(kept2.map((e) => e.name)).toEqual(['Wirtschaftsbund'])
  })

  it('drops places, bodies and people named by a chemical element or substance, also with its adjective (Radon, Ammoniak, Schwefeldioxid, Grüner Wasserstoff); towns and listed names stay', () => {
    const view = 'Im Keller sammelt sich Radon. Aus Ammoniak wird Dünger, aus Schwefeldioxid Säure, aus Olivenöl Seife. Der Bus fährt nach Kupferzell und Zirköl. Es sprach Herr Kupfer.'
    const named = (name: string, type: 'place' | 'organization' | 'person') => ({ id: `${type}:${name.toLowerCase()}`, name, type, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([named('Radon', 'place'), named('Ammoniak', 'organization'), named('Schwefeldioxid', 'place'), named('Olivenöl', 'place'), named('Kupferzell', 'place'), named('Zirköl', 'place'), named('Kupfer', 'person')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Kupferzell', 'Zirköl', 'Kupfer'])
    const fuels = 'Grüner Wasserstoff soll Stahl sauber machen, sagt die Grüne Liga.'
    const fuel = (name: string) => ({ id: `organization:${name.toLowerCase()}`, name, type: 'organization' as const, salience: 0, mentions: spansOf(fuels, name) })
    expect(withoutCommonNouns([fuel('Grüner Wasserstoff'), fuel('Grüne Liga')], fuels, () => false, () => false, new WordChecks()).map((e) => e.name)).toEqual(['Grüne Liga'])
  })

  it('drops places, bodies and things named by a hyphen compound ending in a common noun (Moldau-Krise, Zoll-Abkommen); sites, districts, bodies named by their head and brands of one letter stay', () => {
    const view = 'Die Moldau-Krise beschäftigt Brüssel. Das Zoll-Abkommen liegt auf Eis. Gespielt wird im Weserberg-Stadion und gewählt in Linz-Süd.'
    const place = (name: string) => ({ id: `place:${name.toLowerCase()}`, name, type: 'place' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns(['Moldau-Krise', 'Weserberg-Stadion', 'Linz-Süd'].map(place), view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Weserberg-Stadion', 'Linz-Süd'])
    const thing = { id: 'other:zoll-abkommen', name: 'Zoll-Abkommen', type: 'other' as const, salience: 0, mentions: spansOf(view, 'Zoll-Abkommen') }
    expect(withoutCommonNouns([thing], view, () => false, () => false, new WordChecks())).toEqual([])
    const bodies = 'Die Moldau-Krise trifft den Weidlich-Verlag, die Fenna-Brandt-Band und E-Funk.'
    const body = (name: string) => ({ id: `organization:${name.toLowerCase()}`, name, type: 'organization' as const, salience: 0, mentions: spansOf(bodies, name) })
    const keptBodies = withoutCommonNouns(['Moldau-Krise', 'Weidlich-Verlag', 'Fenna-Brandt-Band', 'E-Funk'].map(body), bodies, () => false, () => false, new WordChecks())
    expect(keptBodies.map((e) => e.name)).toEqual(['Weidlich-Verlag', 'Fenna-Brandt-Band', 'E-Funk'])
  })

  it('drops people named by a word mostly written after an article over all their mentions, an English word, an adjective or a derived noun', () => {
    const view = 'Diese Quittungen fehlen. Die Quittungen lagen im Ordner. Quittungen sammelt Brzeczek. Brzeczek backt Muffins. Das Lied von der Vogelweide singt Vogelweide. Geheizt wird mit Grünem Gas. Agilität zählt im Team.'
    const person = (name: string) => ({ id: `person:${name.toLowerCase()}`, name, type: 'person' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([person('Quittungen'), person('Brzeczek'), person('Muffins'), person('Vogelweide'), person('Grünem'), person('Agilität')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Brzeczek', 'Vogelweide'])
  })

  it('drops people named by a closed compound of two common nouns that no name list knows (Hafersilo); listed surnames so made and names after a particle stay', () => {
    const view = 'Hafersilo schützt das Getreide vor Mäusen. Rosenbaum lobt den Bauern. Im Lied singt Gerold von Rübenlage vom Korn.'
    const person = (name: string) => ({ id: `person:${name.toLowerCase()}`, name, type: 'person' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([person('Hafersilo'), person('Rosenbaum'), person('Rübenlage')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Rosenbaum', 'Rübenlage'])
  })

  it('drops names of several words that open with a word in small letters (deutsche Polizei, für Verbraucherfragen); a surname\'s particle or a brand\'s small letter stays', () => {
    const view = 'Die deutsche Polizei ermittelt. Der Verein für Verbraucherfragen warnt. Minister van der Gruen spricht. Das iPhone 6 fällt aus.'
    const entity = (name: string, type: 'organization' | 'person' | 'other') => ({ id: `${type}:${name.toLowerCase()}`, name, type, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([entity('deutsche Polizei', 'organization'), entity('für Verbraucherfragen', 'organization'), entity('van der Gruen', 'person'), entity('iPhone 6', 'other')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['van der Gruen', 'iPhone 6'])
  })

  it('drops places named by a common English word (Labels, Sleep), unless the article writes one as a town (in Flint, der Stadt Flint)', () => {
    const view = 'Nachhaltige Labels setzen auf Wolle. Im Fachblatt Sleep erschien die Studie. Bei Kindern in Flint fand man Blei, der Stadt Flint fehlt Geld.'
    const place = (name: string) => ({ id: `place:${name.toLowerCase()}`, name, type: 'place' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([place('Labels'), place('Sleep'), place('Flint')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Flint'])
  })

  it('drops places and bodies named by a noun the article writes after an article; a town written bare stays', () => {
    const view = 'Vor dem Anpfiff entschied der Münzwurf. Den Münzwurf gewann Pfarrkirchen. Nach dem Münzwurf spielte Pfarrkirchen mit dem Wind. In Pfarrkirchen jubelte man über den Sieg. Die Fans kamen aus der Ostschweiz und trafen sich in der Lindenstraße.'
    const place = (name: string) => ({ id: `place:${name.toLowerCase()}`, name, type: 'place' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([place('Münzwurf'), place('Pfarrkirchen'), place('Ostschweiz'), place('Lindenstraße')], view, () => false, (name) => name === 'Schweiz', new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Pfarrkirchen', 'Ostschweiz', 'Lindenstraße'])
  })

  it('drops bodies named by an inflected common noun written after articles; a noun in its base form stays', () => {
    const view = 'Die Körbe stehen am Eingang. In die Körbe kommt Obst. Die Sturm spielte gegen die Körbe. Der Sturm siegte. Beim Sturm jubelten die Fans.'
    const body = (name: string) => ({ id: `org:${name.toLowerCase()}`, name, type: 'organization' as const, salience: 0, mentions: spansOf(view, name) })
    const kept = withoutCommonNouns([body('Körbe'), body('Sturm')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Sturm'])
  })

  it('drops a name that stands where German puts a common noun: after a small inflected adjective or listed beside nouns', () => {
    const view = 'Das Futter besteht aus Seide und Kupro. Ein kräftiges Tannin prägt den Roten. Die Firmen Trigema, Vaude und Schöffel setzen auf Wolle. Der Plan sei gut, kritisierte Gaberl. Gespielt wird in Linz, Gmunden, Bad Ischl und Wels. Im steirischen Gaal wurde gefeiert. Der frühere Gaal-Trainer kam auch. Im Garten gibt es Trampolin, Terrasse und Sandkasten. Busse fahren nach Mondsee, Ohlsdorf und Mittelberg.'
    const entity = (name: string, type: 'place' | 'organization' | 'person' | 'other') => ({ id: `${type}:${name.toLowerCase()}`, name, type, salience: 0, mentions: spansOf(view, name) })
    const entities = [entity('Kupro', 'other'), entity('Tannin', 'place'), entity('Vaude', 'organization'), entity('Gaberl', 'person'), entity('Gmunden', 'place'), entity('Gaal', 'place'), entity('Trampolin', 'place'), entity('Ohlsdorf', 'place')]
    const kept = withoutCommonNouns(entities, view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Vaude', 'Gaberl', 'Gmunden', 'Gaal', 'Ohlsdorf'])
  })

  it('reads a family name after a shop or inn noun as the business, not as the person who shares it', () => {
    const entities = tag('Das Café Lindner am Marktplatz schließt Ende Mai. Im Café Lindner gab es seit 1950 Kuchen. Auch das Autohaus Scholz zieht um.').entities()
    expect(entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['organization:Autohaus Scholz', 'organization:Café Lindner'])
    const firm = tag('Die Kanzlei Brennecke vertritt den Konzern. Brennecke wollte sich am Montag nicht äußern.').entities()
    expect(firm.map((e) => `${e.name}:${e.mentions.length}`)).toEqual(['Kanzlei Brennecke:2'])
  })

  it('reads no name into a compound prefix, a bare unit, a weekday time or digits glued to a name', () => {
    const names = (text: string) => tag(text).entities().map((e) => e.name)
    const former = names('Der Alt-Landeshauptmann kritisierte die Reform. Die Ex-ÖVP-Chefin und der Ex-Profi-Fußballer schwiegen.')
    for (const bad of ['Alt', 'Ex', 'Profi']) expect(former).not.toContain(bad)
    expect(former).toContain('ÖVP')
    expect(names('Die Mieter zahlen seit Jahren keinen Cent mehr, sagt die Stadt Linz.')).not.toContain('Cent')
    expect(names('Autorin Jana Pfeiffer84 schreibt über Schlaf. Jana Pfeiffer ist Ärztin.')).toEqual(['Jana Pfeiffer'])
    expect(names('Das sagte ein Sprecher der Polizei in Kufstein Montagfrüh. In Kufstein warten Hunderte.').some((name) => name.includes('Montagfrüh'))).toBe(false)
  })

  it('makes no entity of a language switch, a licence code, a picture library, a price line or an amount', () => {
    const at = (view: string, text: string, label: 'ORG' | 'LOC' | 'OTH') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    const view = 'Anmelden\nDE FR IT EN\n\nDer Verein Kletterfreunde Oberwald stellt seine neue Halle vor.\nFoto: Jonas Brenner, CC-BY-SA\nFoto: Quelle Flickr CC\nBild: Unsplash\nKletterseil 40 m: 89,90 € inkl. MwSt.\nDie Halle kostete 80’000 Franken.'
    const entities = linkEntities([at(view, 'DE FR IT EN', 'ORG'), at(view, 'Kletterfreunde Oberwald', 'ORG'), at(view, 'CC-BY-SA', 'OTH'), at(view, 'Flickr CC', 'LOC'), at(view, 'Unsplash', 'ORG'), at(view, 'MwSt', 'ORG'), at(view, '80’000 Franken', 'OTH')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name)).toEqual(['Kletterfreunde Oberwald'])
    expect(isAmountName("80'000 Franken")).toBe(true)
    expect(isAmountName('15 Millionen Euro')).toBe(true)
    expect(isAmountName('1860 München')).toBe(false)
    expect(isPictureLibrary('AdobeStock.com')).toBe(true)
    expect(isPictureLibrary('Pixabay')).toBe(true)
    expect(isPictureLibrary('Pix')).toBe(false)
    expect(isCodeName('DE EN')).toBe(true)
    expect(isCodeName('DE Bank')).toBe(false)
    expect(isCodeName('EN')).toBe(false)
  })

  it('cuts a function word off a name it opens, and judges what it opened alone', () => {
    const view = 'Als Spalte gilt die Liste.\nUnd Eurasien rückt näher.\nVon Jahresbeginn an wird gesperrt.\nDie Entscheidung traf Luca Benedetti. Die Entlassung von Benedetti kam spät.\nZwischen 2010 und 2020 wuchs die Stadt.\nPro Asyl und das IST Austria melden sich.'
    const spans = ['Als Spalte', 'Und Eurasien', 'Von Jahresbeginn', 'Luca Benedetti', 'von Benedetti', 'Zwischen 2010', 'Pro Asyl', 'IST Austria']
    const label = (text: string) => (text.includes('Benedetti') ? 'PER' as const : text.includes('Eurasien') ? 'LOC' as const : 'ORG' as const)
    const mentions = spans.map((text) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: label(text), kind: 'name' as const }))
    const entities = linkEntities(mentions, { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    const names = entities.flatMap((e) => [e.name, ...e.mentions.map((m) => view.slice(m.start, m.end))])
    expect(names.filter((name) => /^(Als|Und|Von|von|Zwischen) /.test(name) || /^\d+$/.test(name))).toEqual([])
    expect(names).not.toContain('Jahresbeginn')
    expect(names).not.toContain('Spalte')
    expect(names).toContain('Eurasien')
    expect(entities.find((e) => e.name === 'Luca Benedetti')?.mentions.length).toBe(2)
    expect(names).toContain('Pro Asyl')
    expect(names).toContain('IST Austria')
    expect(isAmountName('1.800')).toBe(true)
    expect(isAmountName('A8')).toBe(false)
  })

  it('ends a person\'s name before `von` and the body the person is from, but keeps a surname\'s particle', () => {
    const view = 'Das sagte Lea Maričić von ADRA. Auch Jonas Weber von Alert Logic warnte. Mathias Müller von Blumencron widersprach.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const entities = linkEntities([at('Lea Maričić von ADRA'), at('Jonas Weber von Alert Logic'), at('Mathias Müller von Blumencron')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).sort()).toEqual(['Jonas Weber', 'Lea Maričić', 'Mathias Müller von Blumencron'])
  })

  it('spaces a first name glued to a known name or a listed surname, and keeps brands and Roman numerals out', () => {
    const known = (name: string) => lookupName(index, name) !== undefined
    expect(gluedFullName('RobertHabeck', known)).toBe('Robert Habeck')
    expect(gluedFullName('LuxLeaks', known)).toBe('')
    expect(gluedFullName('MikeNils', known)).toBe('')
    expect(gluedFullName('FinnAir', known)).toBe('')
    const view = 'Tags: RobertHabeck, Energie.\nDie Güteklasse II gilt. Teil IV folgt. Die CL beginnt.'
    const at = (text: string, label: 'ORG' | 'LOC' | 'OTH') => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label, kind: 'name' as const })
    const entities = linkEntities([at('RobertHabeck', 'ORG'), at('II', 'OTH'), at('IV', 'ORG'), at('CL', 'ORG')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).sort()).toEqual(['CL', 'Robert Habeck'])
    expect(entities.find((e) => e.name === 'Robert Habeck')?.type).toBe('person')
  })

  it('makes no entity of a sentence read as one name; names joined by small words or with adjectives stay', () => {
    const view = 'Lesen Sie auch: Kowalski unterstützt Brzeczek-Partei. Das Museum moderner Kunst und die Reporter ohne Grenzen laden ein.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'ORG' as const, kind: 'name' as const })
    const entities = linkEntities([at('Kowalski unterstützt Brzeczek-Partei'), at('Museum moderner Kunst'), at('Reporter ohne Grenzen')], { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => e.name).sort()).toEqual(['Museum moderner Kunst', 'Reporter ohne Grenzen'])
  })

  it('makes no entity of an e-mail address or a handle', () => {
    const text = 'Reparaturcafé öffnet wieder\n\nDas Reparaturcafé im Gemeindehaus öffnet am Samstag wieder. Helferinnen und Helfer reparieren Toaster, Lampen und Fahrräder.\n\nAnmeldung bei Anne Kowalski, Telefon 02382 59-123, E-Mail kowalskia@stadt.beispielstadt.de.\n\nFotos gibt es auf Instagram unter @reparatur_beispielstadt.'
    const names = tag(text).entities().map((e) => e.name)
    expect(names).toContain('Anne Kowalski')
    expect(names.filter((name) => name.includes('@'))).toEqual([])
  })

  it('reads an English word taken for a place once or after articles as a word; a bare repeated one stays a name', () => {
    const view = 'Oben auf der Seite steht Evidence. Das Leasing lohnt sich. Beim Leasing zahlt man monatlich. Chrome lädt schneller. Chrome spart Speicher.'
    const at = (text: string, nth: number) => ({ start: nthIndex(view, text, nth), end: nthIndex(view, text, nth) + text.length, label: 'LOC' as const, kind: 'name' as const })
    const mentions = [at('Evidence', 0), at('Leasing', 0), at('Leasing', 1), at('Chrome', 0), at('Chrome', 1)]
    const entities = linkEntities(mentions, { view, sections: [{ type: 'body', start: 0, end: view.length }] }, index, slugify)
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Chrome', 2]])
  })

  it('reads an interview: the publication that asks is named but not what the text is about, a surname that answers is the person', () => {
    const view = 'Ein Gespräch mit der Tierärztin Hanna Lorenz.\nSTANDARD: Wie geht es den Kühen? Lorenz: Gut, danke. STANDARD: Und den Ziegen? Lorenz: Besser als im Vorjahr. Hanna Lorenz lacht.'
    const entity = (name: string, type: 'place' | 'organization' | 'person', mentions = spansOf(view, name)) => ({ id: `${type}:${name.toLowerCase()}`, name, type, salience: 0, mentions })
    const hanna = entity('Hanna Lorenz', 'person')
    // The recogniser's place: `Lorenz` before each colon (the surname inside `Hanna Lorenz` is the person's).
    const turns = spansOf(view, 'Lorenz:').map((span) => ({ ...span, end: span.end - 1 }))
    const asked = resolveSpeakers([entity('STANDARD', 'organization'), hanna, entity('Lorenz', 'place', turns)], view)
    expect(asked.asking?.name).toBe('STANDARD')
    expect(asked.entities.map((e) => e.name)).toEqual(['STANDARD', 'Hanna Lorenz'])
    expect(hanna.mentions.length).toBe(4)
    // Two parties in a debate: no person speaks, so no one asks; one source in a headline is no speaker.
    const debate = 'SPD: Wir wollen mehr Geld. CDU: Wir nicht. SPD: Doch. CDU: Nein.'
    const party = (name: string) => ({ id: `organization:${name}`, name, type: 'organization' as const, salience: 0, mentions: spansOf(debate, name) })
    expect(resolveSpeakers([party('SPD'), party('CDU')], debate).asking).toBeUndefined()
    const headline = 'Polizei: Mann verletzt\nDie Polizei sucht Zeugen. Anna Weber: Ich habe nichts gesehen. Weber: Wirklich nicht.'
    const police = { id: 'organization:polizei', name: 'Polizei', type: 'organization' as const, salience: 0, mentions: spansOf(headline, 'Polizei') }
    const weber = { id: 'person:anna-weber', name: 'Anna Weber', type: 'person' as const, salience: 0, mentions: [...spansOf(headline, 'Anna Weber'), { start: headline.indexOf('Weber: W'), end: headline.indexOf('Weber: W') + 5, kind: 'name' as const }] }
    expect(resolveSpeakers([police, weber], headline).asking).toBeUndefined()
    // The answers' label may be no entity at all: the turns between the publication's own still tell.
    const unnamed = 'Ein Gespräch über die Ernte.\nSTANDARD: Wie war der Sommer? Kaiser: Zu trocken. STANDARD: Und der Herbst? Kaiser: Besser.'
    const paper = { id: 'organization:standard', name: 'STANDARD', type: 'organization' as const, salience: 0, mentions: spansOf(unnamed, 'STANDARD') }
    expect(resolveSpeakers([paper], unnamed).asking).toBe(paper)
    // A poll named before a colon in two headlines is no speaker (Forsa-Umfrage: names a poll, not who speaks).
    const polls = 'Forsa-Umfrage: Handwerk beliebt\nImagekampagne: Machen Sie mit!\nForsa-Umfrage: Handwerk beliebt\nDer Text.'
    const forsa = { id: 'organization:forsa', name: 'Forsa', type: 'organization' as const, salience: 0, mentions: spansOf(polls, 'Forsa-Umfrage').map((span) => ({ ...span, kind: 'part' as const })) }
    expect(resolveSpeakers([forsa], polls).asking).toBeUndefined()
  })

  it('gives the publication asking in an interview no salience, so that it is no topic, and no keyphrase either', () => {
    const text = 'Die Hebamme Ulrike Brandner über volle Kreißsäle\n\nUlrike Brandner leitet seit zwölf Jahren den Kreißsaal des Klinikums in Passau. Ein Gespräch über Personalnot und Nachtdienste.\n\nTagesspiegel: Frau Brandner, wie voll sind die Kreißsäle derzeit? Brandner: Im Sommer hatten wir Nächte mit sechs Geburten gleichzeitig, und nur zwei Hebammen im Dienst. Tagesspiegel: Woran liegt das? Brandner: Viele Kolleginnen gehen in Teilzeit. Die Nachtdienste sind ein Grund. Tagesspiegel: Was würde helfen? Brandner: Feste Dienstpläne und mehr Ausbildungsplätze. Tagesspiegel: Hört die Politik zu? Brandner: Langsam. Das Gesundheitsministerium hat eine Arbeitsgruppe eingesetzt.'
    const doc = tag(text)
    const paper = doc.entities().find((e) => e.name.includes('Tagesspiegel'))
    expect(paper?.mentions.length).toBe(4)
    expect(paper?.salience).toBe(0)
    expect(doc.entities()[0]?.name).toBe('Ulrike Brandner')
    expect(doc.topics(10).map((t) => t.label).filter((label) => label.includes('Tagesspiegel'))).toEqual([])
  })

  it('counts a news agency as the source of what the text says, unless the title is about it', () => {
    const sourced = tag('Neues Hallenbad für Leoben\n\nDie Stadt Leoben baut ein neues Hallenbad, sagte Bürgermeister Kurt Wallner der APA. Die Kosten liegen bei 30 Millionen Euro, heißt es in einem Papier, das der APA vorliegt. Der Bau soll 2027 beginnen, bestätigte eine Sprecherin auf APA-Anfrage.')
    const apa = sourced.entities().find((e) => e.name === 'APA')
    expect(apa?.mentions.length).toBe(3)
    expect(apa!.salience).toBeLessThan(0.15)
    expect(sourced.topics(10).map((t) => t.label)).not.toContain('APA')
    const about = tag('APA baut Redaktion in Graz aus\n\nDie Nachrichtenagentur APA stellt in Graz zwölf Redakteure ein. Die APA will damit die Berichte aus den Bundesländern stärken.')
    expect(about.entities()[0]?.name).toBe('APA')
  })

  it('drops a body or thing named by a word the article also joins closed with an ordinary noun; towns and people stay', () => {
    const view = 'Die Jacken sind aus Alpaka. Alpakawolle wärmt auch nass. Der Radweg führt nach Prüm, der Prümtalradweg. Der Segen geht auf Blasius zurück, der Blasiussegen. Gesagt hat das Wallner. Wallnererneuerte seine Kritik.'
    const entity = (name: string, type: 'place' | 'organization' | 'person' | 'other') => ({ id: `${type}:${name.toLowerCase()}`, name, type, salience: 0, mentions: spansOf(view, name).slice(0, 1) })
    const kept = withoutCommonNouns([entity('Alpaka', 'organization'), entity('Prüm', 'place'), entity('Blasius', 'person'), entity('Wallner', 'other')], view, () => false, () => false, new WordChecks())
    expect(kept.map((e) => e.name)).toEqual(['Prüm', 'Blasius', 'Wallner'])
    const words = new WordChecks()
    expect(opensCompound('Topinamburknollen schälen', 'Topinambur', words)).toBe(true)
    expect(opensCompound('Radonmessungen im Keller', 'Radon', words)).toBe(true)
    // A plural or genitive ending is no head, a hyphen makes no closed compound, nor does a word that goes on in capitals.
    expect(opensCompound('Die Topinamburs und Topinambur-Knollen', 'Topinambur', words)).toBe(false)
    expect(opensCompound('RadonMessung', 'Radon', words)).toBe(false)
  })

  it('reads a body named as the source of the news: nach Informationen des …, laut …, …-Anfrage, wie … berichtete', () => {
    const source = (text: string, name: string) => {
      const start = text.indexOf(name)
      return isSourceMention(text, { start, end: start + name.length, kind: 'name' })
    }
    for (const text of ['Nach Informationen des Kuriers sinkt die Zahl.', 'Das sagte er dem Kurier am Montag.', 'Laut Kurier sinkt die Zahl.', 'Auf Kurier-Anfrage hieß es, die Zahl sinke.',
      'Das geht aus einem Papier hervor, das dem Kurier vorliegt.', 'Im Gespräch mit dem Kurier sagte sie das.', 'Wie der Kurier berichtete, sinkt sie. Das berichtete der Kurier.'])
      expect(source(text, 'Kurier'), text).toBe(true)
    for (const text of ['Der Kurier stellt zwölf Redakteure ein.', 'Die Zeitung Kurier gehört zur Gruppe.', 'Beim Kurier wird gestreikt.'])
      expect(source(text, 'Kurier'), text).toBe(false)
  })

  it('gives a newspaper named only as the source of the news little salience, so that it is no topic', () => {
    const doc = tag('Mehr Lehrer für Kärnten\n\nKärnten stellt im Herbst 120 zusätzliche Lehrer ein, wie die Kleine Zeitung berichtete. Nach Informationen der Kleinen Zeitung ' +
      'sollen die meisten an Volksschulen unterrichten. Bildungsreferent Daniel Fellner bestätigte das auf Anfrage der Kleinen Zeitung.')
    const paper = doc.entities().find((e) => e.name === 'Kleine Zeitung')
    expect(paper?.mentions.length).toBe(3)
    expect(paper!.salience).toBeLessThan(0.15)
    expect(doc.topics(10).map((t) => t.label)).not.toContain('Kleine Zeitung')
  })

  it('names no one by a learned noun of Greek parts (Pädophilie, Soziologie), as by a derived noun', () => {
    const doc = tag('Neues Buch über Demokratie\n\nPädophilie als Kampfbegriff\n\nDie Historikerin Jana Körber schreibt über Pädophilie und Psychologie. ' +
      'Pädophilie sei lange ein politischer Begriff gewesen, sagt Körber. Die Soziologie habe das übersehen.')
    expect(doc.entities().map((e) => e.name)).toEqual(['Jana Körber'])
  })
})
