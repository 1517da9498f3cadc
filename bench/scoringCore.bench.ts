import { Bench } from 'tinybench'

import {
  compileKey,
  possibleRange,
  scoreResponse,
  validateAnswers,
  type Dimension,
  type Question,
  type ScoringKey,
} from '@kindred/plugin-assessment-scoring/core'

/**
 * Validate + score of one response to a 60-item, 6-dimension likert assessment.
 * Target: ≥ 200,000 scorings/s on one core.
 * Run: node --conditions=development --import tsx bench/scoringCore.bench.ts
 */

const methods = ['percent', 'mean', 'sum'] as const
const questions: Question[] = Array.from({ length: 60 }, (_, i) => ({
  id: `q${i}`,
  type: 'likert',
  dimension: `d${i % 6}`,
  weight: i % 7 === 0 ? 2 : 1,
  reverseKeyed: i % 4 === 0,
  required: true,
  scale: { min: 1, max: 5 },
}))
const unbanded: Dimension[] = Array.from({ length: 6 }, (_, d) => ({
  key: `d${d}`,
  label: `Dimension ${d}`,
  method: methods[d % 3],
  minAnsweredFraction: 0.8,
  missing: d % 2 === 0 ? 'prorate' : 'withhold',
}))
// Three equal bands over each dimension's possible range, as an editor would publish them.
const ranges = compileKey({ questions, dimensions: unbanded })
const dimensions: Dimension[] = unbanded.map((dimension) => {
  const range = possibleRange(ranges, dimension.key)
  if (range === null) return dimension
  const third = (range.max - range.min) / 3
  return {
    ...dimension,
    bands: [
      { min: range.min, max: range.min + third, label: 'low', conversationPrompts: ['What would help?'] },
      { min: range.min + third, max: range.min + 2 * third, label: 'middle' },
      { min: range.min + 2 * third, max: range.max, label: 'high' },
    ],
  }
})
const key: ScoringKey = {
  questions,
  dimensions,
  overall: { method: 'percent', bands: [{ min: 0, max: 100, label: 'all' }] },
}
const compiled = compileKey(key)

let seed = 42
const random = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
// Round-tripped through JSON, as a request body would arrive.
const responses: Record<string, unknown>[] = Array.from({ length: 64 }, () =>
  JSON.parse(JSON.stringify(Object.fromEntries(questions.map((q) => [q.id, 1 + Math.floor(random() * 5)])))),
)

let next = 0
let sink = 0
const scoreOne = (): void => {
  const answers = responses[next++ & 63]
  const checked = validateAnswers(compiled, answers, { submit: true })
  if (!checked.ok) throw new Error('benchmark response should be valid')
  const scores = scoreResponse(compiled, checked.answers)
  sink += scores.overall?.percent ?? 0
}

const bench = new Bench({ name: 'assessment-scoring core', time: 2000, warmupTime: 500 })
bench.add('validate + score (60 items, 6 dimensions)', scoreOne, { async: false }).add(
  'score only (60 items, 6 dimensions)',
  () => {
    sink += scoreResponse(compiled, responses[next++ & 63]).overall?.percent ?? 0
  },
  { async: false },
)
await bench.run()

const rows = bench.tasks.map((task) => {
  const result = task.result
  if (result.state !== 'completed') return { task: task.name, state: result.state }
  return {
    task: task.name,
    'ops/s': Math.round(1000 / result.latency.mean).toLocaleString('en-US'),
    'mean (µs)': (result.latency.mean * 1000).toFixed(2),
    'p99 (µs)': (result.latency.p99 * 1000).toFixed(2),
    samples: result.latency.samplesCount,
  }
})
console.log(bench.name)
console.table(rows)
console.log('target: ≥ 200,000 validate + score per second on one core')
if (sink === 0) console.log('(sink)')
