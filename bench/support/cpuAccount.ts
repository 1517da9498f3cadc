import { machineCpuSeconds } from './machineCpuSeconds.js'
import { treeCpuSeconds } from './treeCpuSeconds.js'

/** Mean cores in use over the observed runs (CPU seconds / wall seconds); 1 = one core fully busy. */
export type CoresInUse = {
  /** Each named process tree. */
  groups: Record<string, number>
  /** This process: autocannon and the benchmark itself. */
  loadGenerator: number
  /** The whole machine, whoever it was (other users included). */
  machine: number
  /** How many cores the machine has to give (idle included). */
  machineCores: number
}

type Reading = {
  at: number
  groups: Record<string, number>
  machine: { busy: number; total: number }
  self: number
}

/**
 * CPU accounting for a benchmark's runs: `observe(name)` starts counting and returns the function that
 * stops it, adding the CPU time each named group of process trees (`groups`: name → root pids), this
 * process and the whole machine spent to `name`'s total; `cores(name)` is that total over the observed
 * wall time. Shows what bounds a throughput: a Node process near 1 core is bound by its one thread;
 * a machine near all its cores is bound by the machine.
 */
export const cpuAccount = <Name extends string>(groups: Record<string, () => number[]>) => {
  const read = (): Reading => {
    const usage = process.cpuUsage()
    return {
      at: performance.now(),
      groups: Object.fromEntries(
        Object.entries(groups).map(([group, pids]) => [
          group,
          pids().reduce((sum, pid) => sum + treeCpuSeconds(pid), 0),
        ]),
      ),
      machine: machineCpuSeconds(),
      self: (usage.user + usage.system) / 1e6,
    }
  }
  const spent = new Map<Name, Reading>()
  const observe = (name: Name) => {
    const begin = read()
    return () => {
      const end = read()
      const sum = spent.get(name) ?? { at: 0, groups: {}, machine: { busy: 0, total: 0 }, self: 0 }
      spent.set(name, {
        at: sum.at + (end.at - begin.at) / 1000,
        groups: Object.fromEntries(
          Object.keys(groups).map((group) => [
            group,
            (sum.groups[group] ?? 0) + end.groups[group] - begin.groups[group],
          ]),
        ),
        machine: {
          busy: sum.machine.busy + end.machine.busy - begin.machine.busy,
          total: sum.machine.total + end.machine.total - begin.machine.total,
        },
        self: sum.self + end.self - begin.self,
      })
    }
  }
  const cores = (name: Name): CoresInUse => {
    const sum = spent.get(name)
    if (!sum) throw new Error(`no run of ${name} was observed`)
    const wall = sum.at
    return {
      groups: Object.fromEntries(
        Object.entries(sum.groups).map(([group, seconds]) => [group, seconds / wall]),
      ),
      loadGenerator: sum.self / wall,
      machine: sum.machine.busy / wall,
      machineCores: sum.machine.total / wall,
    }
  }
  return { cores, observe }
}
