import type { ScoringKey } from '../../../plugins/assessment-scoring/core/index.js'

const languages = [
  { label: 'Words of affirmation', value: 'words' },
  { label: 'Quality time', value: 'time' },
  { label: 'Physical touch', value: 'touch' },
]

/** One question of every type: a scored dimension, a forced-choice tally, a safety item and free text. */
export const mixedKey: ScoringKey = {
  questions: [
    { id: 'c1', type: 'likert', dimension: 'comm', scale: { min: 1, max: 5 }, required: true },
    { id: 'c2', type: 'likert', dimension: 'comm', scale: { min: 1, max: 5 }, weight: 2, reverseKeyed: true },
    {
      id: 'c3',
      type: 'single',
      dimension: 'comm',
      options: [
        { label: 'Never', value: 0 },
        { label: 'Sometimes', value: 1 },
        { label: 'Often', value: 2 },
      ],
    },
    { id: 't1', type: 'single', dimension: 'lang', options: languages },
    { id: 't2', type: 'single', dimension: 'lang', options: languages },
    { id: 't3', type: 'multiple', dimension: 'lang', options: languages },
    { id: 'safe', type: 'boolean', safety: true, required: true },
    { id: 'note', type: 'text' },
  ],
  dimensions: [
    {
      key: 'comm',
      label: 'Communication',
      method: 'percent',
      bands: [
        { min: 0, max: 49.99, label: 'Growing' },
        { min: 50, max: 100, label: 'Strong', conversationPrompts: ['What helps you listen?'] },
      ],
    },
    { key: 'lang', label: 'Love language', method: 'tally' },
  ],
  overall: { method: 'sum' },
}
