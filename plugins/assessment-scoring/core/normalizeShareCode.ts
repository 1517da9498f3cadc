import { crockfordAlphabet, groupShareCode, shareCodeLength } from './shareCodeFromBytes.js'

// Crockford's decoding: letters a reader may type for the digits they look like.
const lookalikes: Record<string, string> = { I: '1', L: '1', O: '0' }

/**
 * A share code as typed (any case, dashes and spaces anywhere, O for 0, I or L for 1) in its stored form
 * (`K7QM-4XPD-9TRA`), or null when it cannot be one.
 */
export const normalizeShareCode = (typed: string): null | string => {
  const plain = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[ILO]/g, (letter) => lookalikes[letter] ?? letter)
  if (plain.length !== shareCodeLength || [...plain].some((char) => !crockfordAlphabet.includes(char)))
    return null
  return groupShareCode(plain)
}
