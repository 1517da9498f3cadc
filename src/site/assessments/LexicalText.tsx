import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

/** Rich text an assessment carries (its intro, a band's interpretation), rendered on the server; nothing when empty. */
export const LexicalText = ({ className, value }: { className?: string; value: unknown }) => {
  const state = value as SerializedEditorState | null | undefined
  if (!state?.root?.children?.length) return null
  return <RichText className={className} data={state} disableContainer={false} />
}
