// The peers we compare with, each reduced to "analyse this text and produce its entities". devDependencies only.
export interface Engine {
  name: string
  run: (text: string) => unknown
}

export async function loadPeers(names: readonly string[]): Promise<Engine[]> {
  const engines: Engine[] = []
  for (const name of names) {
    if (name === 'wink-nlp') {
      const { default: winkNLP } = await import('wink-nlp')
      const { default: model } = await import('wink-eng-lite-web-model')
      const nlp = winkNLP(model)
      engines.push({ name, run: (text) => nlp.readDoc(text).entities().out() })
    } else if (name === 'compromise') {
      const { default: nlp } = await import('compromise')
      engines.push({ name, run: (text) => nlp(text).people().out('array') })
    } else if (name === 'de-compromise') {
      const { default: nlp } = await import('de-compromise')
      // de-compromise has no .people(): its person tag is the nearest equivalent.
      engines.push({ name, run: (text) => nlp(text).match('#Person+').out('array') })
    } else {
      throw new Error(`unknown peer ${name}`)
    }
  }
  return engines
}

export const ALL_PEERS = ['wink-nlp', 'compromise', 'de-compromise'] as const
