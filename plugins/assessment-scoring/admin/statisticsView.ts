import type { CustomDocumentViewConfig } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

/**
 * The "Statistics" tab of an assessment (`/admin/collections/assessments/:id/statistics`). Only
 * those who may read statistics see the tab; the view refuses anyone else who types its address.
 */
export const statisticsView = (options: SanitizedAssessmentScoringConfig): CustomDocumentViewConfig => ({
  Component: {
    path: '/plugins/assessment-scoring/components/statistics/StatisticsView#StatisticsView',
    serverProps: { options },
  },
  path: '/statistics',
  tab: {
    condition: ({ req }) => options.isCounselor(req.user),
    href: '/statistics',
    label: 'Statistics',
    order: 250,
  },
})
