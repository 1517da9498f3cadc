import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.js'
import { hasRole } from '../src/access/hasRole.js'
import { slugField } from '../src/fields/slugField.js'
import { rejectMalformedInput } from '../src/hooks/rejectMalformedInput.js'

export const Categories: CollectionConfig = {
  slug: 'categories',
  access: {
    create: hasRole('editor'),
    delete: hasRole('editor'),
    read: anyone,
    update: hasRole('editor'),
  },
  admin: { group: 'Content', useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', maxLength: 80, required: true },
    { name: 'description', type: 'textarea', maxLength: 500 },
    slugField({ from: 'title' }),
  ],
  hooks: { beforeValidate: [rejectMalformedInput] },
}
