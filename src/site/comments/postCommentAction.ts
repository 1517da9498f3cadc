'use server'

import { redirect } from 'next/navigation.js'

import type { CommentFormState } from './commentFormState.js'

import { siteApi } from '../siteApi.js'
import { formStateFromError } from './formStateFromError.js'
import { heldCommentsCookie } from './heldCommentsCookie.js'

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * Posts a comment or a reply as the reader (their session, or as a guest with a name and an email), then back
 * to the thread (Post/Redirect/Get), where a held comment shows to its author by the token kept in a cookie.
 * A refusal re-renders the form with the API's reasons and everything typed.
 */
export const postCommentAction = async (
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> => {
  const slug = text(form, 'slug')
  const parent = text(form, 'parent') || undefined
  const values = { body: text(form, 'body'), email: text(form, 'email'), name: text(form, 'name') }
  const guest = form.has('name') || form.has('email')
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/articles/{idOrSlug}/comments', {
    body: {
      author: guest ? { email: values.email.trim(), name: values.name } : undefined,
      body: values.body,
      parent,
      website: text(form, 'website') || undefined,
    },
    params: { path: { idOrSlug: slug } },
  })
  if (!data) return formStateFromError(response, error, values)
  await heldCommentsCookie.add(slug, data.authorToken)
  redirect(`/articles/${encodeURIComponent(slug)}#comment-${data.id}`)
}
