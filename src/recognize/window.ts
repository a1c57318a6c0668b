// A token's score reads the words from WINDOW before to WINDOW after it; each relative position is one slot.
export const WINDOW = 2
export const SLOTS = 2 * WINDOW + 1
