// Runs planned items through a runner with up to `window` of them started and not yet handed on, and hands on their
// outcomes in input order (or as they finish). Reading the input and waiting for results overlap, so a slow input (a
// pipe that delivers one line now and then) still gets each result as soon as it is there.
import type { Done, Job, Outcome, Planned } from './jobs.js'

export interface Runner {
  /** The job's outcome; never rejects. */
  run(job: Job): Promise<Outcome>
  close(): Promise<void>
}

export interface ScheduleOptions {
  /** Most items started and not yet handed on. */
  window: number
  /** Hand outcomes on in input order (else as they finish). */
  ordered: boolean
  /** Once aborted, no further item is read; the started ones still finish and are handed on. */
  signal?: AbortSignal | undefined
}

type Event<M> = { kind: 'read'; next: IteratorResult<Planned<M>> } | { kind: 'done'; slot: number } | { kind: 'abort' }

function whenAborted(signal: AbortSignal | undefined): Promise<{ kind: 'abort' }> | undefined {
  if (signal === undefined) return undefined
  return new Promise((resolve) => {
    if (signal.aborted) resolve({ kind: 'abort' })
    else signal.addEventListener('abort', () => resolve({ kind: 'abort' }), { once: true })
  })
}

function start<M>(planned: Planned<M>, runner: Runner): Promise<Done<M>> {
  const { meta } = planned
  if ('error' in planned) return Promise.resolve({ meta, error: planned.error })
  return runner.run(planned.job).then((outcome) => ({ meta, ...outcome }))
}

export async function* schedule<M>(items: AsyncIterable<Planned<M>>, runner: Runner, options: ScheduleOptions): AsyncGenerator<Done<M>> {
  const iterator = items[Symbol.asyncIterator]()
  const started: Promise<Done<M>>[] = []
  const aborted = whenAborted(options.signal)
  let reading: Promise<Event<M>> | undefined
  let exhausted = false
  let abandoned: Promise<unknown> | undefined
  try {
    for (;;) {
      if (!exhausted && reading === undefined && started.length < options.window) {
        reading = iterator.next().then((next) => ({ kind: 'read', next }))
      }
      if (reading === undefined && started.length === 0) return
      const waiting: Promise<Event<M>>[] = reading === undefined ? [] : [reading]
      if (aborted !== undefined && !exhausted) waiting.push(aborted)
      if (options.ordered) {
        if (started.length > 0) waiting.push(started[0]!.then(() => ({ kind: 'done', slot: 0 })))
      } else {
        started.forEach((promise, slot) => waiting.push(promise.then(() => ({ kind: 'done', slot }))))
      }
      const event = await Promise.race(waiting)
      if (event.kind === 'abort') {
        // Stop reading, also when a read is waiting for input that may never come; the started items still finish.
        exhausted = true
        abandoned = reading
        reading = undefined
      } else if (event.kind === 'read') {
        reading = undefined
        if (event.next.done === true) exhausted = true
        else started.push(start(event.next.value, runner))
      } else {
        yield await started.splice(event.slot, 1)[0]!
      }
    }
  } finally {
    // A read still pending (an input waiting for its next line) would hold up return(): it is left to end with its
    // input, and whatever it ends with is nobody's business any more.
    const pending = reading ?? abandoned
    if (pending === undefined) await iterator.return?.()
    else pending.catch(() => undefined)
  }
}
