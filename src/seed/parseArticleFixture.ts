export type FixtureBlock = { text: string; type: 'heading' | 'paragraph' }
export type FixtureComment = { author: string; body: string }
export type ArticleFixture = { blocks: FixtureBlock[]; comments: FixtureComment[]; title: string }

/** A section title in the plain-text export: short, and not a sentence. */
const isHeading = (line: string): boolean => line.length <= 60 && !/[.?!:)"”]$/.test(line)

/**
 * Reads the plain-text export of a published article: its title, its body
 * (short unpunctuated lines are section headings) and the reader comments
 * listed under "N Comments" as "• Name says:" followed by the text.
 */
export const parseArticleFixture = (text: string): ArticleFixture => {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const title = paragraphs[0] ?? ''
  const bodyStart = paragraphs[1] === title ? 2 : 1
  const commentsAt = paragraphs.findIndex((part) => /^\d+ Comments?$/.test(part))
  const bodyEnd = commentsAt === -1 ? paragraphs.length : commentsAt
  const blocks = paragraphs
    .slice(bodyStart, bodyEnd)
    .map((part): FixtureBlock => ({ text: part, type: isHeading(part) ? 'heading' : 'paragraph' }))

  const comments: FixtureComment[] = []
  for (const part of commentsAt === -1 ? [] : paragraphs.slice(commentsAt + 1)) {
    const said = /^•?\s*(.+?) says:$/.exec(part)
    if (said) comments.push({ author: said[1], body: '' })
    else if (comments.length && part !== 'Leave a Reply') {
      const last = comments[comments.length - 1]
      last.body = last.body ? `${last.body}\n\n${part}` : part
    }
  }
  return { blocks, comments, title }
}
