import { normalizeText } from './normalizeText.js'

const word = /[\p{L}\p{N}]+/gu

/**
 * The words of a text after `normalizeText`: runs of letters and digits. Anything else separates
 * words, so "ass" is not a word of "class" but is one of "ass-hat". Scripts written without spaces
 * (Chinese, Japanese, Thai) come out as one long word each, so whole-word terms rarely match there.
 * `isNormalized` skips normalizing again when the caller already holds `normalizeText(text)`.
 */
export const toWords = (text: string, isNormalized = false): string[] =>
  (isNormalized ? text : normalizeText(text)).match(word) ?? []
