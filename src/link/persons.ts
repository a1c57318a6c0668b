// In-document coreference of people: Wladimir Putin … Putin … Putins are one person; two people who share a surname
// stay apart when their first names differ, and a bare surname joins the nearest of them.
import { SURNAME_PARTICLES, type KbEntry } from '../lexicon/index.js'
import type { KbIndex } from './kb-index.js'
import { foldKey, genitiveBases } from './names.js'
import { lookupName, withoutRoleWords } from './lookup.js'
import type { Piece } from './pieces.js'

export interface PersonCluster {
  entry: KbEntry | undefined
  /** Full names seen (role words removed), in order of appearance. */
  fullNames: string[]
  pieces: Piece[]
}

function surnameOf(name: string): string {
  return foldKey(name.slice(name.lastIndexOf(' ') + 1))
}

/** A surname with its particles and nothing before them (Van der Bellen, de Vries): a bare surname, not a full name. */
function isParticleSurname(name: string): boolean {
  const words = name.split(' ')
  return words.length > 1 && words.slice(0, -1).every((word) => SURNAME_PARTICLES.has(foldKey(word)))
}

/** The keys a bare surname may take to find this full name: its last word, and that word with its particles (van der bellen). */
function surnameKeys(name: string): string[] {
  const words = name.split(' ')
  const keys = [foldKey(words[words.length - 1]!)]
  for (let k = words.length - 2; k >= 1 && SURNAME_PARTICLES.has(foldKey(words[k]!)); k--) keys.push(foldKey(words.slice(k).join(' ')))
  return keys
}

/** A person's name without a genitive ending when the bare form is attested: Putins → Putin. */
function baseForm(name: string, attested: ReadonlySet<string>): string {
  const words = name.split(' ')
  const last = words[words.length - 1]!
  for (const base of genitiveBases(last)) {
    if (attested.has(foldKey(base))) return [...words.slice(0, -1), base].join(' ')
  }
  return name
}

/**
 * `asNoun(piece)`: the piece is an ordinary noun where German puts one (after an article: das Brand, der Kern), so a
 * bare surname that it spells names no one the knowledge base knows.
 */
export function clusterPersons(pieces: readonly Piece[], index: KbIndex, asNoun: (piece: Piece) => boolean = () => false): PersonCluster[] {
  const clusters: PersonCluster[] = []
  const byKey = new Map<string, PersonCluster>()
  const singles: Array<{ piece: Piece; name: string }> = []
  // Surnames attested without an ending anywhere in the text decide whether a trailing s is a genitive.
  const attested = new Set<string>()
  const names = pieces.map((piece) => withoutRoleWords(piece.text))
  for (const name of names) attested.add(surnameOf(name))

  const clusterFor = (key: string, entry: KbEntry | undefined): PersonCluster => {
    let cluster = byKey.get(key)
    if (!cluster) {
      cluster = { entry, fullNames: [], pieces: [] }
      byKey.set(key, cluster)
      clusters.push(cluster)
    }
    return cluster
  }

  // Surname → clusters of full names the knowledge base lacks, for short forms of first names to find.
  const namedBySurname = new Map<string, PersonCluster[]>()
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!
    const name = names[p]!
    const match = lookupName(index, name)
    const entry = match?.entries.find((candidate) => candidate.type === 'person')
    if (entry) {
      const cluster = clusterFor(entry.id, entry)
      cluster.pieces.push(piece)
      if (name.includes(' ')) cluster.fullNames.push(entry.name)
    } else if (name.includes(' ') && piece.kind === 'name' && !isParticleSurname(name)) {
      const full = baseForm(name, attested)
      const key = 'name:' + foldKey(full)
      const short = byKey.has(key) ? undefined : shortFormOf(full, namedBySurname)
      if (short !== undefined) byKey.set(key, short)
      const cluster = clusterFor(key, undefined)
      if (short === undefined) addNamed(namedBySurname, full, cluster)
      cluster.pieces.push(piece)
      cluster.fullNames.push(full)
    } else {
      singles.push({ piece, name })
    }
  }

  // Surname → clusters with a full name ending in it, for bare surnames to join.
  const bySurname = new Map<string, PersonCluster[]>()
  for (const cluster of clusters) {
    const fullNames = cluster.fullNames.length > 0 ? cluster.fullNames : cluster.entry ? [cluster.entry.name] : []
    // Each surname lists the cluster once: a repeat of it is the list's last entry, as the clusters come one by one.
    for (const name of fullNames) {
      for (const surname of surnameKeys(name)) {
        const list = bySurname.get(surname)
        if (list === undefined) bySurname.set(surname, [cluster])
        else if (list[list.length - 1] !== cluster) list.push(cluster)
      }
    }
  }

  for (const { piece, name } of singles) {
    const keys = [foldKey(name), ...genitiveBases(name).map(foldKey)]
    let target: PersonCluster | undefined
    for (const key of keys) {
      const candidates = bySurname.get(key)
      if (candidates) {
        target = candidates.length === 1 ? candidates[0] : nearest(candidates, piece.start)
        break
      }
    }
    if (!target) {
      const particle = isParticleSurname(name)
      const bearer = particle ? particleEntry(index, name) : keys.map((key) => index.bySurname.get(key)).find((entries) => entries?.length === 1)?.[0]
      // Asked only of a word some known person bears: the question may read the whole text.
      const entry = !particle && bearer !== undefined && asNoun(piece) ? undefined : bearer
      target = entry ? clusterFor(entry.id, entry) : clusterFor('name:' + foldKey(baseForm(name, attested)), undefined)
      if (!entry && target.fullNames.length === 0) target.fullNames.push(baseForm(name, attested))
    }
    target.pieces.push(piece)
  }
  return clusters
}

/** A first name this short is an initial or a particle, not a short form (Maxi of Maximilian, Alex of Alexander). */
const MIN_SHORT_FORM = 3
/** A short form drops this many letters at least: one is another person's name (Paul and Paula, Jan and Jana). */
const MIN_SHORTENED = 2

/** Clusters of one surname compared for short forms at most: a page of many namesakes stays linear. */
const MAX_NAMESAKES = 8

function addNamed(bySurname: Map<string, PersonCluster[]>, full: string, cluster: PersonCluster): void {
  const words = full.split(' ')
  if (words.length !== 2) return
  const surname = foldKey(words[1]!)
  const list = bySurname.get(surname)
  if (list === undefined) bySurname.set(surname, [cluster])
  else if (list.length < MAX_NAMESAKES && !list.includes(cluster)) list.push(cluster)
}

/**
 * The cluster of the same person under a short or a long form of the first name (Maxi Taucher and Maximilian Taucher):
 * two words each, the same surname, one first name opening the other. An article names one person so, not two.
 */
function shortFormOf(full: string, bySurname: ReadonlyMap<string, readonly PersonCluster[]>): PersonCluster | undefined {
  const words = full.split(' ')
  if (words.length !== 2) return undefined
  const first = foldKey(words[0]!)
  for (const cluster of bySurname.get(foldKey(words[1]!)) ?? []) {
    const otherFirst = foldKey(cluster.fullNames[0]!.split(' ')[0]!)
    const [shorter, longer] = first.length < otherFirst.length ? [first, otherFirst] : [otherFirst, first]
    if (shorter.length >= MIN_SHORT_FORM && longer.length - shorter.length >= MIN_SHORTENED && longer.startsWith(shorter)) return cluster
  }
  return undefined
}

/** The one knowledge-base person whose name ends in this surname with its particles (Van der Bellen). */
function particleEntry(index: KbIndex, name: string): KbEntry | undefined {
  const ending = ' ' + foldKey(name)
  const entries = (index.bySurname.get(surnameOf(name)) ?? []).filter((entry) => foldKey(entry.name).endsWith(ending))
  return entries.length === 1 ? entries[0] : undefined
}

/** The cluster whose mention comes closest before `offset`, else closest after. */
function nearest(candidates: readonly PersonCluster[], offset: number): PersonCluster {
  let before: [PersonCluster, number] | undefined
  let after: [PersonCluster, number] | undefined
  for (const cluster of candidates) {
    for (const piece of cluster.pieces) {
      if (piece.start <= offset && (!before || piece.start > before[1])) before = [cluster, piece.start]
      if (piece.start > offset && (!after || piece.start < after[1])) after = [cluster, piece.start]
    }
  }
  return (before ?? after ?? [candidates[0]!])[0]
}

/** Canonical name of a cluster: the knowledge-base name, else the fullest name seen (most words, then first). */
export function clusterName(cluster: PersonCluster): string {
  if (cluster.entry) return cluster.entry.name
  let best = cluster.fullNames[0] ?? cluster.pieces[0]!.text
  for (const name of cluster.fullNames) if (name.split(' ').length > best.split(' ').length) best = name
  return best
}
