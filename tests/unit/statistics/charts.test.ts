import { describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'

import { alphaReading } from '../../../plugins/assessment-scoring/components/statistics/alphaReading.js'
import { bandDistributionChart } from '../../../plugins/assessment-scoring/components/statistics/bandDistributionChart.js'
import { meanSdChart } from '../../../plugins/assessment-scoring/components/statistics/meanSdChart.js'
import { responsesNeeded } from '../../../plugins/assessment-scoring/components/statistics/responsesNeeded.js'

/** The markup as a DOM-less list of one element's attributes, in document order. */
const elements = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((attr) => [attr[1], attr[2]])),
  )

const bands = [
  { count: 2, label: 'Needs care' },
  { count: 8, label: 'Steady' },
  { count: 0, label: 'Thriving' },
]

describe('bandDistributionChart', () => {
  const html = renderToStaticMarkup(
    bandDistributionChart({ bands, id: 'close', title: 'Closeness: responses per band', unbanded: 1 }),
  )

  it('draws one bar per band, in the key order, its length proportional to the count', () => {
    const bars = elements(html, 'rect')
    expect(bars.map((bar) => bar['data-bar'])).toEqual(['Needs care', 'Steady', 'Thriving'])
    const widths = bars.map((bar) => Number(bar.width))
    expect(widths[1]).toBeGreaterThan(0)
    expect(widths[0] / widths[1]).toBeCloseTo(2 / 8)
    expect(widths[2]).toBe(0)
  })

  it('is an image named by its title and described by its numbers, for screen readers', () => {
    const [svg] = elements(html, 'svg')
    expect(svg.role).toBe('img')
    expect(svg['aria-labelledby']).toBe('close-title close-desc')
    expect(html).toContain('<title id="close-title">Closeness: responses per band</title>')
    expect(html).toContain(
      '<desc id="close-desc">Needs care: 2; Steady: 8; Thriving: 0; in no band: 1</desc>',
    )
  })

  it('repeats the numbers in a table, with the responses no band covered', () => {
    expect(html).toMatch(/<th scope="row">Steady<\/th><td>8<\/td>/)
    expect(html).toMatch(/<th scope="row">In no band<\/th><td>1<\/td>/)
  })

  it('gives the same markup for the same input (a pure function)', () => {
    expect(
      renderToStaticMarkup(
        bandDistributionChart({ bands, id: 'close', title: 'Closeness: responses per band', unbanded: 1 }),
      ),
    ).toBe(html)
  })
})

describe('meanSdChart', () => {
  const rows = [
    { label: 'Closeness', meanPercent: 50, sdPercent: 10 },
    { label: 'Listening', meanPercent: 95, sdPercent: 20 },
    { label: 'Tally only', meanPercent: null, sdPercent: null },
  ]
  const html = renderToStaticMarkup(meanSdChart({ id: 'means', rows, title: 'Means' }))

  it('draws a bar per scored dimension, its length the mean on a 0–100 axis', () => {
    const bars = elements(html, 'rect')
    expect(bars.map((bar) => bar['data-bar'])).toEqual(['Closeness', 'Listening'])
    const [closeness, listening] = bars.map((bar) => Number(bar.width))
    expect(listening / closeness).toBeCloseTo(95 / 50)
  })

  it('spans one SD either side of the mean, cut at the end of the axis', () => {
    const lines = elements(html, 'line').filter((line) => line['data-sd'])
    const span = (line: Record<string, string>) => Number(line.x2) - Number(line.x1)
    const [closeness, listening] = lines
    // Closeness: 40–60 is 20 points; Listening: 75–115 is cut to 75–100, 25 points.
    expect(span(listening) / span(closeness)).toBeCloseTo(25 / 20)
    const [bar] = elements(html, 'rect')
    expect(Number(closeness.x1) + span(closeness) / 2).toBeCloseTo(Number(bar.x) + Number(bar.width))
  })

  it('tells each mean and SD in its description and table, and a dimension nothing scored', () => {
    expect(html).toContain(
      '<desc id="means-desc">Closeness: mean 50%, SD 10; Listening: mean 95%, SD 20; Tally only: no scores</desc>',
    )
    expect(html).toMatch(/<th scope="row">Tally only<\/th><td>—<\/td><td>—<\/td>/)
  })
})

describe('alphaReading', () => {
  it.each([
    [0.93, 'Consistent: the items measure the same thing.'],
    [0.8, 'Consistent: the items measure the same thing.'],
    [0.75, 'Acceptable: the items mostly measure the same thing.'],
    [0.7, 'Acceptable: the items mostly measure the same thing.'],
    [0.69, 'The items may not measure the same thing.'],
    [-0.4, 'The items may not measure the same thing.'],
    [null, 'Not enough complete answers to tell.'],
  ])('reads α = %p as "%s"', (alpha, reading) => {
    expect(alphaReading(alpha)).toBe(reading)
  })
})

describe('responsesNeeded', () => {
  it('says how many more responses the threshold needs', () => {
    expect(responsesNeeded(7, 10)).toBe(
      '3 more responses needed before statistics are shown (7 of 10 so far).',
    )
    expect(responsesNeeded(9, 10)).toBe(
      '1 more response needed before statistics are shown (9 of 10 so far).',
    )
  })
})
