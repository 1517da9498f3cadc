import React from 'react'

import type { SiteArticle } from './readArticle.js'

/** The assessment an article invites readers to take; nothing when the article has none (or it is unpublished). */
export const CallToAction = ({ assessment }: { assessment: SiteArticle['callToActionAssessment'] }) => {
  const target = assessment as { slug?: string; title?: string } | null | undefined
  if (!target?.slug) return null
  return (
    <aside aria-label="Take the assessment" className="call-to-action">
      <p>Want to see where the two of you stand?</p>
      <a href={`/assessments/${target.slug}`}>Take the {target.title}</a>
    </aside>
  )
}
