import { execFileSync } from 'node:child_process'

const versions = (spec: string): string[] => {
  const json = JSON.parse(execFileSync('npm', ['view', spec, 'version', '--json'], { encoding: 'utf8' }))
  return Array.isArray(json) ? json : [json]
}

const byVersion = (a: string, b: string) => {
  const [x, y] = [a, b].map((version) => version.split(/[.-]/).map(Number))
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/**
 * The newest version in `range` that every one of `names` has on the registry: a product whose
 * packages are published in lockstep cannot be installed at a version one of them lacks (the
 * registry reachable here may hold a package's newest release without its siblings').
 */
export const newestPublished = (names: string[], range: string): string => {
  const [first, ...others] = names.map((name) => new Set(versions(`${name}@${range}`)))
  const common = [...first].filter(
    (version) => others.every((set) => set.has(version)) && !version.includes('-'),
  )
  if (!common.length) throw new Error(`no version ${range} of ${names.join(', ')} is on the registry`)
  return common.sort(byVersion).at(-1)!
}
