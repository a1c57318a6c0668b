import { describe, expect, it } from 'vitest'
import { adjectiveStem, compoundSplit, compoundTail, corporaFile, headGender, isAdjectivalNoun, isCommonNoun, isKnownModifier, isNounLemma, nounGender, nounLemma, nounRarity } from '../src/lexicon/index.js'

/** Each form → the lemma nounLemma must give. */
function expectLemmas(cases: Readonly<Record<string, string | undefined>>): void {
  for (const [form, lemma] of Object.entries(cases)) expect(nounLemma(form), form).toBe(lemma)
}

describe('nounLemma: listed nouns', () => {
  it('keeps a lemma as it is', () => {
    expectLemmas({ Konzern: 'Konzern', Markt: 'Markt', Beziehung: 'Beziehung', Präsident: 'Präsident', Bus: 'Bus' })
  })

  it('undoes the genitive in -s and -es, including the -es form words.json lacks', () => {
    expectLemmas({ Konzerns: 'Konzern', Konzernes: 'Konzern', Marktes: 'Markt', Hauses: 'Haus', Jahres: 'Jahr', Tages: 'Tag', Lebens: 'Leben' })
  })

  it('undoes plurals and the dative plural in -n', () => {
    expectLemmas({ Konzerne: 'Konzern', Kindern: 'Kind', Gesprächen: 'Gespräch', Staaten: 'Staat', Frauen: 'Frau', Bussen: 'Bus', Straßen: 'Straße' })
  })

  it('reads Swiss spelling (ss for ß) through the ß spelling and answers in the word\'s, but reads no linking s before s as ß', () => {
    expectLemmas({ Strassen: 'Strasse', Massnahmen: 'Massnahme', Grössen: 'Grösse', Hauptstrassen: 'Hauptstrasse', Fussballspiele: 'Fussballspiel', Hochgeschwindigkeitsstrecke: 'Hochgeschwindigkeitsstrecke' })
    expect(nounRarity('strasse')).toBe(nounRarity('straße'))
  })

  it('undoes umlaut plurals', () => {
    expectLemmas({ Märkte: 'Markt', Märkten: 'Markt', Häusern: 'Haus', Ländern: 'Land', Ärzten: 'Arzt', Bücher: 'Buch', Männern: 'Mann', Zöllen: 'Zoll' })
  })

  it('undoes the -en of weak nouns', () => {
    expectLemmas({ Präsidenten: 'Präsident', Menschen: 'Mensch', Bären: 'Bär', Soldaten: 'Soldat', Kollegen: 'Kollege' })
  })

  it('undoes -ungen and other suffix plurals', () => {
    expectLemmas({ Beziehungen: 'Beziehung', Regierungen: 'Regierung', Nachrichten: 'Nachricht' })
  })

  it('undoes a plural in -ien the lists lack to -ia or -ium where general German attests only that singular, else to -ie', () => {
    expectLemmas({ Razzien: 'Razzia', Aquarien: 'Aquarium', Phobien: 'Phobie', Linien: 'Linie' })
  })

  it('undoes Latin and Greek plurals', () => {
    expectLemmas({ Themen: 'Thema', Museen: 'Museum', Firmen: 'Firma', Gymnasien: 'Gymnasium' })
    // Daten are data in news, not dates: a plural-only sense.
    expectLemmas({ Daten: 'Daten', Handydaten: 'Handydaten' })
  })

  it('keeps a noun that is also a form of a rarer noun: a masculine noun without plural, a shop, a tyre', () => {
    // der Westen is no plural of Weste; the source knows das Laden and das Reifen only as verbs, so they and their
    // compounds would yield to Lade and Reife.
    expectLemmas({ Westen: 'Westen', Laden: 'Laden', Dorfladen: 'Dorfladen', Reifen: 'Reifen', Winterreifen: 'Winterreifen' })
    // The plural of the rarer noun still finds its lemma where it is no such word (Westen aside): Laden's own plural.
    expectLemmas({ Dorfläden: 'Dorfladen', Arbeiten: 'Arbeit', Zahlen: 'Zahl' })
  })

  it('reads no verb form as a compound of a made-up modifier, but keeps prepositions, adjectives and verb stems as modifiers', () => {
    // Veröffent|licht, Verur|teile, Ange|fangen, Ent|decke: no noun, so no lemma (and no label Verurteil).
    expectLemmas({ Veröffentlicht: undefined, Verurteile: undefined, Angefangen: undefined, Entdecke: undefined })
    expectLemmas({ Gegenzöllen: 'Gegenzoll', Erstwählern: 'Erstwähler', Begleithunden: 'Begleithund', Bestandsdatenabfragen: 'Bestandsdatenabfrage' })
  })

  it('lets a plural beat a nominalised adjective (Rechte: Recht), and reads no nominalised verb as the head after an unknown modifier', () => {
    expectLemmas({ Rechte: 'Recht', Menschenrechte: 'Menschenrecht', Zeugnisverweigerungsrechte: 'Zeugnisverweigerungsrecht' })
    // Stolper|stellen, not Stolp|erstellen (das Erstellen).
    expectLemmas({ Stolperstellen: 'Stolperstelle' })
  })

  it('reads no short inflected head after a piece of no word, so no word ends cut off; a modifier that is a word keeps it', () => {
    // Cann|abis (Abi), Bundesbe|amte (Amt), Apr|opos: Cannabi, Bundesbeamt and Apropo are no words.
    expectLemmas({ Cannabis: undefined, Bundesbeamte: undefined, Apropos: undefined })
    // regional, an adjective; Hochgeschwindigkeits-, a derived noun before its linking s.
    expectLemmas({ Regionalzüge: 'Regionalzug', Hochgeschwindigkeitszüge: 'Hochgeschwindigkeitszug' })
    // After a hyphen, a head starts no less than three letters in (Online-Cl|asses of As, Online-Sp|arten of Art).
    expectLemmas({ 'Online-Classes': undefined, 'Online-Sparten': undefined, 'Kinder-Faschingskostüme': 'Kinder-Faschingskostüm' })
  })

  it('undoes Latin plurals in -en that the source lists under their plural in -s or not at all', () => {
    expectLemmas({ Risiken: 'Risiko', Sicherheitsrisiken: 'Sicherheitsrisiko', Konten: 'Konto', Zentren: 'Zentrum', Praktika: 'Praktikum' })
  })

  it('undoes Greek plurals in -ata, as a lemma and as a common noun the linker checks', () => {
    expectLemmas({ Traumata: 'Trauma', Schemata: 'Schema' })
    expect(isCommonNoun('Traumata')).toBe(true)
    expect(isCommonNoun('Automata')).toBe(false)
  })

  it('reads Öl and a short piece before a hyphen as a compound modifier (Ölkonzerne: Ölkonzern, E-Autos: E-Auto) and undoes plurals in -eien to -ei (Steuertricksereien)', () => {
    expectLemmas({ Ölkonzerne: 'Ölkonzern', Ölreserven: 'Ölreserve', Öle: 'Öl' })
    // A hyphen ends a modifier of one or two letters too.
    expectLemmas({ 'E-Autos': 'E-Auto', 'U-Boote': 'U-Boot', 'US-Wahlen': 'US-Wahl' })
    expectLemmas({ Steuertricksereien: 'Steuertrickserei', Klimasauereien: 'Klimasauerei' })
  })

  it('undoes an umlaut plural the source lacks of a strong lemma, alone and as a compound head; a listed lemma stays', () => {
    expectLemmas({ Diebstähle: 'Diebstahl', Einbruchsdiebstähle: 'Einbruchsdiebstahl' })
    expectLemmas({ Güte: 'Güte', Gewässergüte: 'Gewässergüte' })
  })

  it('reads the plural of a weak noun of a foreign suffix as that noun rather than a head after a piece of no word', () => {
    expectLemmas({ Nationalisten: 'Nationalist', Abonnenten: 'Abonnent', Qualifikanten: 'Qualifikant', Emittenten: 'Emittent' })
    expectLemmas({ Checklisten: 'Checkliste', Metadaten: 'Metadaten', Weltranglisten: 'Weltrangliste', Komponenten: 'Komponente' })
  })

  it('does so for rare words too (Kriminalisten, Oligarchen, Patriarchen), but not against a longer head (Blendgranaten)', () => {
    expectLemmas({ Kriminalisten: 'Kriminalist', Oligarchen: 'Oligarch', Patriarchen: 'Patriarch', Monarchen: 'Monarch' })
    expectLemmas({ Blendgranaten: 'Blendgranate', Wartelisten: 'Warteliste', Todeslisten: 'Todesliste', Kirchen: 'Kirche' })
  })

  it('reads a modifier of two listed nouns as known, and a dative plural of a word of general German in -er as that word', () => {
    expectLemmas({ Amtshilfeansuchen: 'Amtshilfeansuchen', Stacheldrahtrollen: 'Stacheldrahtrolle', Konzernklagerechte: 'Konzernklagerecht' })
    expectLemmas({ Dienstleistern: 'Dienstleister', Mehrfamilienhäusern: 'Mehrfamilienhaus' })
  })

  it('undoes the genitive in -es of a short strong noun beside the -s the source keeps, also after a modifier of two nouns', () => {
    expectLemmas({ Tores: 'Tor', Kopftores: 'Kopftor', Kopfballtore: 'Kopfballtor', Kopfballtores: 'Kopfballtor' })
    expect([nounLemma('Altes'), nounLemma('Lebenslanges'), nounLemma('Alles')]).toEqual([undefined, undefined, undefined])
  })

  it('undoes a second regular plural beside the one the source keeps (Tore beside Toren, Banken beside Bänke)', () => {
    expectLemmas({ Tore: 'Tor', Banken: 'Bank', Entwicklungsbanken: 'Entwicklungsbank' })
    // After a known modifier, the dative plural goes before the nominalised verb (das Tagen) the source lists.
    expectLemmas({ Verhandlungstagen: 'Verhandlungstag', Arbeitstagen: 'Arbeitstag' })
    // A short lemma at the end of another word is no head of it (Kassenärztl|iche of Ich).
    expectLemmas({ Kassenärztliche: undefined })
    // Weak nouns have no plural in -e (Menschen, Demonstranten throughout).
    expectLemmas({ Mensche: undefined, Demonstrante: undefined })
  })

  it('reads nouns of a short verb particle and a listed noun, and plurals in -ien of nouns in -ie', () => {
    expectLemmas({ Anschriften: 'Anschrift', Umzüge: 'Umzug', Bestellhistorien: 'Bestellhistorie', Biografien: 'Biografie' })
  })

  it('keeps plural-only nouns in the plural', () => {
    expectLemmas({ Eltern: 'Eltern', Kosten: 'Kosten', Leute: 'Leute', Leuten: 'Leute', Ferien: 'Ferien' })
  })

  it('maps the spelling before 1996 and its forms to the new lemma', () => {
    expectLemmas({ Flüsse: 'Fluss', Fluß: 'Fluss', Beschlüssen: 'Beschluss', Prozesses: 'Prozess' })
  })
})

describe('nounLemma: forms of several lemmas', () => {
  it('takes the commoner lemma in general German (Hallen: Halle, not Hall)', () => {
    expectLemmas({ Hallen: 'Halle', Sporthallen: 'Sporthalle' })
  })

  it('takes the shortest lemma, then the alphabetically first', () => {
    // Herden: Herd (plural Herde, Herden) or Herde; Bussen: Bus or the Swiss Busse (Buße).
    expectLemmas({ Herden: 'Herd', Bussen: 'Bus' })
  })

  it('keeps a listed lemma that has a plural, even when it is a form of another lemma', () => {
    // Herde is also a plural of Herd, Marke a dative of Mark, Wochenende one of Wochenend.
    expectLemmas({ Herde: 'Herde', Marke: 'Marke', Wochenende: 'Wochenende', Abkommen: 'Abkommen' })
  })

  it('lets a plural beat a nominalised verb, but not a genitive', () => {
    // Arbeiten, Zahlen, Kämpfen are listed as nouns without plural (das Arbeiten); Eis would be the genitive of Ei.
    expectLemmas({ Arbeiten: 'Arbeit', Zahlen: 'Zahl', Kämpfen: 'Kampf', Kriegen: 'Krieg', Eis: 'Eis', Fonds: 'Fonds', Wissen: 'Wissen' })
  })

  it('lets a plural the source also lists as a bare plural-only word yield to its commoner singular', () => {
    // Typen, Alben, Modems, Militärs stand in the source as words of one form; Finanzen and Grünen are commoner so.
    expectLemmas({ Typen: 'Typ', Waffentypen: 'Waffentyp', Alben: 'Album', Studioalben: 'Studioalbum', Modems: 'Modem', Militärs: 'Militär' })
    expectLemmas({ Finanzen: 'Finanzen', Grünen: 'Grünen', Eltern: 'Eltern' })
  })
})

describe('nounLemma: compounds the list lacks', () => {
  it('lemmatises the head and keeps the modifier as written', () => {
    // None of these is listed: the head decides.
    const text = corporaFile('lexicon/noun-lemmas.tsv')
    for (const word of ['Krisenherd', 'Aktienmarkt', 'Friedensgespräch', 'Arbeitsmarkt']) expect(text.includes(`\n${word}\t`), word).toBe(false)
    expectLemmas({
      Krisenherden: 'Krisenherd',
      Friedensgesprächen: 'Friedensgespräch',
      Aktienmärkten: 'Aktienmarkt',
      Arbeitsmärkten: 'Arbeitsmarkt',
      Landtagswahlen: 'Landtagswahl',
      Zollstreits: 'Zollstreit',
    })
  })

  it('keeps a capitalised head after a hyphen capitalised', () => {
    expectLemmas({ 'CDU-Politikern': 'CDU-Politiker', 'EU-Gipfeln': 'EU-Gipfel', 'SPD-Vorsitzenden': 'SPD-Vorsitzende' })
  })

  it('prefers a head whose modifier is a noun too to a longer head', () => {
    // Haup + Trolle (Troll) would be longer; Haupt + Rolle is the compound.
    expectLemmas({ Hauptrolle: 'Hauptrolle', Hauptrollen: 'Hauptrolle' })
  })

  it('undoes productive suffix plurals rather than split them, unless a longer head ends the word', () => {
    // Finanzier + Ungen, Besuche + Rinnen would be heads; Wahl + Gewinnen is one.
    expectLemmas({ Finanzierungen: 'Finanzierung', Besucherinnen: 'Besucherin', Möglichkeiten: 'Möglichkeit', Hindernissen: 'Hindernis', Wahlgewinnen: 'Wahlgewinn' })
  })

  it('needs three characters before the head', () => {
    // Made-up modifiers: two letters are too few, three letters or two and a hyphen will do.
    expectLemmas({ Xymärkten: undefined, Oxhäusern: undefined, Xyzmärkten: 'Xyzmarkt', 'Xy-Märkten': 'Xy-Markt' })
  })
})

describe('nounLemma: no noun', () => {
  it('gives undefined for unknown words', () => {
    for (const word of ['Xyzzy', 'Quxplorb', 'Blrgh']) expect(nounLemma(word), word).toBeUndefined()
  })

  it('gives undefined for words that are not nouns as written', () => {
    // Lowercase (laufen is no noun; das Laufen is), function words, and words with other characters.
    for (const word of ['schnell', 'und', 'laufen', 'krisenherden', 'Obwohl', 'Und', '', 'Haus!', 'Häuser2', 'New York']) {
      expect(nounLemma(word), word).toBeUndefined()
    }
    expect(nounLemma('Laufen')).toBe('Laufen')
  })
})

describe('isNounLemma', () => {
  it('is true for base forms, false for other forms and non-nouns', () => {
    for (const word of ['Konzern', 'Eltern', 'Herde', 'Krisenherd', 'CDU-Politiker']) expect(isNounLemma(word), word).toBe(true)
    for (const word of ['Konzerns', 'Märkten', 'Krisenherden', 'Arbeiten', 'schnell', 'Xyzzy']) expect(isNounLemma(word), word).toBe(false)
  })
})

describe('corpora/lexicon/noun-lemmas.tsv', () => {
  const text = corporaFile('lexicon/noun-lemmas.tsv')
  const lines = text.split('\n').filter((line) => line !== '')

  it('names its source and license', () => {
    const header = lines.filter((line) => line.startsWith('#'))
    expect(header.some((line) => line.startsWith('# source:') && line.includes('german-pos-dict'))).toBe(true)
    expect(header).toContain('# license: CC BY-SA 4.0 (german-pos-dict; this list is shared under the same license)')
  })

  it('is compact: patterns, then one sorted line per lemma naming a known pattern', () => {
    const patterns = new Set(lines.filter((line) => line.startsWith('@')).map((line) => line.slice(1, line.indexOf('\t'))))
    const lemmas = lines.filter((line) => !line.startsWith('#') && !line.startsWith('@'))
    expect(lemmas.length).toBeGreaterThan(60_000)
    expect(patterns.size).toBeLessThan(1000)
    expect(text.length).toBeLessThan(1_200_000)
    const words = lemmas.map((line) => line.split('\t')[0]!)
    expect(words).toEqual([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(new Set(words).size).toBe(words.length)
    const bad = lemmas.filter((line) => {
      const [lemma, id, ...rest] = line.split('\t')
      return !/^\p{Lu}[\p{L}-]*$/u.test(lemma!) || !patterns.has(id!) || rest.length > 0
    })
    expect(bad).toEqual([])
  })
})

describe('noun genders, heads and nominalised adjectives', () => {
  it("gives a compound's gender by its head after a name or a compound the list lacks (headGender), where nounGender knows none", () => {
    expect(nounGender('Hypothekenzinssatz')).toBe('')
    const genders: ReadonlyArray<readonly [string, string]> = [['Hypothekenzinssatz', 'm'], ['Intelligenz', 'f'], ['Xylofonquabbel', '']]
    for (const [word, gender] of genders) expect(headGender(word), word).toBe(gender)
  })

  it("gives a compound's gender by the longest listed lemma that ends it where no split is known (Stickstoffaus|stoß, Turk|volk)", () => {
    expect([nounGender('Stickstoffausstoß'), nounGender('Turkvolk')]).toEqual(['', ''])
    expect([headGender('Stickstoffausstoß'), headGender('Turkvolk'), headGender('Xylofonquabbel')]).toEqual(['m', 'n', ''])
  })

  it('reads the feminine nouns the source lists only as nominalised adjectives as feminine nouns, not as people', () => {
    expect(['Dürre', 'Tarifrunde', 'Festplatte', 'Parteispitze'].map((word) => [nounGender(word), isAdjectivalNoun(word)])).toEqual([['f', false], ['f', false], ['f', false], ['f', false]])
    expect(['Beschäftigte', 'Abgeordnete'].map(isAdjectivalNoun)).toEqual([true, true])
  })

  it('gives the gender of a lemma or of its compound head', () => {
    expect(nounGender('Intelligenz')).toBe('f')
    expect(nounGender('Raum')).toBe('m')
    expect(nounGender('Internet')).toBe('n')
    expect(nounGender('Krisenherd')).toBe('m')
    expect(nounGender('künstlich')).toBe('')
  })

  it('knows compound modifiers: noun forms, with a link, and compounds', () => {
    for (const modifier of ['Stadt', 'Wärmepumpen', 'Arbeits', 'Kredit']) expect(isKnownModifier(modifier), modifier).toBe(true)
    for (const modifier of ['Appa', 'Stad', 'xy']) expect(isKnownModifier(modifier), modifier).toBe(false)
  })

  it('tells nominalised adjectives from weak nouns', () => {
    for (const word of ['Beschäftigte', 'Abstimmende', 'Ehrenamtliche', 'Angeklagte']) expect(isAdjectivalNoun(word), word).toBe(true)
    for (const word of ['Kunde', 'Name', 'Spende', 'Gedanke']) expect(isAdjectivalNoun(word), word).toBe(false)
  })
})

describe('adjectiveStem', () => {
  it('strips the ending of listed and derived adjectives', () => {
    expect(adjectiveStem('künstlichen')).toBe('künstlich')
    expect(adjectiveStem('erneuerbarer')).toBe('erneuerbar')
    expect(adjectiveStem('hohe')).toBe('hoh')
    expect(adjectiveStem('alpinen')).toBe('alpin')
  })

  it('gives nothing for uninflected adjectives and other words', () => {
    for (const word of ['künstlich', 'einmal', 'stellten', 'und']) expect(adjectiveStem(word), word).toBe('')
  })

  it('reads verbs whose stem ends like an adjective suffix as verbs (stellen, steigen, erklären), not their look-alikes', () => {
    for (const word of ['stellen', 'herstellen', 'steigen', 'verschweigen', 'erklären']) expect(adjectiveStem(word), word).toBe('')
    expect(['aktuellen', 'formelle', 'populäre', 'lustige'].map(adjectiveStem)).toEqual(['aktuell', 'formell', 'populär', 'lustig'])
  })
})

describe('nounRarity (German Wikipedia noun ranks)', () => {
  it('is low for everyday nouns, higher for rarer ones, 1 for nouns the list lacks', () => {
    expect(nounRarity('jahr')).toBeLessThan(0.2)
    expect(nounRarity('lösungen')).toBeLessThan(nounRarity('deich'))
    expect(nounRarity('schuldenbremse')).toBe(1)
  })
})

describe('compoundTail', () => {
  it('gives the head as written after the shortest known modifier', () => {
    expect(compoundTail('Regierungschefs')).toBe('chefs')
    expect(compoundTail('Bahnverkehr')).toBe('verkehr')
    expect(compoundTail('Verkehr')).toBe('')
    expect(compoundTail('Bahn' + 'verkehr'.repeat(20))).toBe('')
  })
})

describe('compoundSplit', () => {
  it("gives a compound's head and modifier as lemmas, the linking element dropped", () => {
    expect(compoundSplit('Einbruchsserie')).toEqual(['Serie', 'Einbruch'])
    expect(compoundSplit('Eigenbedarfskündigung')).toEqual(['Kündigung', 'Eigenbedarf'])
    expect(compoundSplit('Kirchentag')).toEqual(['Tag', 'Kirche'])
    expect(compoundSplit('Playoff-Viertelfinale')).toEqual(['Viertelfinale', ''])
  })

  it('gives nothing for a word that is no known compound', () => {
    expect(compoundSplit('Aushöhlung')).toBeUndefined()
    expect(compoundSplit('Xyzquorpel')).toBeUndefined()
  })
})
