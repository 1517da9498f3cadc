/**
 * Kindred measured side by side with Strapi 5 and Directus 11 (issue 12, "Method"): the same 100
 * published articles of ~5 KB in each, SQLite, production mode, API only, public read of articles and
 * public create of comments; autocannon, 10 connections × 10 s per route, four rounds with the
 * products in alternating order (one running at a time), medians.
 *
 *   npm run build:server && npm run bench:peers                 # the full run (15–20 min)
 *   npm run bench:peers -- --rounds=1 --seconds=5               # quick mode, to try it
 *   npm run bench:peers -- --only=kindred                       # Kindred's two configurations alone
 *
 * Options: --rounds, --seconds, --connections, --warmup (seconds per route after each start, uncounted),
 * --node-args (repeatable: Kindred's two configurations once more, started with these Node flags before the
 * bundle, e.g. --node-args=--max-semi-space-size=4; an empty value starts it with none, whatever `npm start` uses),
 * --only (the products measured, among kindred, strapi, directus; Kindred always, since every ratio is its),
 * --out (the markdown file; default <scratch>/peers-<date>.md). The peers are installed from npm into
 * the scratch folder PEERS_DIR (default /var/tmp/kindred-peers), never into this repository, and re-used
 * by the next run; their databases are made anew each run. A peer that cannot be installed or started
 * is reported with the reason, and the others are measured.
 *
 * Each round starts each product, times its first 200 of the list (cold start), warms every route up,
 * loads them one after the other, reads the resident memory of its process tree (RSS after load) and
 * stops it. Kindred runs twice: as configured (read cache on) and with `API_CACHE_SECONDS=0`.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { machineLine } from '../support/machineLine.js'
import { requireBuild } from '../support/requireBuild.js'
import { directus } from './directus.js'
import { kindred } from './kindred.js'
import { type Measurement, measure } from './measure.js'
import { peersTable } from './peersTable.js'
import type { Product } from './product.js'
import { strapi } from './strapi.js'

const { values } = parseArgs({
  options: {
    connections: { default: '10', type: 'string' },
    'node-args': { multiple: true, type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    rounds: { default: '4', type: 'string' },
    seconds: { default: '10', type: 'string' },
    warmup: { default: '2', type: 'string' },
  },
})
const positive = (name: 'connections' | 'rounds' | 'seconds' | 'warmup') => {
  const value = Number(values[name])
  if (!(value > 0) || !Number.isInteger(value))
    throw new Error(`--${name} must be a positive whole number, got ${values[name]}`)
  return value
}
const connections = positive('connections')
const rounds = positive('rounds')
const seconds = positive('seconds')
const warmupSeconds = positive('warmup')
const peerNames = ['strapi', 'directus']
const only = values.only?.split(',').map((name) => name.trim().toLowerCase())
const unknown = only?.filter((name) => name !== 'kindred' && !peerNames.includes(name))
if (unknown?.length)
  throw new Error(`--only names kindred, strapi or directus (comma-separated), got ${unknown.join(', ')}`)
const measured = (name: string) => !only || only.includes(name.toLowerCase())
const scratch = path.resolve(process.env.PEERS_DIR || '/var/tmp/kindred-peers')
const log = (line: string) => process.stderr.write(`[peers] ${line}\n`)

requireBuild()
fs.mkdirSync(scratch, { recursive: true })
const started = new Date()
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ')
const loadAtStart = loadAverage()
const kindredVersion = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
const notes: string[] = []
log('seeding Kindred')
const kindredSetup = await kindred(3500, values['node-args'])
const peers: Product[] = []
for (const [name, prepare] of [
  ['Strapi', () => strapi(path.join(scratch, 'strapi'), 3501, log)],
  ['Directus', () => directus(path.join(scratch, 'directus'), 3502, log)],
] as const) {
  if (!measured(name)) continue
  try {
    log(`installing and seeding ${name}`)
    peers.push(await prepare())
  } catch (error) {
    notes.push(`${name} was not measured: ${(error as Error).message}`)
    log(notes[notes.length - 1])
  }
}

const products = [...kindredSetup.products, ...peers]
const results = new Map<string, Measurement[]>(products.map((product) => [product.name, []]))
for (let round = 0; round < rounds; round += 1) {
  for (const product of round % 2 === 0 ? products : [...products].reverse()) {
    log(`round ${round + 1}/${rounds}: ${product.name}`)
    const measurement = await measure(product, { connections, seconds, warmupSeconds })
    results.get(product.name)!.push(measurement)
    for (const [route, errors] of Object.entries(measurement.errors))
      notes.push(`round ${round + 1}, ${product.name}, ${route}: ${errors}`)
  }
}
fs.rmSync(kindredSetup.cleanup, { force: true, recursive: true })

const report = [
  `# Kindred, Strapi and Directus side by side (${started.toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
  '',
  machineLine(', SQLite'),
  `versions: Kindred ${kindredVersion}, ${peers.map((peer) => `${peer.name} ${peer.version}`).join(', ') || 'no peer'}`,
  `autocannon: ${connections} connections, ${rounds} round(s) × ${seconds} s per route, products in alternating order, medians; ${warmupSeconds} s warm-up per route after each start`,
  `load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()} (other work shared the machine: compare the ratios, not the req/s)`,
  'Kindred (cache on): as configured, anonymous reads from the read cache; Kindred (cache off): `API_CACHE_SECONDS=0`. Cold start and RSS: lower is better, a ratio below 1× is Kindred ahead.',
  '',
  peersTable(
    results,
    kindredSetup.products.map((product) => product.name),
    peers.map((peer) => peer.name),
  ),
  '',
  ...notes.map((note) => `- ${note}`),
  '',
].join('\n')
const out =
  values.out ?? path.join(scratch, `peers-${started.toISOString().slice(0, 16).replace(':', '')}.md`)
fs.writeFileSync(out, report)
process.stdout.write(`${report}\nwritten to ${out}\n`)
