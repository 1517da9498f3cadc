/**
 * The kinds of question the assessments know, each labelled for an author: the question bank offers
 * these, and the scoring key accepts no other.
 */
export const questionTypes = [
  { label: 'Agreement scale (Likert)', value: 'likert' },
  { label: 'One choice', value: 'single' },
  { label: 'Several choices', value: 'multiple' },
  { label: 'Yes / no', value: 'boolean' },
  { label: 'Free text', value: 'text' },
] as const

export type QuestionType = (typeof questionTypes)[number]['value']
