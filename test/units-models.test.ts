import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'

describe('units and model numbers', () => {
  it('keeps a product with its model number, so that two models are two things', () => {
    const doc = tag('Apple zeigt das iPhone 16\n\nApple hat das iPhone 16 vorgestellt. Das iPhone 16 kostet 999 Euro und damit mehr als das iPhone 15.')
    const names = doc.entities().map((entity) => entity.name)
    expect(names).toContain('iPhone 16')
    expect(names).toContain('iPhone 15')
    expect(names).not.toContain('iPhone')
    const sixteen = doc.entities().find((entity) => entity.name === 'iPhone 16')!
    expect(sixteen.mentions.map((mention) => mention.text)).toEqual(['iPhone 16', 'iPhone 16', 'iPhone 16'])
  })

  it('takes no amount, share or time for a model number', () => {
    const doc = tag('Das iPhone 5 Millionen Mal verkauft. Das iPhone 3 Prozent teurer. Das iPhone 15:30 Uhr.')
    for (const entity of doc.entities()) expect(entity.name).not.toMatch(/\d/)
  })

  it('reads a currency after an amount as a unit, not as a mention', () => {
    const doc = tag('Das Gerät kostet 999 Euro, ein Euro mehr als sein Vorgänger. Der Umsatz stieg auf 90 Milliarden Euro.')
    const euro = doc.entities().find((entity) => entity.name === 'Euro')
    expect(euro?.mentions.length ?? 0).toBeLessThanOrEqual(1)
  })

  it('takes edition words into the product and reads them alone as no name', () => {
    const doc = tag('Apple verkauft das iPhone 16 Pro Max ab Freitag. Das Pro Max hat eine bessere Kamera. Max Verstappen gewann in Monza.')
    const names = doc.entities().map((entity) => entity.name)
    expect(names).toContain('iPhone 16 Pro Max')
    expect(names).not.toContain('Max')
    expect(names).toContain('Max Verstappen')
  })
})
