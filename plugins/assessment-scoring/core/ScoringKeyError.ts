import type { KeyProblem } from './types.js'

export class ScoringKeyError extends Error {
  readonly problems: readonly KeyProblem[]

  constructor(problems: readonly KeyProblem[]) {
    super(`Invalid scoring key: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`)
    this.name = 'ScoringKeyError'
    this.problems = problems
  }
}
