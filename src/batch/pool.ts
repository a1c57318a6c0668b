// Worker threads that tag jobs, each with its own engine. A worker gets at most PER_WORKER jobs at a time, so that a
// worker that dies (out of memory, say) takes down only the job it was running: that job fails, the ones queued
// behind it go to a new worker. A worker that dies before it could start fails every job: the batch cannot run.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads'
import type { Job, JobMessage, Outcome, ReplyMessage, WorkerInit } from './jobs.js'
import type { Runner } from './schedule.js'

/** Jobs sent to one worker at a time: one running, one waiting in its port, so that it never idles between jobs. */
const PER_WORKER = 2

interface Task {
  seq: number
  job: Job
  resolve: (outcome: Outcome) => void
}

interface Thread {
  worker: Worker
  /** Sent and not yet answered, in the order the worker runs them. */
  sent: Task[]
  started: boolean
  error?: Error
}

/** The parent's Node options but those of an inline script (`node -e`), which a worker refuses or would run again. */
function inheritedExecArgv(): string[] {
  const kept: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print') i++
    else if (!/^--(input-type|eval|print)=/.test(arg)) kept.push(arg)
  }
  return kept
}

/**
 * A worker made with `execArgv`; V8's options among them (--max-old-space-size, --single-threaded-gc, --expose-gc),
 * which a worker refuses and which already apply to the whole process, are left out when the worker names them.
 */
export function startWorker(file: URL | string, options: WorkerOptions & { execArgv: string[] }): Worker {
  try {
    return new Worker(file, options)
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error
    const refused = String((error as Error).message)
    const execArgv = options.execArgv.filter((arg) => !refused.includes(arg.split('=')[0]!))
    return new Worker(file, { ...options, execArgv })
  }
}

/**
 * A new worker: dist/batch-worker.js beside the built module; from the sources (tests and scripts under tsx), a small
 * bootstrap that registers tsx and the data-bundle hooks of scripts/ before it imports worker.ts.
 */
function newWorker(init: WorkerInit, resourceLimits: ResourceLimits | undefined): Worker {
  const built = new URL('./batch-worker.js', import.meta.url)
  const execArgv = inheritedExecArgv()
  const limits = resourceLimits === undefined ? {} : { resourceLimits }
  if (existsSync(built)) return startWorker(built, { workerData: init, execArgv, ...limits })
  // tsx's register() for ES modules is the .mjs beside the .cjs that require.resolve finds.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  const hooks = new URL('../../scripts/corpora-hooks.mjs', import.meta.url).href
  const source = new URL('./worker.ts', import.meta.url).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(hooks)}) }).then(() => import(${JSON.stringify(source)}))`
  return startWorker(bootstrap, { eval: true, workerData: init, execArgv, ...limits })
}

export class WorkerPool implements Runner {
  readonly #init: WorkerInit
  readonly #limits: ResourceLimits | undefined
  readonly #threads: Thread[] = []
  readonly #queue: Task[] = []
  #seq = 0
  #closed = false
  /** Why the pool cannot run jobs (a worker failed to start). */
  #broken: string | undefined

  /** `limits`: each worker's heap and stack limits (a worker that exceeds them dies; see #exit). */
  constructor(size: number, init: WorkerInit, limits?: ResourceLimits) {
    this.#init = init
    this.#limits = limits
    for (let i = 0; i < size; i++) this.#threads.push(this.#spawn())
  }

  run(job: Job): Promise<Outcome> {
    if (this.#broken !== undefined) return Promise.resolve({ error: this.#broken })
    return new Promise((resolve) => {
      this.#queue.push({ seq: this.#seq++, job, resolve })
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()))
  }

  #spawn(): Thread {
    const thread: Thread = { worker: newWorker(this.#init, this.#limits), sent: [], started: false }
    thread.worker.on('message', (reply: ReplyMessage | { ready: true }) => this.#reply(thread, reply))
    thread.worker.on('error', (error) => (thread.error = error))
    thread.worker.on('exit', (code) => this.#exit(thread, code))
    return thread
  }

  /** Sends queued jobs, each to the worker with the fewest, so that no worker idles while another has one waiting. */
  #dispatch(): void {
    while (this.#queue.length > 0) {
      let least: Thread | undefined
      for (const thread of this.#threads) if (thread.sent.length < (least?.sent.length ?? PER_WORKER)) least = thread
      if (least === undefined) return
      const task = this.#queue.shift()!
      least.sent.push(task)
      least.worker.postMessage({ seq: task.seq, job: task.job } satisfies JobMessage)
    }
  }

  #reply(thread: Thread, reply: ReplyMessage | { ready: true }): void {
    if ('ready' in reply) {
      thread.started = true
      return
    }
    const at = thread.sent.findIndex((task) => task.seq === reply.seq)
    const [task] = thread.sent.splice(at, 1)
    const { seq: _seq, ...outcome } = reply
    task!.resolve(outcome)
    this.#dispatch()
  }

  #exit(thread: Thread, code: number): void {
    if (this.#closed) return
    const why = thread.error ?? new Error(`worker exited with code ${code}`)
    const at = this.#threads.indexOf(thread)
    if (!thread.started) {
      const broken = `worker could not start: ${why.message}`
      this.#broken = broken
      for (const task of [...this.#threads.flatMap((other) => other.sent.splice(0)), ...this.#queue.splice(0)]) task.resolve({ error: broken })
      void this.close()
      return
    }
    const [running, ...waiting] = thread.sent
    running?.resolve({ error: `worker failed: ${why.message}` })
    this.#queue.unshift(...waiting)
    this.#threads[at] = this.#spawn()
    this.#dispatch()
  }
}
