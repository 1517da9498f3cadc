import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { parse } from 'yaml'

/**
 * Docker cannot run where the suite runs, so the deployment files are checked as text: each property
 * below is one the deployment relies on, and the way it broke before (an unauthenticated database on
 * every interface, a replica set only reachable as `localhost`, unpinned images, root in the image).
 */

type Service = {
  build?: unknown
  depends_on?: Record<string, { condition?: string; required?: boolean }>
  environment?: Record<string, string>
  healthcheck?: { start_period?: string; test?: string | string[] }
  image?: string
  ports?: (string | { host_ip?: string })[]
  profiles?: string[]
  restart?: string
}

const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service> }
const services = compose.services
const healthcheckText = (service: Service) => [service.healthcheck?.test ?? []].flat().join(' ')

type Instruction = { args: string; keyword: string }

/** The Dockerfile's instructions (continuation lines joined, comments dropped), grouped by stage. */
const stages = (() => {
  const text = fs.readFileSync('Dockerfile', 'utf8').replace(/\\\n/g, ' ')
  const instructions: Instruction[] = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/)
      return { args: rest.join(' '), keyword: keyword.toUpperCase() }
    })
  const grouped: Instruction[][] = []
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') grouped.push([])
    grouped.at(-1)?.push(instruction)
  }
  return grouped
})()
const runtime = stages.at(-1) ?? []
const argsOf = (stage: Instruction[], keyword: string) =>
  stage.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args)

describe('docker-compose.yml', () => {
  it('pins every image to an exact version, so a rebuild never picks up a new major or minor by surprise', () => {
    expect(services.mongo.image).toMatch(/^mongo:7\.0\.\d+$/)
    expect(services.postgres.image).toMatch(/^postgres:16\.\d+$/)
    expect(services.redis.image).toMatch(/^redis:7\.\d+\.\d+$/)
  })

  it('publishes no port on every interface: an unauthenticated database or cache is reachable from this machine only', () => {
    const published = Object.entries(services).flatMap(([name, service]) =>
      (service.ports ?? []).map((port) => [name, port] as const),
    )
    expect(published.length).toBeGreaterThan(0)
    for (const [name, port] of published) {
      const hostIP = typeof port === 'string' ? port.split(':')[0] : port.host_ip
      expect([name, hostIP]).toEqual([name, '127.0.0.1'])
    }
  })

  it('names the replica set member as other containers reach it (mongo:27017), not localhost', () => {
    const check = healthcheckText(services.mongo)
    expect(check).toContain("host: 'mongo:27017'")
    expect(check).not.toMatch(/localhost|127\.0\.0\.1/)
    expect(services.kindred.environment?.DATABASE_URI).toContain(
      'mongodb://mongo:27017/kindred?replicaSet=rs0',
    )
  })

  it('reports MongoDB healthy only once the node is a writable primary, after a start period', () => {
    expect(healthcheckText(services.mongo)).toMatch(/quit\(db\.hello\(\)\.isWritablePrimary \? 0 : 1\)/)
    expect(services.mongo.healthcheck?.start_period).toMatch(/^\d+s$/)
    expect(services.kindred.depends_on?.mongo).toEqual({ condition: 'service_healthy' })
  })

  it('restarts every service after a crash or a reboot', () => {
    for (const [name, service] of Object.entries(services))
      expect([name, service.restart]).toEqual([name, expect.stringMatching(/^(always|unless-stopped)$/)])
  })

  it('starts PostgreSQL and Redis only under their profiles, Kindred and MongoDB by default', () => {
    expect(services.postgres.profiles).toEqual(['postgres'])
    expect(services.redis.profiles).toEqual(['redis'])
    expect(services.kindred.profiles).toBeUndefined()
    expect(services.mongo.profiles).toBeUndefined()
    // Waiting for them only when their profile is on.
    expect(services.kindred.depends_on?.postgres).toEqual({ condition: 'service_healthy', required: false })
    expect(services.kindred.depends_on?.redis).toEqual({ condition: 'service_healthy', required: false })
  })

  it('builds Kindred from the Dockerfile in production, its secret from the environment and never a default one', () => {
    expect(services.kindred.build).toBe('.')
    expect(services.kindred.environment?.NODE_ENV).toBe('production')
    // Empty when unset, and production refuses to start without a secret (src/resolveSecret.ts).
    expect(services.kindred.environment?.PAYLOAD_SECRET).toBe('${PAYLOAD_SECRET:-}')
  })
})

describe('Dockerfile', () => {
  it('builds in stages on a pinned Node 20: npm ci and npm run build in the build stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    for (const stage of stages) expect(stage[0].args).toMatch(/^node:20\.\d+\.\d+(-[a-z]+)*( AS \w+)?$/)
    const build = stages.find((stage) => argsOf(stage, 'RUN').some((run) => run.includes('npm run build')))
    expect(build).toBeDefined()
    expect(argsOf(build!, 'RUN').some((run) => /^npm ci\b/.test(run))).toBe(true)
  })

  it('copies into the runtime stage only the production dependencies and the build output, never the sources', () => {
    const copies = argsOf(runtime, 'COPY')
    expect(copies).not.toContainEqual(expect.stringMatching(/^\.\s/))
    expect(copies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^--from=\w+ \/app\/dist /),
        expect.stringMatching(/^--from=\w+ \/app\/\.next /),
        expect.stringMatching(/^--from=\w+ \/app\/node_modules /),
      ]),
    )
    const depsStage = copies.find((copy) => copy.includes('/app/node_modules'))!.match(/--from=(\w+)/)![1]
    const deps = stages.find((stage) => stage[0].args.endsWith(` AS ${depsStage}`))!
    expect(argsOf(deps, 'RUN').join(' ')).toMatch(/npm ci --omit=dev/)
  })

  it('runs as an unprivileged user with NODE_ENV=production', () => {
    const user = argsOf(runtime, 'USER').at(-1)
    expect(user).toBeDefined()
    expect(user).not.toMatch(/^(root|0)(:|$)/)
    expect(argsOf(runtime, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/)
  })

  it('starts node as npm start does, with --conditions=production (Node 20 otherwise exits at random on lexical)', () => {
    const start = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } })
      .scripts.start
    const nodeArgs = start.slice(start.indexOf('node ')).split(/\s+/)
    expect(nodeArgs).toContain('--conditions=production')
    expect(JSON.parse(argsOf(runtime, 'CMD').at(-1)!)).toEqual(nodeArgs)
  })

  it('checks health on /readyz, which answers 503 while the database does not', () => {
    const check = argsOf(runtime, 'HEALTHCHECK').at(-1)
    expect(check).toMatch(/\/readyz/)
    expect(check).toMatch(/--start-period=\d+s/)
    expect(fs.readFileSync('src/http/healthRoutes.ts', 'utf8')).toContain("router.get('/readyz'")
  })
})

describe('.dockerignore', () => {
  it('keeps installed modules, builds, local databases, uploads, secrets and git out of the build context', () => {
    const ignored = fs
      .readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim())
    for (const entry of ['node_modules', '.next', 'dist', 'data', 'media', '.env', '.env.*', '.git'])
      expect(ignored).toContain(entry)
  })
})
