import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { SanitizedAssessmentScoringConfig } from '../../types.js'

import { assessmentStats } from '../../operations/assessmentStats.js'
import { alphaReading } from './alphaReading.js'
import { bandDistributionChart } from './bandDistributionChart.js'
import { meanSdChart } from './meanSdChart.js'
import { responsesNeeded } from './responsesNeeded.js'

type Props = DocumentViewServerProps & { options: SanitizedAssessmentScoringConfig }

// Payload's admin styles leave headings in a custom view without room; `--base` is its spacing unit.
const section = { marginTop: 'calc(var(--base) * 1.5)' }

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places

/** A Payload error's status; the admin bundle has its own copy of Payload's classes, so no `instanceof`. */
const statusOf = (error: unknown) => (error as { status?: number }).status

/**
 * The "Statistics" tab of an assessment: the latest published version's snapshot, read in the
 * signed-in counselor's own name through the same operation as `GET /api/assessments/:id/stats`
 * (so the read is logged like any other), drawn as server-rendered SVG charts.
 */
export const StatisticsView = async ({ doc, initPageResult, options }: Props) => {
  const { req } = initPageResult
  const id = doc?.id === undefined ? undefined : String(doc.id)
  if (!options.isCounselor(req.user) || !id)
    return <Notice heading="Statistics">Only counselors and admins may read statistics.</Notice>
  let stats: Awaited<ReturnType<typeof assessmentStats>>
  try {
    stats = await assessmentStats(req, options, req.user!, id, undefined)
  } catch (error) {
    if (statusOf(error) !== 404) throw error
    return (
      <Notice heading="Statistics">
        This assessment has no published version yet: statistics start with its first publish.
      </Notice>
    )
  }
  const heading = `Statistics of version ${stats.version}`
  if (!stats.available || !stats.dimensions)
    return (
      <Notice heading={heading}>
        <span data-testid="responses-needed">{responsesNeeded(stats.n, stats.minimumN)}</span>
      </Notice>
    )
  const dimensions = stats.dimensions
  const flagged = dimensions.flatMap((dimension) =>
    dimension.items
      .filter((item) => item.suspectMiskeyed)
      .map((item) => ({ ...item, dimension: dimension.label })),
  )
  return (
    <Gutter className="kindred-statistics">
      <h2>{heading}</h2>
      <p data-testid="statistics-n">
        <strong>n = {stats.n}</strong> submitted responses, as of{' '}
        {new Date(stats.asOf as string).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC. The numbers are
        computed again once {stats.minimumN} more responses, from as many clients, have come in.
      </p>
      <section aria-labelledby="kindred-stats-means" style={section}>
        <h3 id="kindred-stats-means">Mean score and spread per dimension</h3>
        <p>
          Percent of each dimension&apos;s possible range; the line spans one standard deviation either side.
        </p>
        {meanSdChart({
          id: 'kindred-mean-sd',
          rows: dimensions,
          title: 'Mean percent score and SD per dimension',
        })}
      </section>
      <section aria-labelledby="kindred-stats-bands" style={section}>
        <h3 id="kindred-stats-bands">Responses per band</h3>
        {dimensions.map((dimension) => (
          <div data-dimension={dimension.key} key={dimension.key} style={section}>
            <h4>{dimension.label}</h4>
            {bandDistributionChart({
              bands: Object.entries(dimension.bandDistribution).map(([label, count]) => ({ count, label })),
              id: `kindred-bands-${dimension.key}`,
              title: `${dimension.label}: responses per band`,
              unbanded: dimension.unbanded,
            })}
          </div>
        ))}
      </section>
      <section aria-labelledby="kindred-stats-alpha" style={section}>
        <h3 id="kindred-stats-alpha">Internal consistency (Cronbach&apos;s α)</h3>
        <ul>
          {dimensions.map((dimension) => (
            <li data-alpha={dimension.key} key={dimension.key}>
              <strong>{dimension.label}</strong>: α ={' '}
              {dimension.alpha === null ? '—' : round(dimension.alpha)} ({dimension.completeCases} complete
              responses). {alphaReading(dimension.alpha)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kindred-stats-miskeyed" style={section}>
        <h3 id="kindred-stats-miskeyed">Items that may be mis-keyed</h3>
        {flagged.length === 0 ? (
          <p>No item moves against its dimension.</p>
        ) : (
          <>
            <p>
              These items correlate negatively with the rest of their dimension: check whether they should be
              reverse-keyed (or should not be).
            </p>
            <ul>
              {flagged.map((item) => (
                <li data-miskeyed={item.questionId} key={item.questionId}>
                  {item.dimension}: &ldquo;{item.prompt}&rdquo; (item-total r ={' '}
                  {item.correctedItemTotal === null ? '—' : round(item.correctedItemTotal)})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Gutter>
  )
}

const Notice = ({ children, heading }: { children: React.ReactNode; heading: string }) => (
  <Gutter className="kindred-statistics">
    <h2>{heading}</h2>
    <p>{children}</p>
  </Gutter>
)
