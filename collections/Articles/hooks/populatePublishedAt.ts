import type { CollectionBeforeChangeHook } from 'payload'

/** Publishing without a date means "now"; a date chosen ahead schedules the article. */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt)
    return { ...data, publishedAt: new Date().toISOString() }
  return data
}
