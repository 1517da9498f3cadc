import { describe, expect, it } from '@jest/globals'

import {
  compileKey,
  ScoringKeyError,
  validateKey,
  type ScoringKey,
} from '../../../plugins/assessment-scoring/core/index.js'
import { mixedKey } from './fixtures.js'

describe('validateKey', () => {
  it('finds nothing wrong with a sound key', () => {
    expect(validateKey(mixedKey)).toEqual([])
  })

  it('lists every problem that would make scoring undefined', () => {
    const broken = {
      questions: [
        { id: 'dup', type: 'likert', dimension: 'd', scale: { min: 1, max: 5 } },
        { id: 'dup', type: 'likert', dimension: 'd', scale: { min: 5, max: 5 } },
        { id: 'w', type: 'boolean', dimension: 'd', weight: 0 },
        { id: 'orphan', type: 'boolean', dimension: 'missing' },
        { id: 'words', type: 'single', dimension: 'd', options: [{ label: 'a', value: 'a' }] },
        { id: 'flat', type: 'single', dimension: 'd', options: [{ label: 'a', value: 1 }] },
        {
          id: 'same',
          type: 'single',
          options: [
            { label: 'a', value: 1 },
            { label: 'b', value: 1 },
          ],
        },
        { id: 'zero', type: 'multiple', dimension: 'd', options: [{ label: 'a', value: 0 }] },
        { id: 'tallyLikert', type: 'likert', dimension: 't', scale: { min: 1, max: 5 } },
        { id: 'kind', type: 'slider' },
        { id: '__proto__', type: 'boolean' },
      ],
      dimensions: [
        {
          key: 'd',
          label: 'D',
          method: 'sum',
          minAnsweredFraction: 1.5,
          missing: 'impute',
          bands: [{ min: 10, max: 0, label: 'backwards' }],
        },
        { key: 't', label: 'T', method: 'tally', bands: [{ min: 0, max: 1, label: 'x' }] },
        { key: 'empty', label: 'E', method: 'median' },
      ],
      overall: { method: 'tally' },
    } as unknown as ScoringKey
    expect(validateKey(broken)).toEqual([
      { path: 'd', reason: 'minAnsweredFraction must be within [0, 1]' },
      { path: 'd', reason: 'unknown missing policy "impute"' },
      { path: 'd', reason: 'band "backwards" needs finite bounds with min ≤ max' },
      { path: 't', reason: 'a tally dimension has no numeric score to band' },
      { path: 'empty', reason: 'unknown method "median"' },
      { path: 'overall', reason: 'unknown overall method "tally"' },
      { path: 'dup', reason: 'duplicate question id' },
      { path: 'dup', reason: 'a likert question needs an integer scale with min < max' },
      { path: 'w', reason: 'weight must be a positive finite number' },
      { path: 'orphan', reason: 'unknown dimension "missing"' },
      { path: 'words', reason: 'a scored choice question needs numeric option values' },
      { path: 'flat', reason: 'a scored choice question needs distinct option values' },
      { path: 'same', reason: 'duplicate option value 1' },
      { path: 'zero', reason: 'a scored choice question needs distinct option values' },
      { path: 'tallyLikert', reason: 'a tally dimension counts single or multiple choices only' },
      { path: 'kind', reason: 'unknown question type "slider"' },
      { path: '__proto__', reason: 'question id must be a non-empty string other than __proto__' },
      { path: 'empty', reason: 'dimension has no scored items' },
    ])
  })

  it('lets compileKey refuse a broken key with every problem attached', () => {
    const broken: ScoringKey = {
      questions: [{ id: 'x', type: 'likert', dimension: 'd' }],
      dimensions: [{ key: 'd', label: 'D', method: 'sum' }],
    }
    expect(() => compileKey(broken)).toThrow(ScoringKeyError)
    try {
      compileKey(broken)
    } catch (error) {
      expect((error as ScoringKeyError).problems).toEqual([
        { path: 'x', reason: 'a likert question needs an integer scale with min < max' },
      ])
    }
  })

  it('accepts text questions inside a dimension and never scores them', () => {
    const key = compileKey({
      questions: [
        { id: 'x', type: 'likert', dimension: 'd', scale: { min: 1, max: 3 } },
        { id: 'why', type: 'text', dimension: 'd' },
      ],
      dimensions: [{ key: 'd', label: 'D', method: 'sum' }],
    })
    expect(key.dimensions[0].items).toEqual([0])
  })
})
