import type { UIField } from 'payload'

/**
 * The editor's preview of the scoring key: the possible range of every dimension and how its
 * bands cover it, updated as the counselor edits, before they try to publish.
 */
export const keyPreviewField: UIField = {
  name: 'keyPreview',
  type: 'ui',
  admin: {
    components: { Field: '/plugins/assessment-scoring/components/KeyPreview#KeyPreview' },
  },
}
