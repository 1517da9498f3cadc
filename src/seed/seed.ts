import type { Payload } from 'payload'

import { lexicalFromBlocks } from '../utilities/lexicalFromBlocks.js'
import { seedAssessment } from './assessmentSeed.js'
import { demoReader, demoStaff } from './demoLogins.js'
import { ensure } from './ensure.js'
import { emotionalIntimacyArticle } from './fixtures/emotionalIntimacyArticle.js'
import { parseArticleFixture } from './parseArticleFixture.js'
import { seedComments } from './seedComments.js'

export type SeedOptions = {
  /**
   * Create the demo accounts (one per staff role and a reader), whose passwords the README publishes.
   * Without them the article has no author and Roger's question no staff reply.
   * @default true
   */
  demoAccounts?: boolean
}

/** One account per staff role and the demo reader; returns the staff by role. */
const seedDemoAccounts = async (payload: Payload) => {
  const staff: Record<string, { id: number | string }> = {}
  for (const person of demoStaff) {
    staff[person.role] = await ensure(
      payload,
      'users',
      { email: { equals: person.email } },
      { email: person.email, name: person.name, password: person.password, roles: [person.role] },
    )
  }
  await ensure(
    payload,
    'readers',
    { email: { equals: demoReader.email } },
    { ...demoReader, _verified: true },
    { disableVerificationEmail: true },
  )
  return staff
}

/**
 * The demo: one account per staff role and a reader (unless `demoAccounts` is false), the category
 * "Marriage", and the article from shared/fixtures with its sections as headings.
 * Comments and the assessment the article points to are added by their plugins' seeds.
 */
export const seed = async (payload: Payload, { demoAccounts = true }: SeedOptions = {}): Promise<void> => {
  payload.logger.info('Seeding the demo content…')
  const staff = demoAccounts ? await seedDemoAccounts(payload) : {}
  const marriage = await ensure(
    payload,
    'categories',
    { slug: { equals: 'marriage' } },
    { slug: 'marriage', description: 'Guidance for couples who want to grow closer.', title: 'Marriage' },
  )

  const checkIn = await seedAssessment(payload)
  const fixture = parseArticleFixture(emotionalIntimacyArticle)
  const article = await ensure(
    payload,
    'articles',
    { title: { equals: fixture.title } },
    {
      _status: 'published',
      authors: staff.editor ? [staff.editor.id] : [],
      callToAction: checkIn.id,
      categories: [marriage.id],
      content: lexicalFromBlocks(fixture.blocks),
      excerpt: fixture.blocks.find((block) => block.type === 'paragraph')?.text,
      publishedAt: new Date().toISOString(),
      seo: {
        description:
          'How couples cultivate emotional intimacy: curiosity, safety and conversations that go deeper.',
      },
      title: fixture.title,
    },
  )
  // A demo seeded before assessments existed gets its call to action too.
  if (!(article as { callToAction?: unknown }).callToAction)
    await payload.update({
      collection: 'articles',
      data: { callToAction: String(checkIn.id) },
      id: article.id,
      overrideAccess: true,
    })
  const editor = demoStaff.find((person) => person.role === 'editor')!
  await seedComments(payload, {
    articleID: String(article.id),
    comments: fixture.comments,
    staff: staff.editor ? { id: String(staff.editor.id), name: editor.name } : undefined,
  })
  payload.logger.info('Demo content is ready.')
}
