import { describe, expect, it } from 'vitest'
import { isCalendarWord, isWeekdayTime } from '../src/shared/calendar.js'

describe('calendar words', () => {
  it('reads a weekday joined to a time of day, in any case, as a time', () => {
    for (const word of ['Montagfrüh', 'freitagabend', 'Sonntagnachmittag', 'Sonnabendmorgen', 'DIENSTAGNACHT']) expect(isWeekdayTime(word), word).toBe(true)
  })

  it('reads no weekday alone, no name and no other word as such a time', () => {
    for (const word of ['Montag', 'Müller', 'Sonnenaufgang', 'Freitagsgebet', 'Mittwochsspiel', '', 'M']) expect(isWeekdayTime(word), word).toBe(false)
  })

  it('knows month and weekday names, German and English, full and short, in lower case', () => {
    for (const word of ['jänner', 'mrz', 'sonnabend', 'do', 'thurs', 'september']) expect(isCalendarWord(word), word).toBe(true)
    expect(isCalendarWord('Montag')).toBe(false)
    expect(isCalendarWord('woche')).toBe(false)
  })
})
