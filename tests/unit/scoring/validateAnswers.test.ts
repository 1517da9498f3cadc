import { describe, expect, it } from '@jest/globals'

import { compileKey, validateAnswers } from '../../../plugins/assessment-scoring/core/index.js'
import { mixedKey } from './fixtures.js'

const key = compileKey(mixedKey)
const complete = { c1: 4, c2: 2, c3: 1, t1: 'words', t2: 'time', t3: ['words'], safe: false, note: 'hi' }

describe('validateAnswers', () => {
  it('accepts a complete, well-typed response and returns it normalized', () => {
    expect(validateAnswers(key, complete, { submit: true })).toEqual({ ok: true, answers: complete })
  })

  it('accepts a raw (uncompiled) key too', () => {
    expect(validateAnswers(mixedKey, complete, { submit: true }).ok).toBe(true)
  })

  it('drops null and undefined as "not answered" and puts a multiple selection in option order', () => {
    const result = validateAnswers(
      key,
      { c1: 3, c2: null, c3: undefined, t3: ['touch', 'words'] },
      { submit: false },
    )
    expect(result).toEqual({ ok: true, answers: { c1: 3, t3: ['words', 'touch'] } })
    if (result.ok) expect(Object.keys(result.answers)).toEqual(['c1', 't3'])
  })

  it('does not alias the caller’s arrays', () => {
    const t3 = ['words']
    const result = validateAnswers(key, { t3 }, { submit: false })
    if (!result.ok) throw new Error('expected ok')
    expect(result.answers.t3).not.toBe(t3)
  })

  it.each([
    ['an unknown question id', { nope: 1 }, 'nope', 'unknown-question'],
    ['a likert string', { c1: '4' }, 'c1', 'expected-integer'],
    ['a likert fraction', { c1: 2.5 }, 'c1', 'expected-integer'],
    ['a likert NaN', { c1: Number.NaN }, 'c1', 'expected-integer'],
    ['a likert above the scale', { c1: 6 }, 'c1', 'out-of-range'],
    ['a likert below the scale', { c1: 0 }, 'c1', 'out-of-range'],
    ['a single value not among the options', { c3: 3 }, 'c3', 'not-an-option'],
    ['a single value of the wrong type', { c3: '1' }, 'c3', 'not-an-option'],
    ['a single answer given as an array', { t1: ['words'] }, 't1', 'not-an-option'],
    ['a multiple answer that is not an array', { t3: 'words' }, 't3', 'expected-array'],
    ['a multiple answer with an unknown value', { t3: ['words', 'gifts'] }, 't3', 'not-an-option'],
    ['a multiple answer picking a value twice', { t3: ['words', 'words'] }, 't3', 'duplicate-option'],
    ['a boolean given as a string', { safe: 'yes' }, 'safe', 'expected-boolean'],
    ['a boolean given as 0/1', { safe: 1 }, 'safe', 'expected-boolean'],
    ['text that is not a string', { note: 5 }, 'note', 'expected-string'],
    ['text over 5000 characters', { note: 'a'.repeat(5001) }, 'note', 'too-long'],
  ])('rejects %s', (_label, answers, questionId, reason) => {
    expect(validateAnswers(key, answers, { submit: false })).toEqual({
      ok: false,
      errors: [{ questionId, reason }],
    })
  })

  it('counts text length in code points: 5000 emoji (10,000 UTF-16 units) pass', () => {
    expect(validateAnswers(key, { note: '💬'.repeat(5000) }, { submit: false }).ok).toBe(true)
    expect(validateAnswers(key, { note: 'a'.repeat(5000) }, { submit: false }).ok).toBe(true)
  })

  it('reports both problems of a multiple answer', () => {
    expect(validateAnswers(key, { t3: ['gifts', 'time', 'time'] }, { submit: false })).toEqual({
      ok: false,
      errors: [
        { questionId: 't3', reason: 'not-an-option' },
        { questionId: 't3', reason: 'duplicate-option' },
      ],
    })
  })

  it('lists every problem, not just the first', () => {
    const result = validateAnswers(
      key,
      { c1: 9, c2: 'x', nope: true, safe: 'no', note: 7 },
      { submit: false },
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'c1', reason: 'out-of-range' },
        { questionId: 'c2', reason: 'expected-integer' },
        { questionId: 'nope', reason: 'unknown-question' },
        { questionId: 'safe', reason: 'expected-boolean' },
        { questionId: 'note', reason: 'expected-string' },
      ],
    })
  })

  describe('required questions', () => {
    it('only block a submission, never a saved draft', () => {
      expect(validateAnswers(key, { c2: 3 }, { submit: false })).toEqual({ ok: true, answers: { c2: 3 } })
      expect(validateAnswers(key, { c2: 3 }, { submit: true })).toEqual({
        ok: false,
        errors: [
          { questionId: 'c1', reason: 'required' },
          { questionId: 'safe', reason: 'required' },
        ],
      })
    })

    it('treat null as missing', () => {
      const result = validateAnswers(key, { c1: null, safe: true }, { submit: true })
      expect(result).toEqual({ ok: false, errors: [{ questionId: 'c1', reason: 'required' }] })
    })

    it('are met by false and 0-valued answers', () => {
      expect(validateAnswers(key, { c1: 1, safe: false }, { submit: true }).ok).toBe(true)
    })

    it('do not add "required" on top of a malformed answer’s own error', () => {
      expect(validateAnswers(key, { c1: 'x', safe: true }, { submit: true })).toEqual({
        ok: false,
        errors: [{ questionId: 'c1', reason: 'expected-integer' }],
      })
    })

    it('are not met by blank text or an empty selection', () => {
      const requiredKey = compileKey({
        questions: [
          { id: 'why', type: 'text', required: true },
          { id: 'which', type: 'multiple', required: true, options: [{ label: 'A', value: 1 }] },
          { id: 'x', type: 'likert', dimension: 'd', scale: { min: 1, max: 3 } },
        ],
        dimensions: [{ key: 'd', label: 'D', method: 'sum' }],
      })
      expect(validateAnswers(requiredKey, { why: '  ', which: [] }, { submit: false }).ok).toBe(true)
      expect(validateAnswers(requiredKey, { why: '  ', which: [] }, { submit: true })).toEqual({
        ok: false,
        errors: [
          { questionId: 'why', reason: 'required' },
          { questionId: 'which', reason: 'required' },
        ],
      })
    })
  })

  it('does not resolve inherited names such as "constructor" as question ids', () => {
    expect(validateAnswers(key, { constructor: 1, toString: 2 }, { submit: false })).toEqual({
      ok: false,
      errors: [
        { questionId: 'constructor', reason: 'unknown-question' },
        { questionId: 'toString', reason: 'unknown-question' },
      ],
    })
  })

  it('treats an own "__proto__" key from JSON as an unknown question', () => {
    const answers = JSON.parse('{"__proto__": 1, "c1": 2}') as Record<string, unknown>
    expect(validateAnswers(key, answers, { submit: false })).toEqual({
      ok: false,
      errors: [{ questionId: '__proto__', reason: 'unknown-question' }],
    })
  })
})
