import React from 'react'

import type { components } from '../../client/schema.js'

type Media = components['schemas']['media']

/** The sizes Payload makes that keep the original's proportions (the thumbnail is cropped to 4:3). */
const proportionalSizes = ['card', 'hero'] as const

/**
 * An image from the media collection, as the API gives it: its `url` is absolute when SERVER_URL is set and
 * relative to the API's host otherwise, so it is used as is. Alt text is the media's own (required there);
 * width and height reserve the space before it loads; the proportional sizes let the browser pick a smaller file.
 * Nothing when the relation is not populated (an id) or the file is gone.
 */
export const MediaImage = ({
  className,
  media,
  priority = false,
  sizes = '(max-width: 44rem) 100vw, 44rem',
}: {
  className?: string
  media: Media | null | string | undefined
  priority?: boolean
  sizes?: string
}) => {
  if (!media || typeof media !== 'object' || !media.url) return null
  const candidates = proportionalSizes
    .map((name) => media.sizes?.[name])
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .map((size) => `${size.url} ${size.width}w`)
  if (media.width) candidates.push(`${media.url} ${media.width}w`)
  return (
    <img
      alt={media.alt ?? ''}
      className={className}
      decoding="async"
      height={media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      sizes={candidates.length > 1 ? sizes : undefined}
      src={media.url}
      srcSet={candidates.length > 1 ? candidates.join(', ') : undefined}
      width={media.width ?? undefined}
    />
  )
}
