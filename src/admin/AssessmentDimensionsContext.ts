'use client'
import { createContext } from 'react'

/** A dimension as a question's author picks it: the key it is stored by, the label people know. */
export type DimensionChoice = { key: string; label: string }

/**
 * The dimensions of the assessment being edited, as its form stands (unsaved ones included), for a
 * question opened from it in a drawer. Null outside an assessment's form.
 */
export const AssessmentDimensionsContext = createContext<DimensionChoice[] | null>(null)
