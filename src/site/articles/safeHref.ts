/** Schemes a link in an article may use; anything else (javascript:, data:) is dropped rather than rendered. */
const allowed = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\?)/i

/** The editor's URL when it is safe to put in an href, else undefined (the link text is kept, unlinked). */
export const safeHref = (url: string | null | undefined): string | undefined => {
  const trimmed = url?.trim()
  return trimmed && allowed.test(trimmed) ? trimmed : undefined
}
