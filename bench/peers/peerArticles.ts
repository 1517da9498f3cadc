/** One article of the data every product is seeded with: the same title, slug, excerpt and body text. */
export type PeerArticle = { excerpt: string; paragraphs: string[]; slug: string; title: string }

const sentences = [
  'Couples who keep talking keep growing, even when the talk is about small things.',
  'Ten minutes every evening, phones away, did more for us than a weekend away.',
  'Naming a feeling before explaining it lets the other person hear it.',
  'A disagreement about chores is rarely about chores; ask what it stands for.',
]

/** ~5 KB of body text in eleven paragraphs: what the comparison stores in every article. */
const paragraphs = (n: number) =>
  Array.from({ length: 11 }, (_, p) =>
    Array.from({ length: 6 }, (_, s) => sentences[(n + p + s) % sentences.length]).join(' '),
  )

/** The `count` articles every product stores, all published. */
export const peerArticles = (count = 100): PeerArticle[] =>
  Array.from({ length: count }, (_, i) => ({
    excerpt: `What article ${i + 1} is about, in one sentence for the list.`,
    paragraphs: paragraphs(i),
    slug: `peer-article-${i + 1}`,
    title: `Peer article ${i + 1}`,
  }))
