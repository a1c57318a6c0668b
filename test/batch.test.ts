// The batch API: one result per input, in input order or as finished, a throw while tagging one article is that
// article's error, the same results in this thread and on worker threads.
import { describe, expect, it } from 'vitest'
import { tagMany, type BatchResult } from '../src/batch/index.js'
import type { Done, Job, Outcome, Planned } from '../src/batch/jobs.js'
import { startWorker } from '../src/batch/pool.js'
import { runBatch } from '../src/batch/run.js'
import { schedule, type Runner } from '../src/batch/schedule.js'
import { tag } from '../src/index.js'

const TEXTS = [
  'Der Bundestag in Berlin berät über den Haushalt. Finanzminister Christian Lindner verteidigt die Schuldenbremse.',
  'In München feiern die Fans des FC Bayern den Meistertitel auf dem Marienplatz.',
  'Ein Sturm über der Nordsee legt den Fährverkehr nach Helgoland lahm.',
]

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

async function* planned(jobs: Job[]): AsyncGenerator<Planned<number>> {
  for (const [meta, job] of jobs.entries()) yield { meta, job }
}

/** A runner whose job `text` is its delay in ms; it records how many jobs ran at once. */
function delayRunner(): Runner & { most: number } {
  let running = 0
  const runner = {
    most: 0,
    run: async (job: Job): Promise<Outcome> => {
      running++
      runner.most = Math.max(runner.most, running)
      await new Promise((resolve) => setTimeout(resolve, Number(job.text)))
      running--
      return job.text === '0' ? { error: 'Error: null Millisekunden' } : { output: job.text }
    },
    close: async () => undefined,
  }
  return runner
}

const delays = (values: number[]) => planned(values.map((value) => ({ text: String(value) })))
const metas = (done: Done<number>[]) => done.map((item) => item.meta)

describe('schedule', () => {
  it('hands outcomes on in input order, errors in their place, at most `window` started', async () => {
    const runner = delayRunner()
    const done = await collect(schedule(delays([40, 5, 0, 20, 1]), runner, { window: 3, ordered: true }))
    expect(metas(done)).toEqual([0, 1, 2, 3, 4])
    expect(done[2]).toEqual({ meta: 2, error: 'Error: null Millisekunden' })
    expect(done[0]).toEqual({ meta: 0, output: '40' })
    expect(runner.most).toBe(3)
  })

  it('hands outcomes on as they finish when not ordered', async () => {
    const done = await collect(schedule(delays([60, 1, 30]), delayRunner(), { window: 3, ordered: false }))
    expect(metas(done)).toEqual([1, 2, 0])
  })

  it('stops reading once aborted, while a read waits for input that never comes, and finishes what it started', async () => {
    const controller = new AbortController()
    async function* stalled(): AsyncGenerator<Planned<number>> {
      yield { meta: 0, job: { text: '5' } }
      await new Promise(() => undefined)
    }
    const done: Done<number>[] = []
    for await (const item of schedule(stalled(), delayRunner(), { window: 2, ordered: true, signal: controller.signal })) {
      done.push(item)
      controller.abort()
    }
    expect(done).toEqual([{ meta: 0, output: '5' }])
  })
})

describe('runBatch', () => {
  // A text that is not a string makes the engine's tag() throw: a real throw inside the tagging of one article.
  const jobs: Job[] = [{ text: TEXTS[0]! }, { text: 42 as unknown as string }, { text: TEXTS[1]!, title: 'Meister' }, { text: TEXTS[2]!, head: { id: 'x' } }]

  it('reports a throw while tagging as that job\'s error, in this thread and in workers alike', async () => {
    const options = { ordered: true, engine: {}, json: {} }
    const inThread = await collect(runBatch(planned(jobs), { ...options, workers: 1 }))
    expect(inThread[1]).toEqual({ meta: 1, error: 'TypeError: tag: text must be a string, got number' })
    expect(inThread[0]).toEqual({ meta: 0, output: JSON.stringify(tag(TEXTS[0]!).toJSON()) })
    expect(JSON.parse((inThread[3] as { output: string }).output).id).toBe('x')
    const pooled = await collect(runBatch(planned(jobs), { ...options, workers: 2 }))
    expect(pooled).toEqual(inThread)
  }, 60_000)
})

describe('tagMany', () => {
  const inputs = [TEXTS[0]!, { id: 'sturm', text: TEXTS[2]!, title: 'Sturm' }, { id: 7, text: null }, 12, { id: { x: 1 }, text: 'Kurz.' }, { text: TEXTS[1]! }]

  const summary = (results: BatchResult[]) => results.map((r) => (r.ok ? { index: r.index, id: r.id, places: r.doc.entities.filter((e) => e.type === 'place').map((e) => e.id) } : r))

  it('yields one result per input, in order, a bad input as its error', async () => {
    const results = await collect(tagMany(inputs as never, { workers: 0 }))
    expect(summary(results)).toEqual([
      { index: 0, id: undefined, places: expect.arrayContaining(['place:berlin']) },
      { index: 1, id: 'sturm', places: expect.arrayContaining(['place:helgoland']) },
      { index: 2, id: 7, ok: false, error: 'text must be a string, got null' },
      { index: 3, ok: false, error: 'input must be a string or an object with a text, got number' },
      { index: 4, ok: false, error: 'id must be a string or a number, got object' },
      { index: 5, id: undefined, places: expect.arrayContaining(['place:muenchen']) },
    ])
    const sturm = results[1]
    expect(sturm?.ok && sturm.doc.sections[0]).toMatchObject({ type: 'title', text: 'Sturm' })
  })

  it('reads async iterables, and gives workers the engine options (own entities)', async () => {
    async function* texts() {
      yield { id: 'a', text: 'Die Stiftung Wattenmeerhilfe sammelt Spenden in Husum.' }
      yield 'Die Wattenmeerhilfe lobt die Freiwilligen.'
    }
    const engine = { entities: [{ id: 'org:wattenmeerhilfe', type: 'organization' as const, name: 'Stiftung Wattenmeerhilfe', aliases: ['Wattenmeerhilfe'] }] }
    const ids = (results: BatchResult[]) => results.map((r) => (r.ok ? r.doc.entities.map((e) => e.id) : r.error))
    const inThread = await collect(tagMany(texts(), { workers: 1, engine }))
    expect(ids(inThread)[1]).toContain('org:wattenmeerhilfe')
    expect(ids(await collect(tagMany(texts(), { workers: 2, engine })))).toEqual(ids(inThread))
  }, 60_000)

  it('throws at the call for what is not a batch, and for bad options', () => {
    expect(() => tagMany('ein Text' as never)).toThrow('tagMany: inputs must be an iterable')
    expect(() => tagMany([], { workers: -1 })).toThrow('tagMany: options.workers must be a non-negative integer, got number')
    expect(() => tagMany([], { ordered: 'ja' as never })).toThrow('tagMany: options.ordered must be a boolean, got string')
    expect(() => tagMany([], { engine: { entities: [{ id: '', type: 'place', name: 'X' }] } })).toThrow('tagMany: entities[0].id must be a non-empty string')
    expect(() => tagMany([], { workers: 2, engine: { entities: [{ id: 'x', type: 'place', name: 'X', aliases: [() => 'Y'] as never }] } })).toThrow()
    expect(() => tagMany([], { signal: 'stop' as never })).toThrow('tagMany: options.signal must be an AbortSignal, got string')
    expect(() => tagMany([], { workers: 2, resourceLimits: { maxOldGenerationSizeMb: -5 } })).toThrow('tagMany: options.resourceLimits.maxOldGenerationSizeMb must be a positive number, got number')
    expect(() => tagMany([], { workers: 2, resourceLimits: { heap: 5 } as never })).toThrow('tagMany: options.resourceLimits.heap is not a worker limit')
    expect(() => tagMany([], { workers: 0, resourceLimits: { maxOldGenerationSizeMb: 512 } })).toThrow('tagMany: options.resourceLimits needs a worker thread to limit (options.workers >= 1), got number')
  })

  it('stops reading once its signal is aborted and yields what it started', async () => {
    const controller = new AbortController()
    let read = 0
    function* texts() {
      for (;;) {
        read++
        yield TEXTS[read % TEXTS.length]!
      }
    }
    const results: BatchResult[] = []
    for await (const result of tagMany(texts(), { workers: 0, signal: controller.signal })) {
      results.push(result)
      if (results.length === 3) controller.abort()
    }
    expect(results.map((r) => r.index)).toEqual([0, 1, 2])
    // The read of the next input overlaps the tagging: at most that one was read, and it is dropped.
    expect(read).toBeLessThanOrEqual(4)
  })

  it('gives the article a worker died on (out of its memory limit) that error, and tags the rest on a new worker', async () => {
    // About 9 MB of text: more than a 128 MB heap holds while tagging it; a news article fits easily.
    const huge = 'Die Kanzlerin besuchte am Montag die Stadt Dresden und sprach dort mit vielen Bürgern. '.repeat(100_000)
    const inputs = [TEXTS[0]!, { id: 'riesig', text: huge }, TEXTS[1]!, TEXTS[2]!]
    const results = await collect(tagMany(inputs, { workers: 1, resourceLimits: { maxOldGenerationSizeMb: 128 } }))
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true])
    expect(results[1]).toMatchObject({ index: 1, id: 'riesig', error: expect.stringMatching(/^worker failed: .*memory/) })
    const alone = await collect(tagMany([TEXTS[1]!], { workers: 0 }))
    expect(results[2]!.ok && results[2]!.doc).toEqual(alone[0]!.ok && alone[0]!.doc)
  }, 120_000)
})

describe('startWorker', () => {
  it('starts a worker when the parent runs with V8 options a worker refuses (node --max-old-space-size=… --expose-gc)', async () => {
    const worker = startWorker("require('node:worker_threads').parentPort.postMessage(process.execArgv)", { eval: true, execArgv: ['--expose-gc', '--no-warnings', '--max-old-space-size=512'] })
    const argv = await new Promise((resolve) => worker.once('message', resolve))
    expect(argv).toEqual(['--no-warnings'])
    await worker.terminate()
  })
})
