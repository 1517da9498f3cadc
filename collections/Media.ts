import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { anyone } from '../src/access/anyone.js'
import { hasRole } from '../src/access/hasRole.js'
import { rejectMalformedInput } from '../src/hooks/rejectMalformedInput.js'

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: hasRole('editor'),
    delete: hasRole('editor'),
    read: anyone,
    update: hasRole('editor'),
  },
  admin: { group: 'Content', useAsTitle: 'alt' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: 'Describes the image for readers using a screen reader.' },
      maxLength: 300,
      required: true,
    },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
  hooks: { beforeValidate: [rejectMalformedInput] },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 300, width: 400 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    mimeTypes: ['image/*'],
    // Read at start so tests and deployments can point uploads elsewhere.
    // Relative to the working directory, like DATA_DIR: the same folder whether the server runs from
    // the sources (development) or from the production bundle.
    staticDir: path.resolve(process.env.MEDIA_DIR || 'media'),
  },
}
