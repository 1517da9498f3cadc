import { toWords } from './toWords.js'
import type { CompiledWordList } from './types.js'

type MutableNode = { term?: string; next?: Map<string, MutableNode> }

/**
 * Prepares a list of terms (single words or phrases such as "buy now") once, so matching a comment
 * costs one map lookup per word and phrase word, however long the list: a trie keyed by normalized
 * words. Terms are split into words exactly as comments are, so "Café" and "e-mail" match "cafe" and
 * "e mail". A term with no letters or digits can never match a word and is dropped; when two terms
 * normalize alike, the first one given is the one reported.
 */
export const compileWordList = (terms: readonly string[]): CompiledWordList => {
  const root = new Map<string, MutableNode>()
  let size = 0
  for (const term of terms) {
    const words = toWords(term)
    if (words.length === 0) continue
    let level = root
    let node: MutableNode | undefined
    for (const [index, word] of words.entries()) {
      node = level.get(word)
      if (!node) {
        node = {}
        level.set(word, node)
      }
      if (index < words.length - 1) {
        node.next ??= new Map()
        level = node.next
      }
    }
    if (node && node.term === undefined) {
      node.term = term.trim()
      size += 1
    }
  }
  return { size, root }
}
