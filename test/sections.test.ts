import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../src/normalize/index.js'
import { findSections } from '../src/sections/index.js'
import { kindOf, LINE } from '../src/sections/classify.js'
import { datelinePlacesEnd, startsWithDateline } from '../src/sections/dateline.js'
import { tag } from '../src/index.js'

type Expected = [string, string][]

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/articles/${name}`, import.meta.url)), 'utf8')
}

/** [type, text] of every section of a text, straight from findSections. */
function sectionsOf(text: string): Expected {
  return findSections(normalizeText(text), { titleEnd: 0 }).map((s) => [s.type, text.slice(s.start, s.end)])
}

/** Checks the contract that holds for every input: ordered, non-overlapping, trimmed, covering all non-blank text. */
function expectWellFormed(text: string, titleEnd = 0): void {
  const view = normalizeText(text)
  const sections = findSections(view, { titleEnd })
  let covered = 0
  for (const section of sections) {
    expect(section.start).toBeGreaterThanOrEqual(covered)
    expect(section.end).toBeGreaterThan(section.start)
    expect(view.slice(covered, section.start).trim().replace(/\u00AD/g, '')).toBe('')
    expect(view[section.start]).not.toMatch(/\s/)
    expect(view[section.end - 1]).not.toMatch(/\s/)
    covered = section.end
  }
  expect(view.slice(covered).trim().replace(/\u00AD/g, '')).toBe('')
}

describe('findSections on own test articles', () => {
  it('blank-line layout: ad, headline, lead, BERLIN (dpa) dateline, caption with credit, (dpa), teasers, comments', () => {
    const text = fixture('agentur-leerzeilen.txt')
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['other', 'Anzeige'],
      ['title', 'Bundestag beschließt neues Heizungsgesetz'],
      ['lead', 'Nach monatelangem Streit hat der Bundestag das umstrittene Gebäudeenergiegesetz verabschiedet. Die Opposition kündigte Widerstand an.'],
      ['body', 'BERLIN (dpa) - Der Bundestag hat am Freitag das Gebäudeenergiegesetz beschlossen. Für den Entwurf stimmten 399 Abgeordnete, dagegen stimmten 275.'],
      ['body', 'Bundeswirtschaftsminister Robert Habeck sprach von einem wichtigen Schritt für den Klimaschutz. Die Union will im Bundesrat dagegen vorgehen.'],
      ['caption', 'Abgeordnete stimmen im Plenarsaal des Reichstagsgebäudes ab. (Foto: Kay Beispiel/dpa)'],
      ['other', 'Foto: dpa'],
      ['body', 'Der Bundesrat soll sich im Herbst mit dem Gesetz befassen.'],
      ['byline', '(dpa)'],
      ['teasers', 'Mehr zum Thema\n\nWas das neue Gesetz für Hausbesitzer bedeutet\nWärmepumpen: Förderung wird neu geregelt\nStreit in der Koalition geht weiter'],
      ['comments', '12 Kommentare\n\nMax M. schrieb am 08.09.2023:\nEndlich eine Entscheidung.'],
    ])
  })

  it('one line per paragraph: kicker and headline, "Von …" byline, "Hamburg." dateline, share buttons, teasers', () => {
    const text = fixture('einzeilig-autorin.txt')
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['title', 'Klimaschutz\nHamburg will bis 2040 klimaneutral werden'],
      ['byline', 'Von Anna Beispiel und Jonas Muster'],
      ['lead', 'Der Senat legt einen ehrgeizigen Plan vor. Kritiker halten ihn für unrealistisch.'],
      ['body', 'Hamburg. Der Hamburger Senat hat am Dienstag seinen neuen Klimaplan vorgestellt. Bis 2040 soll die Stadt klimaneutral sein.\nDer Umweltsenator sagte, der Hafen spiele dabei eine zentrale Rolle.'],
      ['related', 'Lesen Sie mehr: So viel CO2 stößt der Hamburger Hafen aus'],
      ['body', 'Die Handelskammer begrüßte die Pläne grundsätzlich, forderte aber Entlastungen für Betriebe.'],
      ['other', 'Bild: Max Muster/dpa'],
      ['byline', 'Quelle: Reuters'],
      ['other', 'Teilen\nTwitter\nFacebook\nDrucken'],
      ['teasers', 'Das könnte Sie auch interessieren\nNeue Radwege für Altona\nElbtunnel wird saniert'],
    ])
  })

  it('a headline alone is the title', () => {
    expect(sectionsOf(fixture('nur-titel.txt'))).toEqual([['title', 'Eintracht Frankfurt gewinnt Derby gegen Mainz']])
  })

  it('running text without debris is all body, even when it says "dpa" and "Kommentare"', () => {
    const text = fixture('fliesstext.txt')
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['body', 'Die Deutsche Presse-Agentur (dpa) hat am Montag ihre neue Chefredaktion vorgestellt. Die Agentur beliefert Zeitungen, Sender und Portale im ganzen Land.'],
      ['body', 'Viele Leserinnen und Leser schreiben Kommentare unter Artikel, die von der dpa stammen. Die Redaktionen prüfen diese Kommentare vor der Freischaltung.'],
      ['body', 'Kommentare und Leserbriefe bleiben nach Angaben der Verlage ein wichtiger Teil der Debatte.'],
    ])
  })

  it('the same running text with single line breaks is one body range', () => {
    const text = fixture('fliesstext.txt').replace(/\n\n/g, '\n')
    expect(sectionsOf(text)).toEqual([['body', text.trim()]])
  })

  it('a first short line is the title and the rest body when no dateline marks a lead', () => {
    expect(sectionsOf(fixture('kurzer-titel.txt'))).toEqual([
      ['title', 'Neue Brücke über die Elbe eröffnet'],
      ['body', 'In Dresden ist am Samstag eine neue Fußgängerbrücke über die Elbe eröffnet worden. Tausende Menschen kamen zur Feier.'],
      ['body', 'Die Brücke verbindet die Altstadt mit der Neustadt. Der Bau hatte sich um zwei Jahre verzögert.'],
    ])
  })

  it('breadcrumb, date stamp, kicker, "Kiew/Moskau –" dateline, dpa/AFP and © dpa-infocom bylines, cookie note, discussion', () => {
    const text = fixture('kopf-und-fuss.txt')
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['other', 'Startseite > Politik > Ausland\nDienstag, 20. März 2018, 14:35 Uhr\nLesezeit: 3 Min.'],
      ['title', 'Ukraine-Konflikt'],
      ['title', 'Waffenruhe im Donbass hält vorerst'],
      ['lead', 'Erstmals seit Wochen melden beide Seiten eine ruhige Nacht. Beobachter bleiben skeptisch.'],
      ['body', 'Kiew/Moskau – Die Waffenruhe in der Ostukraine hat nach Angaben der OSZE die erste Nacht überstanden. Es habe nur vereinzelte Verstöße gegeben.'],
      ['body', 'Hoffnung auf Verhandlungen'],
      ['body', 'Die Außenminister wollen sich in der kommenden Woche in Berlin treffen. Ein Termin steht noch nicht fest.'],
      ['byline', 'dpa/AFP\n\n© dpa-infocom, dpa:180320-99-445566/2'],
      ['other', 'Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.'],
      ['comments', 'Diskutieren Sie mit!\n\nAnna B.: Ich glaube nicht an einen dauerhaften Frieden.'],
    ])
  })

  it('a body that opens with "Frankfurt am Main (Reuters) -" has no lead; related links, AFP, Top-Themen, Kommentar schreiben', () => {
    const text = fixture('agentur-varianten.txt')
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['title', 'Wirtschaft\nInflation sinkt auf niedrigsten Stand seit zwei Jahren'],
      ['body', 'Frankfurt am Main (Reuters) - Die Inflation in der Eurozone ist im Oktober deutlich gesunken. Ökonomen rechnen mit einer Zinspause der EZB.\nDie Energiepreise fielen im Vergleich zum Vorjahr um mehr als zehn Prozent.'],
      ['related', 'Weiterlesen: EZB lässt Leitzins unverändert\nSiehe auch: Was die Zinspause für Sparer bedeutet'],
      ['byline', 'AFP'],
      ['teasers', 'Top-Themen\nBahnstreik legt Fernverkehr lahm\nRekordumsatz im Weihnachtsgeschäft erwartet'],
      ['comments', 'Kommentar schreiben'],
    ])
  })

  it('a photo caption above kicker and headline on a scraped page, then "Brüssel." dateline and two teaser blocks', () => {
    const text = fixture('bildunterschrift-oben.txt')
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['other', '+'],
      ['caption', 'Bundeskanzler Olaf Scholz spricht vor dem Europäischen Parlament in Straßburg.'],
      ['other', 'Bild: Max Muster/dpa'],
      ['title', 'Nach dem EU-Gipfel'],
      ['title', 'Scholz wirbt für gemeinsame Schulden'],
      ['lead', 'Der Kanzler will die Verteidigung Europas stärker gemeinsam finanzieren. In Paris stößt das auf Zustimmung.'],
      ['body', 'Brüssel. Bundeskanzler Olaf Scholz hat sich nach dem EU-Gipfel offen für gemeinsame Anleihen gezeigt. Bisher hatte Berlin das stets abgelehnt.'],
      ['body', 'Die Niederlande und Österreich bleiben skeptisch.'],
      ['byline', 'AFP'],
      ['teasers', 'Das könnte Sie auch interessieren\n\nGipfel ohne Einigung\nDie Staats- und Regierungschefs vertagen ihre Entscheidung. Ein neuer Termin steht fest.\n\nMehr zum Thema\n\nWas Eurobonds sind'],
    ])
  })

  it('without debris above it, an opening sentence is body, not a caption', () => {
    const text = 'Die Sonne schien den ganzen Tag.\n\nEin Sommertag\n\nAm Nachmittag stiegen die Temperaturen auf 35 Grad.'
    expect(sectionsOf(text)).toEqual([
      ['body', 'Die Sonne schien den ganzen Tag.'],
      ['body', 'Ein Sommertag'],
      ['body', 'Am Nachmittag stiegen die Temperaturen auf 35 Grad.'],
    ])
  })
})

describe('findSections edge cases', () => {
  it('empty or blank text has no sections', () => {
    expect(findSections('', { titleEnd: 0 })).toEqual([])
    expect(findSections(normalizeText(' \n\t\r\n\u00A0 '), { titleEnd: 0 })).toEqual([])
  })

  it('CRLF line breaks and non-breaking spaces are trimmed away', () => {
    const text = 'Streik bei der Bahn\u00A0\r\n\r\nAm Montag fallen viele Züge aus.\r\n\r\nAFP\r\n'
    expectWellFormed(text)
    expect(sectionsOf(text)).toEqual([
      ['title', 'Streik bei der Bahn'],
      ['body', 'Am Montag fallen viele Züge aus.'],
      ['byline', 'AFP'],
    ])
  })

  it('an HTML space entity at a line end is trimmed, a soft hyphen entity after a word stays with it', () => {
    const text = 'Neue Regeln für Mieter&nbsp;\n\nDer Bundes&shy;tag berät über die Miet&shy;\npreisbremse.'
    expect(sectionsOf(text)).toEqual([
      ['title', 'Neue Regeln für Mieter'],
      ['body', 'Der Bundes&shy;tag berät über die Miet&shy;\npreisbremse.'],
    ])
  })

  it('more than three short lines at the top: the last two are title, the ones above are navigation', () => {
    const text = 'Politik\nAusland\nEuropa\nNach der Wahl\nRegierung in Rom steht\nDie neue Koalition hat eine Mehrheit im Parlament.'
    expect(sectionsOf(text)).toEqual([
      ['other', 'Politik\nAusland\nEuropa'],
      ['title', 'Nach der Wahl\nRegierung in Rom steht'],
      ['body', 'Die neue Koalition hat eine Mehrheit im Parlament.'],
    ])
  })

  it('a hard-wrapped paragraph is not taken for a headline', () => {
    const text = 'Der Bundestag berät am Donnerstag über die\nMietpreisbremse. Die Opposition ist dagegen.'
    expect(sectionsOf(text)).toEqual([['body', text]])
  })

  it('a headline ending in a verb particle is still a headline', () => {
    expect(sectionsOf('Kanzler lädt Präsidenten nach Berlin ein\n\nDer Besuch soll im Mai stattfinden.')).toEqual([
      ['title', 'Kanzler lädt Präsidenten nach Berlin ein'],
      ['body', 'Der Besuch soll im Mai stattfinden.'],
    ])
  })

  it('only short lines: the first is the title, the rest body', () => {
    expect(sectionsOf('Einkaufsliste\nÄpfel und Birnen\nBrot')).toEqual([
      ['title', 'Einkaufsliste'],
      ['body', 'Äpfel und Birnen\nBrot'],
    ])
  })

  it('a "Lesen Sie auch" line in the middle leaves the body on both sides', () => {
    const text = 'Erster Absatz über den Haushalt.\n\n» Lesen Sie auch: Schuldenbremse bleibt\n\nZweiter Absatz über die Steuern.'
    expect(sectionsOf(text)).toEqual([
      ['body', 'Erster Absatz über den Haushalt.'],
      ['related', '» Lesen Sie auch: Schuldenbremse bleibt'],
      ['body', 'Zweiter Absatz über die Steuern.'],
    ])
  })

  it('"Kommentar" above the headline is a label, not the start of the comments', () => {
    const text = 'Kommentar\n\nEin mutiger Schritt\n\nDie Entscheidung der Regierung verdient Respekt.'
    expect(sectionsOf(text)).toEqual([
      ['other', 'Kommentar'],
      ['title', 'Ein mutiger Schritt'],
      ['body', 'Die Entscheidung der Regierung verdient Respekt.'],
    ])
  })

  describe('a line of metadata or a link of the site is no headline', () => {
    const titles = (text: string) => sectionsOf(text).filter(([type]) => type === 'title').map(([, line]) => line)
    const body = 'Der Landkreis streicht ab dem Sommer mehrere Buslinien. Die Gemeinden protestieren gegen den Plan.\n\nIm Kreistag soll im April abgestimmt werden. Bis dahin sammeln die Bürger Unterschriften.'

    it('a date stamp and the name of the author under the headline', () => {
      expect(titles(`Startseite\n\nWeniger Busse auf dem Land\nAnna Beispiel\nDo 12 Mär 2024\n\n${body}`)).toEqual(['Weniger Busse auf dem Land'])
      expect(titles(`Weniger Busse auf dem Land\n\n30. Oktober 2023 | Max Muster\n\n${body}`)).toEqual(['Weniger Busse auf dem Land'])
    })

    it('labels with their values and counters', () => {
      expect(titles(`Weniger Busse auf dem Land\nOrt Musterhausen\nDatum 14.03.2024\n\n${body}`)).toEqual(['Weniger Busse auf dem Land'])
      expect(titles(`Weniger Busse auf dem Land\nDatum:14. März 2024\nAusgabejahr:2024\n\n${body}`)).toEqual(['Weniger Busse auf dem Land'])
      expect(titles(`Weniger Busse auf dem Land\nVeröffentlicht am 14. Mär 2024\nKeine Kommentare\n\n${body}`)).toEqual(['Weniger Busse auf dem Land'])
    })

    it('links of the site: no headline at all, or the headline under them', () => {
      expect(titles(`Kontakt/Impressum\n\n${body}`)).toEqual([])
      expect(titles(`Menü Warenkorb\n\nWeniger Busse auf dem Land\n\n${body}`)).toEqual(['Weniger Busse auf dem Land'])
    })

    it('headlines that name a date, a number or a label word stay headlines', () => {
      expect(titles(`Tag der offenen Tür am 22. Januar\n\n${body}`)).toEqual(['Tag der offenen Tür am 22. Januar'])
      expect(titles(`5 Antworten auf die wichtigsten Fragen\n\n${body}`)).toEqual(['5 Antworten auf die wichtigsten Fragen'])
      expect(titles(`Ort des Geschehens\nWeniger Busse auf dem Land\n\n${body}`)).toEqual(['Ort des Geschehens\nWeniger Busse auf dem Land'])
    })
  })

  it('a 2 MB text is sectioned in one pass', () => {
    const paragraph = (i: number) => `Der Landtag debattierte am Donnerstag lange über den neuen Haushalt des Landes, Punkt ${i}.\n\n`
    const count = Math.ceil(2_000_000 / paragraph(0).length)
    const text = 'Haushalt beschlossen\n\n' + Array.from({ length: count }, (_, i) => paragraph(i)).join('') + 'dpa'
    const sections = findSections(normalizeText(text), { titleEnd: 0 })
    expect(sections.length).toBe(count + 2)
    expect(sections[0]!.type).toBe('title')
    expect(sections[1]!.type).toBe('body')
    expect(sections[sections.length - 1]!.type).toBe('byline')
  })
})

describe('an English blog theme around a German post', () => {
  it('"3 Comments" starts the comments; a "Fotocredit:" line under the headline is a credit, not the headline', () => {
    const text = [
      'Startseite\nBlog\nKontakt',
      'Neue Radwege für die Altstadt',
      'Fotocredit: Anna Beispiel',
      'Die Stadt baut bis zum Sommer drei neue Radwege durch die Altstadt. Die Arbeiten beginnen nach Ostern am Marktplatz und dauern acht Wochen.',
      'Der Gemeinderat hatte den Plan im Winter mit großer Mehrheit beschlossen. Die Händler in der Fußgängerzone fürchten weniger Kundschaft während der Bauzeit.',
      '3 Comments',
      'Peter B. · 4. Mai 2024',
      'Endlich passiert etwas für die Radfahrer in dieser Stadt, das war wirklich lange überfällig, finde ich jedenfalls.',
    ].join('\n\n')
    expectWellFormed(text)
    const sections = sectionsOf(text)
    expect(sections.find(([type]) => type === 'title')?.[1]).toBe('Neue Radwege für die Altstadt')
    expect(sections.find(([, part]) => part.startsWith('Fotocredit'))?.[0]).not.toBe('title')
    const comments = sections.find(([type]) => type === 'comments')
    expect(comments?.[1].startsWith('3 Comments')).toBe(true)
    expect(sections.filter(([type]) => type === 'body').map(([, part]) => part).join(' ')).not.toContain('überfällig')
  })
})

describe('line kinds', () => {
  it.each(['dpa', 'AFP', '(dpa)', 'dpa/AFP', 'jok/dpa', 'Von Anna Beispiel', 'Von Anna Beispiel, Berlin', 'Ein Kommentar von Max Muster',
    'Quelle: Reuters', 'Autorin: Anna Beispiel', 'Von Anna Beispiel | 20.03.2018, 14:35 Uhr', '© dpa-infocom, dpa:180320-99-123456/3', 'mit Material von dpa und AFP'])('%s is a byline', (line) => {
    expect(kindOf(line)).toBe(LINE.byline)
  })

  it.each(['Foto: dpa', 'Bild: Max Muster/dpa', '© Beispiel Verlag GmbH', '© picture alliance / dpa', 'Symbolfoto: Anna Beispiel'])('%s is a credit', (line) => {
    expect(kindOf(line)).toBe(LINE.credit)
  })

  it.each(['Fotocredit: Anna Beispiel', 'Bildnachweis: Beispiel Verlag', 'Photo: Max Muster', 'Credits: Anna Beispiel / Agentur'])('%s is a credit too', (line) => {
    expect(kindOf(line)).toBe(LINE.credit)
  })

  it.each(['Related Posts', 'SHOW ALL ARTICLES OF', 'Recent Posts', 'Read next', 'Tags', 'Categories'])('%s is a link line of a blog theme', (line) => {
    expect(kindOf(line)).toBe(LINE.other)
  })

  it.each(['5 Comments', '7 Comments:', 'One Comment', 'Leave a Reply', 'Post a comment'])('%s opens the comments', (line) => {
    expect(kindOf(line)).toBe(LINE.commentsMarker)
  })

  it.each(['Kommentare zur Lage', 'Comments from the minister', 'Eine Antwort der Regierung'])('%s is no comments heading', (line) => {
    expect(kindOf(line)).not.toBe(LINE.commentsMarker)
  })

  it.each(['by Anna Beispiel', '- Max Muster', '(Anna Beispiel, DER ZEITUNG, 3.4.2024)', 'Anna Beispiel Redakteurin', 'von Redaktion · Kategorie: Politik'])(
    '%s is a byline too',
    (line) => {
      expect(kindOf(line)).toBe(LINE.byline)
    },
  )

  it.each(['Anzeige', 'ANZEIGE', 'Werbung', 'Anzeige:'])('%s labels an ad', (line) => {
    expect(kindOf(line)).toBe(LINE.adMarker)
  })

  it.each(['+', '|', '36', 'Teilen', 'Twitter', 'Online seit heute, 16.48 Uhr', 'Publiziert: 12.03.2025, 19.05 Uhr',
    '10.03.2026, 06:12 Uhr · Lesezeit: 3 Minuten', 'Zurück zur Übersicht', 'Redaktion 4. März 2025 09:15',
    'Facebook', 'Drucken', 'Teilen Twitter Facebook WhatsApp', 'Artikel merken', 'Startseite > Politik', 'Home | Politik | Wirtschaft', 'Stand: 20.03.2018, 14:35 Uhr',
    'Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie dem zu.', 'Alle akzeptieren',
    'DAX18210.5-0.41%BEISPIEL AG42.10+1.2%MUSTER BANK9.87±0%NORD ENERGIE15.3-2.05%SÜDWERKE7.71+0.66%ALPEN VERSICHERUNG25.35±0%',
    'Deprecated: Function create_function() is deprecated in /var/www/blog/wp-includes/plugin.php on line 42',
    "Warning: Cannot modify header information - headers already sent in /home/site/public/index.php on line 7",
    'Facebook Pinterest Twitter Google+', 'Folgt mir gerne auf Instagram, da gibt es jeden Tag neue Rezepte!', 'Folgen Sie uns auf',
    'Video freischalten', 'Wir respektieren deine Privatsphäre und laden das Video erst nach deiner Zustimmung.',
    'Ihre Privatsphäre ist uns wichtig', 'Datenschutz ist uns wichtig', 'Beitrag teilen', 'TEILEN TWITTERN TEILEN MAILEN',
    '← Vorherige', 'Nächste Vorherige', 'Vorheriger Beitrag', 'Tags: Apfel, Leber, Zwiebeln', 'Schlagworte: Schule, Bildung',
    'Pressemitteilung als PDF', 'Hinterlasse einen Kommentar', 'Ihre Email-Adresse wird nicht veröffentlicht.', 'Diese Seite teilen',
    'Kommentar hinzufügen', 'Alle Rechte vorbehalten', '(Alle Angaben ohne Gewähr)', 'Drucken etc.', 'RSS-Feed abonnieren', 'Name *',
    'Website', 'Was denkst du?', 'Teile diesen Beitrag auf Social Media.', 'Wer ist online', 'Leserbrief schreiben', 'Mehr erfahren',
    'Inhaltsverzeichnis', '110 Likes', 'Gesamtbewertung: 4 von 5 Sternen', 'Sieh dir diesen Beitrag auf Instagram an',
    'Ein Beitrag geteilt von Lena Marquardt (@lenamarq)', 'View this post on Instagram', 'Passwort vergessen?',
    'Bitte fülle alle Pflichtfelder aus.', 'Das Passwort muss mindestens 10 Zeichen lang sein.', 'Neues Konto anlegen',
    'Das hat leider nicht geklappt. Bitte versuche es erneut.', '*Werbung. Dieser Beitrag enthält Werbung für Kaffeeland.', 'Affiliatelink',
    '- Advertorial Bergsport Hansen -'])('%s is debris', (line) => {
    expect(kindOf(line)).toBe(LINE.other)
  })

  it.each(['Lesen Sie auch: Warum die Mieten steigen', 'Mehr dazu: Der Haushalt im Überblick', 'Siehe auch: Chronik des Streits',
    'Zum Thema: Was Eltern wissen müssen', 'Weiterlesen: Die wichtigsten Fragen', 'Mehr zum Thema: Energiepreise'])('%s is related', (line) => {
    expect(kindOf(line)).toBe(LINE.related)
  })

  it.each(['Auch interessant', 'Meistgelesene Artikel', 'Mehr zum Thema', 'Mehr zum Thema Russland', 'Das könnte Sie auch interessieren',
    'Weitere Artikel', 'Top-Themen', 'Empfehlungen', 'Auch interessant:', 'Ähnliche Beiträge', 'Ähnliche Nachrichten',
    'Weitere Beiträge aus der Kolumne:'])('%s heads teasers', (line) => {
    expect(kindOf(line)).toBe(LINE.teaserHeading)
  })

  it.each(['Kommentare', '36 Kommentare', 'Kommentare (12)', 'Kommentar schreiben', 'Diskutieren Sie mit!', 'Diskutieren Sie mit uns'])(
    '%s opens the comments', (line) => {
      expect(kindOf(line)).toBe(LINE.commentsMarker)
    },
  )

  it.each(['Die Ministerin in Berlin. (Foto: Anna Beispiel/dpa)', 'Merkel (li.) und Macron vor dem Élysée-Palast.',
    'Ein Wasserwerfer vor dem Kanzleramt (Archivbild)', 'Der Hafen am Morgen. Foto: AFP', 'Demonstranten in Leipzig | Bild: dpa'])(
    '%s is a caption', (line) => {
      expect(kindOf(line)).toBe(LINE.caption)
    },
  )

  it.each(['Die Siegerin jubelt nach dem Finale des TurniersBild: AFP/SID/Max Muster', 'Der neue Hafenkran im AbendlichtFoto: Anna Beispiel'])(
    '%s is a caption glued to its credit', (line) => {
      expect(kindOf(line)).toBe(LINE.caption)
    },
  )

  it.each(['Die Bilanz des Turniers: Rekord bei den Zuschauern', 'Unser Fotowettbewerb: Die schönsten Bilder'])('%s is no caption', (line) => {
    expect(kindOf(line)).not.toBe(LINE.caption)
  })

  it.each([
    'Die dpa berichtete am Montag über den Streit.', 'Kommentare sind erwünscht, sagte der Sprecher.', 'Diskutieren Sie mit Ihren Kindern über Medien.',
    'Zum Thema Sicherheit sagte er nichts.', 'Mehr dazu sagte der Minister nicht.', 'Red Bull gewinnt in Monaco', 'Von Trump enttäuscht',
    'Das Foto: ein Beweis für die Vorwürfe', 'Nach Wahl in Russland', 'Viele Websites verwenden Cookies, um Nutzer zu verfolgen.',
    'Der Dax schloss bei +0,4%, der MDax bei -0,2% und der TecDax bei +1,1%, während der Euro im Vergleich zum Dollar kaum Bewegung zeigte.',
    'Die Stadt will das Gelände bis 2030 für Wohnungen freischalten, sagte der Baudezernent am Dienstag im Ausschuss.',
    'Kategorie C gilt für Hunde, die schon einmal gebissen haben.',
  ])('%s is text', (line) => {
    expect(kindOf(line)).toBe(LINE.text)
  })
})

describe('datelines', () => {
  it.each(['BERLIN (dpa) - Der Bundestag', 'Berlin. Der Bundestag', 'Moskau/Washington - Der Kreml', 'Frankfurt am Main (Reuters) – Die Börse',
    'Washington (AFP) Der Präsident', 'Halle an der Saale - Die Stadt', 'WIEN (APA/dpa) — Die Regierung'])('%s opens with a dateline', (head) => {
    expect(startsWithDateline(head)).toBe(true)
  })

  it.each(['Der Bundestag - so heißt es - tagt.', 'Syrien, Ukraine, Terror - das sind Themen', 'Prof. Muster sagte', 'Dr. Muster sagte',
    'Ja. Das stimmt.', 'Die Union - so scheint es - zögert', 'berlin - klein geschrieben', 'Berlin -Mitte'])('%s has no dateline', (head) => {
    expect(startsWithDateline(head)).toBe(false)
  })

  it.each([['BERLIN (dpa) - Der Bundestag', 'BERLIN'], ['Berlin. Der Minister – so heißt es – tagt', 'Berlin'], ['Moskau/Washington - Der Kreml', 'Moskau/Washington'],
    ['Frankfurt am Main – Die Börse', 'Frankfurt am Main'], ['Dresden/Pirna/dpa - Die Elbe', 'Dresden/Pirna'], ['WIEN (APA/dpa) — Die Regierung', 'WIEN']])('%s was filed in %s', (head, places) => {
    expect(head.slice(0, datelinePlacesEnd(head))).toBe(places)
  })

  it('reads a dateline inside a line only when a source or a dash closes it, not a full stop', () => {
    expect(datelinePlacesEnd('Graz – Die Stadt', true)).toBe(4)
    expect(datelinePlacesEnd('Graz. Die Stadt', true)).toBe(-1)
    expect(datelinePlacesEnd('Die Regierung – so heißt es', true)).toBe(-1)
  })

  it('counts the place an article was filed in little, at the start of a line or of a sentence near the top', () => {
    const body = 'Die Landesregierung hat das Budget für Schulen um zwölf Prozent erhöht. Die Opposition nennt das zu wenig, die Lehrergewerkschaft begrüßt den Schritt. Bildungsministerin Karin Moser will neue Stellen schaffen.'
    const filed = (text: string, place: string) => tag(text).entities().find((e) => e.name === place)
    for (const text of [`Mehr Geld für Schulen\n\nGraz (APA) – ${body}`, `Mehr Geld für Schulen. Die Lehrer freuen sich. Graz – ${body}`]) {
      expect(filed(text, 'Graz')?.salience).toBeLessThan(0.15)
      expect(tag(text).topics(10).map((t) => t.label)).not.toContain('Graz')
      expect(tag(text).entities()[0]?.name).toBe('Karin Moser')
    }
    // Named again in the text, the place is a theme too.
    expect(filed(`Mehr Geld für Schulen\n\nGraz – ${body} In Graz fehlen 40 Lehrer.`, 'Graz')?.salience).toBeGreaterThan(0.3)
  })
})

describe('tag(text).sections()', () => {
  it('returns sections with offsets into the text', () => {
    const text = fixture('agentur-varianten.txt')
    const sections = tag(text).sections()
    expect(sections.map((s) => s.type)).toEqual(['title', 'body', 'related', 'byline', 'teasers', 'comments'])
    for (const section of sections) {
      expect(section.field).toBeUndefined()
      expect(text.slice(section.start, section.end)).toBe(section.text)
    }
    expect(sections[3]!.text).toBe('AFP')
  })

  it('a title given apart is the title section with field "title"; the text then opens with lead or body', () => {
    const title = 'Hamburg will bis 2040 klimaneutral werden'
    const text = 'Der Senat legt einen ehrgeizigen Plan vor.\n\nHamburg. Der Hamburger Senat hat am Dienstag seinen Klimaplan vorgestellt.\n\ndpa'
    const span = (type: string, part: string) => ({ type, start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part })
    expect(tag(text, { title }).sections()).toEqual([
      { type: 'title', start: 0, end: title.length, text: title, field: 'title' },
      span('lead', 'Der Senat legt einen ehrgeizigen Plan vor.'),
      span('body', 'Hamburg. Der Hamburger Senat hat am Dienstag seinen Klimaplan vorgestellt.'),
      span('byline', 'dpa'),
    ])
  })

  it('with a title given apart, a short first line of the text is body, not a second title', () => {
    const sections = tag('Kurz notiert\n\nDer Zoo hat einen neuen Eisbären.', { title: 'Neuer Eisbär im Zoo' }).sections()
    expect(sections.map((s) => [s.type, s.text])).toEqual([
      ['title', 'Neuer Eisbär im Zoo'],
      ['body', 'Kurz notiert'],
      ['body', 'Der Zoo hat einen neuen Eisbären.'],
    ])
  })

  it('empty text has no sections', () => {
    expect(tag('').sections()).toEqual([])
    expect(tag('  \n\n  ').sections()).toEqual([])
  })
})

const SAMPLE = fileURLToPath(new URL('../../shared/samples/putin-trump-gipfel.txt', import.meta.url))

describe('the shared sample article', () => {
  it.skipIf(!existsSync(SAMPLE))('finds headline, lead, body, related link, byline, teasers and comments', () => {
    const text = readFileSync(SAMPLE, 'utf8')
    expectWellFormed(text)
    const sections = tag(text).sections()
    const types = sections.map((s) => s.type)
    const at = (type: string) => sections.filter((s) => s.type === type)
    const paragraphs = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
    const index = (start: string) => paragraphs.findIndex((p) => p.startsWith(start))

    // The kicker above the headline counts as title.
    expect(at('title').map((s) => s.text)).toEqual([paragraphs[index('Nach Wahl in Russland')], paragraphs[index('Trotz schlechtem')]])
    expect(at('other').map((s) => s.text)).toEqual(['+'])
    expect(at('lead').map((s) => s.text)).toEqual([paragraphs[index('Syrien, Ukraine')]])
    expect(at('body').map((s) => s.text)).toEqual(paragraphs.slice(index('Moskau/Washington'), index('Lesen Sie auch')))
    expect(at('body').at(-1)!.text.endsWith('nicht mehr.')).toBe(true)
    expect(at('related').map((s) => s.text)).toEqual([paragraphs[index('Lesen Sie auch')]])
    expect(at('byline').map((s) => s.text)).toEqual(['dpa'])
    expect(at('caption').map((s) => s.text)).toEqual([paragraphs[index('Telefonierten am Dienstag')]])

    const teaserStart = text.indexOf('Auch interessant')
    for (const section of sections) {
      if (section.end > teaserStart) expect(['teasers', 'comments', 'other']).toContain(section.type)
    }
    expect(types.at(-1)).toBe('comments')
    expect(sections.at(-1)!.text).toBe('Kommentare')
    for (const section of sections) expect(text.slice(section.start, section.end)).toBe(section.text)
  })
})

describe('picture credits closing a line', () => {
  const text = 'Wärmepumpen im Test\n\nEine Luftwärmepumpe nutzt die Außenluft zur Wärmegewinnung. © AdobeStock.com/Hermann Gruber\nSie braucht Strom, aber wenig. Der Kältekreis bleibt dicht.\n\nDer Preis liegt bei 12.000 Euro © 2024 steht im Vertrag, der noch viele weitere Seiten mit Bedingungen und Fristen für beide Seiten enthält.'

  it('are cut off as debris, and the text goes on after them', () => {
    const sections = findSections(text, { titleEnd: 0 })
    const credit = sections.find((section) => text.slice(section.start, section.end).startsWith('©'))
    expect(credit && text.slice(credit.start, credit.end)).toBe('© AdobeStock.com/Hermann Gruber')
    expect(credit?.type).toBe('other')
    const textOf = (type: string) => sections.filter((section) => section.type === type).map((section) => text.slice(section.start, section.end)).join(' | ')
    const article = ['title', 'lead', 'body'].map(textOf).join(' | ')
    expect(article).toContain('Sie braucht Strom')
    expect(article).toContain('zur Wärmegewinnung.')
    expect(article).not.toContain('Gruber')
  })

  it('stay in the text when the sign stands far from the line\'s end', () => {
    const sections = findSections(text, { titleEnd: 0 })
    expect(sections.some((section) => text.slice(section.start, section.end).startsWith('© 2024'))).toBe(false)
  })

  it('are found in linear time on a line of copyright signs', () => {
    const junk = 'Text. ' + '© '.repeat(200_000) + '\nNoch ein Satz.'
    const sections = findSections(junk, { titleEnd: 0 })
    expect(sections.length).toBeGreaterThan(0)
  })
})
