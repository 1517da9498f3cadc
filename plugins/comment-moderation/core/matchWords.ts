import type { CompiledWordList } from './types.js'

/**
 * The terms of `list` found among `words` (from `toWords`), each once, ordered by where they first
 * start (shorter before longer at the same start). Every start position walks the trie only as deep as the text keeps matching, so the cost grows with
 * the comment's length and the longest phrase, not with the number of terms.
 */
export const matchWords = (words: readonly string[], list: CompiledWordList): string[] => {
  if (list.size === 0) return []
  const found = new Set<string>()
  for (let start = 0; start < words.length; start++) {
    let node = list.root.get(words[start])
    let index = start
    while (node) {
      if (node.term !== undefined) found.add(node.term)
      index += 1
      if (!node.next || index >= words.length) break
      node = node.next.get(words[index])
    }
  }
  return [...found]
}
