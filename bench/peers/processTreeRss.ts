import fs from 'node:fs'

const statusField = (pid: string, field: string): number | undefined => {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((text) => text.startsWith(`${field}:`))
    return line ? Number(line.split(/\s+/)[1]) : undefined
  } catch {
    return undefined // gone meanwhile
  }
}

/**
 * Resident memory in MB of process `root` and its live descendants (a CLI that forks its server counts
 * whole), from /proc. Linux only.
 */
export const processTreeRss = (root: number): number => {
  const parents = new Map<string, number>()
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const ppid = statusField(pid, 'PPid')
    if (ppid !== undefined) parents.set(pid, ppid)
  }
  const inTree = (pid: string): boolean => {
    for (let at = Number(pid); at > 1; at = parents.get(String(at)) ?? 0) if (at === root) return true
    return false
  }
  const kilobytes = [...parents.keys()]
    .filter(inTree)
    .reduce((sum, pid) => sum + (statusField(pid, 'VmRSS') ?? 0), 0)
  return kilobytes / 1024
}
