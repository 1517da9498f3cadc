export type TextRun = { bold?: boolean; text: string }
export type Block =
  | { level?: 2 | 3; text: string | TextRun[]; type: 'heading' }
  | { text: string | TextRun[]; type: 'paragraph' }

/** Lexical's text format is a bit field; 1 is bold. */
const boldFormat = 1

const textNodes = (text: string | TextRun[]) =>
  (typeof text === 'string' ? [{ text }] : text).map((run) => ({
    type: 'text',
    detail: 0,
    format: run.bold ? boldFormat : 0,
    mode: 'normal',
    style: '',
    text: run.text,
    version: 1,
  }))

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

/**
 * The serialized Lexical state Payload stores for rich text, built from plain
 * headings and paragraphs: used by the seed and by tests that write articles.
 */
export const lexicalFromBlocks = (blocks: Block[]) => ({
  root: {
    ...element,
    type: 'root',
    children: blocks.map((block) =>
      block.type === 'heading'
        ? { ...element, type: 'heading', children: textNodes(block.text), tag: `h${block.level ?? 2}` }
        : { ...element, type: 'paragraph', children: textNodes(block.text), textFormat: 0, textStyle: '' },
    ),
  },
})
