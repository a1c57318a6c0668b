// Synthetic tagged documents for index benchmarks: realistic tag skew without any real text.
//
// Model. Three vocabularies of made-up ids: 200,000 entities, 50,000 topics, 300,000 term stems. Tags are drawn from
// a Zipf law over each vocabulary (rank r with probability ∝ 1/r; for terms 1/(r + 11), a flatter head, since
// stopwords are gone), so that, as in news, a few tags are everywhere
// (entity rank 1 plays "Deutschland": in about half of all documents; the commonest terms in a quarter to a third) and a long tail is
// seen once or twice. Documents belong to stories (events): story sizes follow a Zipf law too (a few big stories, many
// of one or two articles). A story has a core of 4 entities, 2 topics and 15 terms (drawn from the same Zipf laws, so
// cores mix common and rare tags); a document takes each core tag with probability 0.7 (entities), 0.6 (topics,
// terms) at high weight, and fills up with background draws at low weight: about 6 more entities, 0–3 topics, and
// terms up to 40. That is about 10 entities, 3 topics and 40 terms, ~53 tags per document.
// Every document is a pure function of (seed, index), so any one can be regenerated without storing the corpus.
import type { DocJSON, EntityType } from '../../src/index.js'
import { seededRandom } from './random.js'

const ENTITY_TYPES: EntityType[] = ['place', 'person', 'organization', 'other']
const TERMS_PER_DOC = 40

/** Inverse-CDF sampler for a Zipf(-Mandelbrot) law over ranks 0..size-1: P(r) ∝ 1/(r + 1 + offset)^exponent. */
class Zipf {
  readonly #cdf: Float64Array

  constructor(size: number, exponent: number, offset = 0) {
    this.#cdf = new Float64Array(size)
    let sum = 0
    for (let r = 0; r < size; r++) this.#cdf[r] = sum += 1 / (r + 1 + offset) ** exponent
    for (let r = 0; r < size; r++) this.#cdf[r]! /= sum
  }

  draw(random: () => number): number {
    const u = random()
    let lo = 0
    let hi = this.#cdf.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#cdf[mid]! < u) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

interface Story {
  entities: number[]
  topics: number[]
  terms: number[]
}

export interface SyntheticDoc {
  id: string
  story: number
  doc: DocJSON
  /** Publication time (epoch ms): a story's reports fall within STORY_DAYS of its first day; stories span YEARS. */
  publishedAt: number
}

const DAY_MS = 86_400_000
const START_MS = Date.UTC(2022, 0, 1)
const YEARS = 3
const STORY_DAYS = 4

export class SyntheticCorpus {
  readonly #seed: number
  readonly #entities = new Zipf(200_000, 1.0)
  readonly #topics = new Zipf(50_000, 1.0)
  readonly #terms = new Zipf(300_000, 1.0, 10)
  readonly #stories: Zipf

  /** `docs` sets the number of stories (one per 15 documents). */
  constructor(docs: number, seed = 1) {
    this.#seed = seed
    this.#stories = new Zipf(Math.max(1, Math.round(docs / 15)), 0.6)
  }

  #random(kind: number, index: number): () => number {
    return seededRandom((Math.imul(this.#seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35)) >>> 0)
  }

  /** Stories already drawn (a pure function of the story number, kept for speed; cleared when full). */
  readonly #storyCache = new Map<number, Story>()

  #story(story: number): Story {
    let core = this.#storyCache.get(story)
    if (core === undefined) {
      if (this.#storyCache.size >= 100_000) this.#storyCache.clear()
      this.#storyCache.set(story, (core = this.#drawStory(story)))
    }
    return core
  }

  #drawStory(story: number): Story {
    const random = this.#random(1, story)
    const draw = (zipf: Zipf, n: number) => Array.from({ length: n }, () => zipf.draw(random))
    return { entities: draw(this.#entities, 4), topics: draw(this.#topics, 2), terms: draw(this.#terms, 15) }
  }

  doc(index: number): SyntheticDoc {
    const random = this.#random(0, index)
    const story = this.#stories.draw(random)
    const core = this.#story(story)
    const entities = new Map<number, number>()
    const topics = new Map<number, number>()
    const terms = new Map<number, number>()
    const put = (map: Map<number, number>, key: number, weight: number) => map.set(key, Math.max(map.get(key) ?? 0, weight))
    for (const e of core.entities) if (random() < 0.7) put(entities, e, 0.5 + 0.5 * random())
    for (let k = 0; k < 6; k++) put(entities, this.#entities.draw(random), 0.05 + 0.45 * random())
    for (const t of core.topics) if (random() < 0.6) put(topics, t, 0.5 + 0.5 * random())
    for (let k = Math.floor(random() * 4); k > 0; k--) put(topics, this.#topics.draw(random), 0.1 + 0.4 * random())
    for (const t of core.terms) if (random() < 0.6) put(terms, t, 0.3 + 0.7 * random())
    for (let guard = 0; terms.size < TERMS_PER_DOC && guard < 400; guard++) put(terms, this.#terms.draw(random), 0.05 + 0.25 * random())
    const doc: DocJSON = {
      sections: [],
      entities: [...entities].map(([e, salience]) => ({ id: `${ENTITY_TYPES[e % 4]}:e${e}`, name: `E${e}`, type: ENTITY_TYPES[e % 4]!, salience: round(salience), mentions: [] })),
      topics: [...topics].map(([t, weight]) => ({ id: `topic:k${t}`, label: `k${t}`, kind: 'keyphrase' as const, weight: round(weight) })),
      terms: [...terms].map(([t, weight]): [string, number] => [`w${t}`, round(weight)]),
    }
    const storyDay = Math.floor(this.#random(2, story)() * YEARS * 365)
    const publishedAt = START_MS + (storyDay + random() * STORY_DAYS) * DAY_MS
    return { id: `d${index}`, story, doc, publishedAt: Math.round(publishedAt) }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
