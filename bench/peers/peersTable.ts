import type { Measurement } from './measure.js'
import type { RouteName } from './product.js'
import { median } from './median.js'

type Row = {
  higherIsBetter: boolean
  label: string
  /** The peers' figure when it comes from another route than Kindred's (its list beside Kindred's depth=0 list). */
  peerValue?: (m: Measurement) => number | undefined
  unit: string
  value: (m: Measurement) => number | undefined
}

const rows: Row[] = [
  ...(
    [
      ['list', 'list of 10 articles (Kindred: `depth=1`)'],
      // The like-for-like shape: the peers' lists carry their relations unpopulated, as Kindred's does at depth=0.
      ['listDepth0', 'list of 10 articles (Kindred: `depth=0`; peers: their list)', 'list'],
      ['one', 'one article by id'],
      ['comment', 'guest comment create (Kindred: full pipeline; peers: plain create)'],
      ['thread', 'a thread page (`GET /api/articles/:slug/comments`)'],
    ] as [RouteName, string, RouteName?][]
  ).map(([route, label, peerRoute]) => ({
    higherIsBetter: true,
    label: `${label}, req/s`,
    peerValue: peerRoute && ((m: Measurement) => m.rps[peerRoute]),
    unit: '',
    value: (m: Measurement) => m.rps[route],
  })),
  {
    higherIsBetter: false,
    label: 'cold start to first 200 of the list',
    unit: ' ms',
    value: (m) => m.coldStartMs,
  },
  { higherIsBetter: false, label: 'RSS after load', unit: ' MB', value: (m) => m.rssMB },
]

const number = (value: number) => Math.round(value).toLocaleString('en-US')
const ratio = (value: number | undefined, other: number | undefined) =>
  value === undefined || other === undefined ? '—' : `${(value / other).toFixed(2)}×`

/**
 * The comparison as a markdown table: the median over the rounds of each figure per product, then for
 * each Kindred product its ratio to Strapi and to the best peer (highest req/s; lowest cold start and
 * RSS — a ratio below 1 is better there). `kindred` and `peers` name columns of `results`.
 */
export const peersTable = (
  results: Map<string, Measurement[]>,
  kindred: string[],
  peers: string[],
  strapi = 'Strapi',
): string => {
  const medianOf = (name: string, row: Row) => {
    const value = (!kindred.includes(name) && row.peerValue) || row.value
    const values = (results.get(name) ?? []).map(value).filter((figure) => figure !== undefined)
    return values.length ? median(values) : undefined
  }
  const header = [
    'endpoint',
    ...kindred,
    ...peers,
    // No ratio columns when no peer was measured (`--only=kindred`): they would all be empty.
    ...(peers.length ? kindred.flatMap((name) => [`${name} ÷ ${strapi}`, `${name} ÷ best peer`]) : []),
  ]
  const lines = rows.map((row) => {
    const figures = new Map([...kindred, ...peers].map((name) => [name, medianOf(name, row)]))
    const peerFigures = peers.map((name) => figures.get(name)).filter((value) => value !== undefined)
    const best = peerFigures.length ? (row.higherIsBetter ? Math.max : Math.min)(...peerFigures) : undefined
    const cells = [...kindred, ...peers].map((name) => {
      const value = figures.get(name)
      return value === undefined ? '—' : `${number(value)}${row.unit}`
    })
    const ratios = peers.length
      ? kindred.flatMap((name) => [
          ratio(figures.get(name), figures.get(strapi)),
          ratio(figures.get(name), best),
        ])
      : []
    return `| ${[row.label, ...cells, ...ratios].join(' | ')} |`
  })
  return [
    `| ${header.join(' | ')} |`,
    `| --- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...lines,
  ].join('\n')
}
