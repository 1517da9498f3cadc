import { cookies } from 'next/headers.js'

const name = 'kindred-held-comments'
const max = 20

/**
 * The author tokens of the comments this browser posted on one article, so their author sees them while held.
 * httpOnly (no script reads them), SameSite=Lax and scoped to the article's path: no other page sends them.
 */
export const heldCommentsCookie = {
  add: async (slug: string, token: string) => {
    const store = await cookies()
    const tokens = [token, ...(store.get(name)?.value.split(',') ?? [])].filter(Boolean).slice(0, max)
    store.set(name, tokens.join(','), {
      httpOnly: true,
      maxAge: 60 * 60 * 24 * 30,
      path: `/articles/${slug}`,
      sameSite: 'lax',
      secure: process.env.SERVER_URL?.startsWith('https:') ?? false,
    })
  },
  read: async (): Promise<string | undefined> => (await cookies()).get(name)?.value || undefined,
}
