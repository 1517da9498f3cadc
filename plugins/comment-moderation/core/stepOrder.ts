/**
 * The pipeline, cheapest and most decisive first. Steps 1–6 either end the pipeline or do nothing;
 * steps 7–11 may hold a comment (`pending`) and let later steps add their reasons, or end it
 * (`rejected`, `spam`). The order is part of the contract: a caller that stops after a step
 * (`decide`'s `through`) to fetch a costly fact, such as a provider's verdict, relies on it.
 */
export const stepOrder = [
  'articleClosed',
  'banned',
  'honeypot',
  'length',
  'rateLimit',
  'duplicate',
  'words',
  'links',
  'trust',
  'providers',
  'preModeration',
] as const

export type StepName = (typeof stepOrder)[number]
