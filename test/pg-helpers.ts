// Shared by the PostgreSQL store's tests: the server (SCHLAGWORT_PG_URL), fresh tables per test, a consistency check
// of a store's tables, and a few German news articles written for these tests.
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'

export const PG_URL = process.env.SCHLAGWORT_PG_URL
/** A script that kills the server and starts it again (.ci/pg.sh sets it); the restart test runs only with it. */
export const PG_RESTART = process.env.SCHLAGWORT_PG_RESTART

export function announceSkip(file: string): void {
  if (PG_URL === undefined) console.log(`${file}: skipped (no PostgreSQL): set SCHLAGWORT_PG_URL=postgres://… to run it, or run .ci/pg.sh npx vitest run test/postgres --no-file-parallelism`)
}

/** A pool to the server for the tests of one describe block: made before them, ended after them. */
export function poolForTests(max = 4): { readonly pool: pg.Pool } {
  const holder = {} as { pool: pg.Pool }
  beforeAll(() => {
    holder.pool = new pg.Pool({ connectionString: PG_URL, max })
    // An idle connection that a fault test's server restart ends: not an error of the test.
    holder.pool.on('error', () => {})
  })
  afterAll(async () => {
    await holder.pool?.end()
  })
  return holder
}

let counter = 0

/** A table name no other test uses, its old tables (from an earlier run) dropped. */
export async function freshTable(pool: pg.Pool, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${counter++}`
  await dropTables(pool, name)
  return name
}

export async function dropTables(pool: pg.Pool, name: string): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS "${name}", "${name}_tags", "${name}_postings", "${name}_meta"; DROP SEQUENCE IF EXISTS "${name}_seq"`)
}

/**
 * What is inconsistent between a store's tables: document frequencies against the postings, postings against the
 * documents' vectors (one per tag), the live count against the documents. Empty when all agree.
 */
export async function inconsistencies(pool: pg.Pool, name: string): Promise<string[]> {
  const problems: string[] = []
  const df = await pool.query(`SELECT t.key, t.df, count(p.seq)::int AS postings FROM "${name}_tags" t LEFT JOIN "${name}_postings" p ON p.tag = t.id GROUP BY t.id HAVING t.df <> count(p.seq)`)
  for (const row of df.rows) problems.push(`tag ${row.key}: df ${row.df}, ${row.postings} postings`)
  const lengths = await pool.query(`SELECT (SELECT coalesce(sum(length(vec) / 8), 0)::int FROM "${name}") AS entries, (SELECT count(*)::int FROM "${name}_postings") AS postings`)
  if (lengths.rows[0].entries !== lengths.rows[0].postings) problems.push(`${lengths.rows[0].entries} vector entries, ${lengths.rows[0].postings} postings`)
  const orphans = await pool.query(`SELECT count(*)::int AS n FROM "${name}_postings" p WHERE NOT EXISTS (SELECT 1 FROM "${name}" d WHERE d.seq = p.seq)`)
  if (orphans.rows[0].n !== 0) problems.push(`${orphans.rows[0].n} postings of no document`)
  const live = await pool.query(`SELECT (SELECT value FROM "${name}_meta" WHERE key = 'live')::int AS live, (SELECT count(*)::int FROM "${name}") AS docs`)
  if (live.rows[0].live !== live.rows[0].docs) problems.push(`live count ${live.rows[0].live}, ${live.rows[0].docs} documents`)
  return problems
}

/** Short German news articles in four stories (written for these tests), with publication times. */
export const ARTICLES: Array<{ id: string; title: string; text: string; publishedAt: string }> = [
  { id: 'hochwasser-1', publishedAt: '2024-06-02T08:00:00+02:00', title: 'Hochwasser an der Donau: Passau ruft Katastrophenfall aus', text: 'Nach tagelangem Regen ist die Donau in Passau über die Ufer getreten. Die Stadt rief am Sonntag den Katastrophenfall aus. Feuerwehr und Technisches Hilfswerk füllten Tausende Sandsäcke. Der Pegel stieg bis zum Abend auf 9,20 Meter. Oberbürgermeister Jürgen Dupper bat die Anwohner der Altstadt, ihre Keller zu räumen.' },
  { id: 'hochwasser-2', publishedAt: '2024-06-03T09:30:00+02:00', title: 'Donau-Hochwasser: Pegel in Passau sinkt langsam', text: 'In Passau geht das Hochwasser der Donau zurück. Der Pegel fiel in der Nacht unter neun Meter. Das Technische Hilfswerk pumpt weiter Keller in der Altstadt aus. Ministerpräsident Markus Söder besuchte die Stadt und versprach Soforthilfen für betroffene Anwohner und Geschäfte.' },
  { id: 'hochwasser-3', publishedAt: '2024-06-04T12:00:00+02:00', title: 'Soforthilfe nach dem Hochwasser in Bayern', text: 'Die bayerische Staatsregierung hat Soforthilfen für die Opfer des Hochwassers beschlossen. Haushalte in Passau, Regensburg und Deggendorf sollen bis zu 5.000 Euro erhalten. Markus Söder sprach von einer Katastrophe, die viele Familien hart getroffen habe. Die Donau führt weiter Hochwasser.' },
  { id: 'hochwasser-4', publishedAt: '2024-06-05T07:15:00+02:00', title: 'Aufräumen in Deggendorf', text: 'In Deggendorf beginnen die Aufräumarbeiten nach dem Hochwasser. Freiwillige Helfer tragen Schlamm aus Kellern und Läden. Die Feuerwehr warnt vor Öl im Wasser. Die Stadt stellt Container für Sperrmüll bereit.' },
  { id: 'bahn-1', publishedAt: '2024-03-07T06:00:00+01:00', title: 'GDL streikt: Fernverkehr der Deutschen Bahn steht still', text: 'Die Lokführergewerkschaft GDL hat erneut zum Streik aufgerufen. Die Deutsche Bahn stellt den Fernverkehr bis Freitag weitgehend ein. GDL-Chef Claus Weselsky verlangt eine 35-Stunden-Woche bei vollem Lohnausgleich. Pendler müssen mit Ausfällen im Regionalverkehr rechnen.' },
  { id: 'bahn-2', publishedAt: '2024-03-08T10:00:00+01:00', title: 'Bahnstreik: Pendler steigen aufs Auto um', text: 'Der Streik der GDL legt den Bahnverkehr in Deutschland lahm. Auf den Autobahnen um Frankfurt und München bildeten sich lange Staus. Die Deutsche Bahn bietet einen Notfahrplan an. Claus Weselsky kündigte weitere Streiks an, falls die Bahn kein neues Angebot vorlegt.' },
  { id: 'bahn-3', publishedAt: '2024-03-26T15:00:00+01:00', title: 'Einigung im Tarifstreit zwischen Bahn und GDL', text: 'Die Deutsche Bahn und die GDL haben sich im Tarifstreit geeinigt. Die Arbeitszeit der Lokführer sinkt schrittweise auf 35 Stunden. Claus Weselsky sprach von einem historischen Erfolg. Weitere Streiks sind damit vom Tisch.' },
  { id: 'fussball-1', publishedAt: '2024-05-18T18:00:00+02:00', title: 'Bayer Leverkusen beendet Saison ohne Niederlage', text: 'Bayer Leverkusen hat die Bundesliga-Saison ohne eine einzige Niederlage beendet. Gegen den FC Augsburg gewann die Mannschaft von Xabi Alonso mit 2:1. Florian Wirtz erzielte das erste Tor. Die Fans feierten in der BayArena die erste Meisterschaft des Vereins.' },
  { id: 'fussball-2', publishedAt: '2024-05-22T23:00:00+02:00', title: 'Leverkusen verliert Finale der Europa League', text: 'Bayer Leverkusen hat das Finale der Europa League gegen Atalanta Bergamo mit 0:3 verloren. Es war die erste Niederlage der Saison. Trainer Xabi Alonso lobte trotzdem seine Mannschaft. In Dublin jubelten die Fans aus Bergamo.' },
  { id: 'fussball-3', publishedAt: '2024-05-25T22:30:00+02:00', title: 'Leverkusen gewinnt den DFB-Pokal', text: 'Bayer Leverkusen hat den DFB-Pokal gewonnen. Im Finale in Berlin siegte die Mannschaft von Xabi Alonso mit 1:0 gegen den 1. FC Kaiserslautern. Granit Xhaka traf kurz vor der Pause. Damit holt Leverkusen das Double.' },
  { id: 'haushalt-1', publishedAt: '2024-07-05T11:00:00+02:00', title: 'Ampel einigt sich auf Haushalt 2025', text: 'Nach langen Verhandlungen hat sich die Bundesregierung auf den Haushalt 2025 geeinigt. Bundeskanzler Olaf Scholz, Finanzminister Christian Lindner und Wirtschaftsminister Robert Habeck stellten den Entwurf in Berlin vor. Die Schuldenbremse soll eingehalten werden. Für Investitionen sind 57 Milliarden Euro vorgesehen.' },
  { id: 'haushalt-2', publishedAt: '2024-07-17T14:00:00+02:00', title: 'Kabinett beschließt Haushaltsentwurf', text: 'Das Bundeskabinett hat den Entwurf für den Haushalt 2025 beschlossen. Christian Lindner verteidigte die Einhaltung der Schuldenbremse. Kritik kam von Verbänden, die Kürzungen bei der Entwicklungshilfe befürchten. Der Bundestag berät den Haushalt im September.' },
  { id: 'haushalt-3', publishedAt: '2024-09-10T10:00:00+02:00', title: 'Haushaltswoche im Bundestag', text: 'Der Bundestag debattiert in dieser Woche über den Haushalt 2025. Olaf Scholz verteidigte die Politik der Bundesregierung. Friedrich Merz warf der Ampel vor, die Schuldenbremse zu umgehen. Die Opposition kündigte Widerstand an.' },
  { id: 'vermischt-1', publishedAt: '2024-04-01T09:00:00+02:00', title: 'Zoo Leipzig freut sich über Elefantennachwuchs', text: 'Im Zoo Leipzig ist ein Elefant geboren worden. Das Jungtier wiegt rund 100 Kilogramm und ist wohlauf. Besucher können die Elefanten ab nächster Woche wieder sehen. Der Zoo bittet um Vorschläge für einen Namen.' },
]
