import type { SpamCheckInput, SpamProvider } from '../types.js'

export type AkismetOptions = {
  /** Akismet API base URL; a proxy or a test double may stand in. @default 'https://rest.akismet.com' */
  endpoint?: string
  /** The Akismet API key. */
  key: string
  /** The site the comments belong to (Akismet's `blog`). */
  site: string
}

/**
 * Akismet (https://akismet.com/developers/) as the pipeline's spam provider:
 * `comment-check` for each comment, `submit-spam` / `submit-ham` when a
 * moderator corrects it. Any answer but "true" or "false" is an error, which
 * the pipeline turns into "pending", never "approved".
 */
export const akismetProvider = ({
  endpoint = 'https://rest.akismet.com',
  key,
  site,
}: AkismetOptions): SpamProvider => {
  const call = async (method: string, comment: SpamCheckInput): Promise<string> => {
    const form = new URLSearchParams({
      api_key: key,
      blog: site,
      comment_author: comment.authorName,
      comment_content: comment.body,
      comment_type: 'comment',
      user_ip: comment.ip ?? '',
      ...(comment.authorEmail ? { comment_author_email: comment.authorEmail } : {}),
      ...(comment.userAgent ? { user_agent: comment.userAgent } : {}),
      ...(comment.permalink ? { permalink: comment.permalink } : {}),
    })
    const response = await fetch(`${endpoint.replace(/\/$/, '')}/1.1/${method}`, {
      body: form,
      method: 'POST',
    })
    if (!response.ok) throw new Error(`Akismet ${method} answered ${response.status}`)
    return (await response.text()).trim()
  }
  return {
    check: async (comment) => {
      const answer = await call('comment-check', comment)
      if (answer === 'true') return 'spam'
      if (answer === 'false') return 'ham'
      throw new Error(`Akismet comment-check answered "${answer.slice(0, 100)}"`)
    },
    report: async (comment, verdict) => {
      await call(verdict === 'spam' ? 'submit-spam' : 'submit-ham', comment)
    },
  }
}
