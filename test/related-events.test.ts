import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RelatedIndex, relatedness, tag, type Doc } from '../src/index.js'

// Short articles written for this test (none taken from a data set): five pairs, each two reports of one made-up
// event in different words, and two articles on unrelated things that share only "Deutschland" with each other.
const ARTICLES: Record<string, [title: string, text: string]> = {
  'bruecke-1': [
    'Marode Rheinbrücke in Duisburg für Lastwagen gesperrt',
    'Die Stadt Duisburg hat die Rheinbrücke zwischen Homberg und Ruhrort für Lastwagen über 3,5 Tonnen gesperrt. ' +
      'Prüfer hatten bei einer Sonderprüfung Risse in den Stahlträgern gefunden. Autos dürfen die Brücke weiter ' +
      'befahren, allerdings nur noch einspurig und mit Tempo 30. Die Speditionen im Hafen müssen Umwege von bis zu ' +
      '20 Kilometern fahren. Ein Neubau der Brücke ist frühestens in acht Jahren fertig.',
  ],
  'bruecke-2': [
    'Risse in den Trägern: Lkw-Verbot auf Duisburger Rheinbrücke',
    'Nach der Sperrung der Rheinbrücke für schwere Lastwagen stauen sich in Duisburg die Laster. Die Stadt ' +
      'begründet das Verbot mit Rissen, die bei einer Prüfung der Stahlträger entdeckt wurden. Für Autos bleibt ' +
      'eine Spur offen, die Geschwindigkeit ist auf 30 begrenzt. Hafenbetriebe in Ruhrort klagen über lange Umwege ' +
      'für ihre Speditionen und fordern, den Neubau der Brücke zu beschleunigen.',
  ],
  'waldbrand-1': [
    'Waldbrand im Harz: Feuerwehr kämpft gegen Flammen am Brocken',
    'Im Harz brennt seit Dienstag ein Wald unterhalb des Brockens. Mehr als 300 Feuerwehrleute und zwei ' +
      'Löschhubschrauber sind im Einsatz, teilte der Landkreis Harz mit. Wegen des trockenen Totholzes breitet sich ' +
      'das Feuer schnell aus. Wanderer wurden aufgefordert, das Gebiet zu verlassen, die Brockenbahn fährt vorerst ' +
      'nicht. Der Wind soll am Abend drehen.',
  ],
  'waldbrand-2': [
    'Brockenbahn eingestellt, Wanderwege gesperrt: Feuer im Harz weitet sich aus',
    'Der Waldbrand am Brocken hat sich über Nacht auf rund 80 Hektar ausgedehnt. Hubschrauber werfen Wasser aus ' +
      'Talsperren ab, am Boden löschen Feuerwehren aus mehreren Landkreisen. Das viele Totholz im Harz mache die ' +
      'Arbeit gefährlich, sagte der Einsatzleiter. Die Brockenbahn bleibt eingestellt, Wanderer dürfen die Wege ' +
      'rund um den Gipfel nicht betreten.',
  ],
  'wahl-1': [
    'Stichwahl in Regensburg: Grüne Kandidatin wird Oberbürgermeisterin',
    'Regensburg hat eine neue Oberbürgermeisterin. In der Stichwahl setzte sich die Kandidatin der Grünen mit ' +
      '54 Prozent gegen den Bewerber der CSU durch. Die Wahlbeteiligung lag bei 41 Prozent. Im Wahlkampf hatte sie ' +
      'vor allem mit einer Straßenbahn für die Altstadt und mehr bezahlbaren Wohnungen geworben. Sie tritt ihr Amt ' +
      'im Mai an.',
  ],
  'wahl-2': [
    'CSU verliert Rathaus in Regensburg',
    'Bei der Stichwahl um das Amt des Oberbürgermeisters in Regensburg hat der Kandidat der CSU verloren. Die ' +
      'Grünen stellen damit erstmals die Rathauschefin der Stadt, sie kam auf 54 Prozent der Stimmen. Der ' +
      'unterlegene Bewerber räumte seine Niederlage noch am Wahlabend ein. Die Wahlsiegerin kündigte an, zuerst die ' +
      'Pläne für eine Straßenbahn voranzutreiben.',
  ],
  'datenleck-1': [
    'Hacker stehlen Daten von Versicherten der Nordkasse',
    'Unbekannte haben bei einem Angriff auf die Krankenkasse Nordkasse Daten von rund 200.000 Versicherten ' +
      'erbeutet. Betroffen seien Namen, Adressen und Versichertennummern, teilte die Kasse in Hamburg mit. ' +
      'Gesundheitsdaten seien nach bisherigem Stand nicht abgeflossen. Die Kasse hat Anzeige erstattet und den ' +
      'Datenschutzbeauftragten informiert. Versicherte sollen sich vor gefälschten E-Mails in Acht nehmen.',
  ],
  'datenleck-2': [
    'Nach Cyberangriff: Nordkasse warnt Versicherte vor falschen Mails',
    'Die Hamburger Krankenkasse Nordkasse schreibt nach dem Hackerangriff alle betroffenen Versicherten an. ' +
      'Die Angreifer hatten Adressen und Versichertennummern kopiert. Der Datenschutzbeauftragte prüft, ob die ' +
      'Kasse ihre Server ausreichend geschützt hat. Versicherte sollten keine Links in E-Mails öffnen, die angeblich ' +
      'von der Kasse stammen, rät die Polizei, die wegen des Angriffs ermittelt.',
  ],
  'handball-1': [
    'Kiel holt den Pokal gegen Magdeburg',
    'Der THW Kiel hat das Finale um den Handball-Pokal gegen den SC Magdeburg mit 31:29 gewonnen. In einer engen ' +
      'Schlussphase hielt der Torwart zwei Siebenmeter. Magdeburg hatte zur Pause noch mit drei Toren geführt. ' +
      'Vor 13.000 Zuschauern in Hamburg warf der Kieler Rückraum in der zweiten Halbzeit die entscheidenden Tore.',
  ],
  'handball-2': [
    'Zwei gehaltene Siebenmeter entscheiden das Pokalfinale',
    'Der SC Magdeburg hat das Pokalfinale im Handball knapp verloren. Gegen den THW Kiel führten die Magdeburger ' +
      'zur Halbzeit, am Ende stand es 29:31. Der Kieler Torwart parierte in den letzten Minuten zwei Siebenmeter. ' +
      'Der Trainer der Magdeburger sprach von einem bitteren Abend in Hamburg, lobte aber seine Mannschaft.',
  ],
  spargel: [
    'Spargelsaison beginnt früher als sonst',
    'Auf den Feldern rund um Beelitz wird schon Anfang April Spargel gestochen. Die warmen Tage haben die ' +
      'Stangen schnell wachsen lassen, sagen die Bauern. In Deutschland wird auf mehr als 20.000 Hektar Spargel ' +
      'angebaut. Erntehelfer sind knapp, viele Höfe verkaufen direkt an Ständen am Straßenrand.',
  ],
  orchester: [
    'Jugendorchester spielt in Tokio',
    'Ein Jugendorchester aus Weimar ist zu einer Tournee durch Japan aufgebrochen. Die 80 Musikerinnen und ' +
      'Musiker spielen in Tokio und Osaka Werke von Brahms und Schumann. Es ist die erste Reise des Orchesters ' +
      'nach Asien; aus Deutschland kommen dafür auch Instrumente für eine Musikschule in Osaka mit.',
  ],
}

const PAIRS: Array<[string, string]> = [
  ['bruecke-1', 'bruecke-2'],
  ['waldbrand-1', 'waldbrand-2'],
  ['wahl-1', 'wahl-2'],
  ['datenleck-1', 'datenleck-2'],
  ['handball-1', 'handball-2'],
]
const UNRELATED: [string, string] = ['spargel', 'orchester']

const docs = new Map<string, Doc>(Object.entries(ARTICLES).map(([id, [title, text]]) => [id, tag(text, { title })]))

// The pairs of test/relate-pairs.test.ts (test/fixtures/related), to check the ranking among more articles.
const FIXTURES = join(import.meta.dirname, 'fixtures', 'related')
const FIXTURE_PAIRS: Array<[string, string]> = [['faehre-1', 'faehre-2'], ['bahn-1', 'bahn-2'], ['fussball-1', 'fussball-2']]
const fixtures = new Map<string, Doc>(readdirSync(FIXTURES).filter((file) => file.endsWith('.txt')).sort().map((file) => [file.slice(0, -4), tag(readFileSync(join(FIXTURES, file), 'utf8'))]))

function indexOf(all: Map<string, Doc>): RelatedIndex {
  const index = new RelatedIndex()
  for (const [id, doc] of all) index.add(id, doc)
  return index
}

describe('related articles: own pairs about the same events', () => {
  it('has at least four pairs and two unrelated articles', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(4)
    expect(docs.size).toBeGreaterThanOrEqual(2 * PAIRS.length + 2)
  })

  it("ranks each article's partner first in an index of them", () => {
    const index = indexOf(docs)
    for (const [a, b] of PAIRS) {
      expect(index.related(a)[0]?.id, a).toBe(b)
      expect(index.related(b)[0]?.id, b).toBe(a)
    }
  })

  it("ranks each article's partner first among these and the fixture articles together", () => {
    const index = indexOf(new Map([...docs, ...fixtures]))
    for (const [a, b] of [...PAIRS, ...FIXTURE_PAIRS]) {
      expect(index.related(a)[0]?.id, a).toBe(b)
      expect(index.related(b)[0]?.id, b).toBe(a)
    }
  })

  it("ranks each article's partner first by relatedness alone, without a collection", () => {
    for (const [a, b] of PAIRS) {
      for (const [self, partner] of [[a, b], [b, a]] as const) {
        const score = relatedness(docs.get(self)!, docs.get(partner)!).score
        for (const [other, doc] of docs) {
          if (other !== self && other !== partner) expect(score, `${self}: ${partner} vs ${other}`).toBeGreaterThan(relatedness(docs.get(self)!, doc).score)
        }
      }
    }
  })

  it('scores every event pair far above the two articles that only share Deutschland', () => {
    const [x, y] = UNRELATED
    const country = relatedness(docs.get(x)!, docs.get(y)!)
    expect(country.shared.map((shared) => shared.id)).toContain('place:deutschland')
    const event = Math.min(...PAIRS.map(([a, b]) => relatedness(docs.get(a)!, docs.get(b)!).score))
    expect(event).toBeGreaterThan(4 * country.score)
    const index = indexOf(docs)
    const eventInIndex = Math.min(...PAIRS.map(([a, b]) => relatedness(docs.get(a)!, docs.get(b)!, { index }).score))
    expect(eventInIndex).toBeGreaterThan(4 * relatedness(docs.get(x)!, docs.get(y)!, { index }).score)
  })

  it('explains an event pair by the entities it shares as well as its words', () => {
    const { shared } = relatedness(docs.get('wahl-1')!, docs.get('wahl-2')!)
    const entities = shared.filter((tag) => tag.kind === 'entity').map((tag) => tag.id)
    expect(entities).toEqual(expect.arrayContaining(['place:regensburg', 'org:csu']))
    expect(shared.some((tag) => tag.kind === 'term')).toBe(true)
  })
})
