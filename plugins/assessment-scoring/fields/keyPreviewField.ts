import type { UIField } from 'payload'

/**
 * The editor's preview of the scoring key: the possible range of every dimension, its bands and who
 * owns a shared boundary, updated as the counselor edits, before they try to publish. In the sidebar,
 * so it stays beside the dimensions however long the form grows.
 */
export const keyPreviewField: UIField = {
  name: 'keyPreview',
  type: 'ui',
  admin: {
    components: { Field: '/plugins/assessment-scoring/components/KeyPreview#KeyPreview' },
    position: 'sidebar',
  },
}
