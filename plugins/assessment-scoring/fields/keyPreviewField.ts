import type { UIField } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

/**
 * The editor's preview of the scoring key: the possible range of every dimension, its bands and who
 * owns a shared boundary, updated as the counselor edits, before they try to publish. In the sidebar,
 * so it stays beside the dimensions however long the form grows.
 */
export const keyPreviewField = (options: SanitizedAssessmentScoringConfig): UIField => ({
  name: 'keyPreview',
  type: 'ui',
  admin: {
    components: {
      // The component posts to this collection's key-preview endpoint, wherever the host mounted it.
      Field: {
        clientProps: { assessmentsSlug: options.assessmentsSlug },
        path: '/plugins/assessment-scoring/components/KeyPreview#KeyPreview',
      },
    },
    position: 'sidebar',
  },
})
