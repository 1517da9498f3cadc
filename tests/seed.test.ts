import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { demoReader, demoStaff } from '../src/seed/demoLogins.js'
import { emotionalIntimacyArticle } from '../src/seed/fixtures/emotionalIntimacyArticle.js'
import { parseArticleFixture } from '../src/seed/parseArticleFixture.js'
import { seed } from '../src/seed/seed.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred

beforeAll(async () => {
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred.close()
})

type LexicalNode = { children?: LexicalNode[]; tag?: string; text?: string; type: string }
const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join('')

describe('the fixture article', () => {
  const fixture = parseArticleFixture(emotionalIntimacyArticle)

  it('reads the title, the section headings and the two reader comments', () => {
    expect(fixture.title).toBe('Help! We Want More Emotional Intimacy in Our Marriage')
    expect(fixture.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      'Intimacy Isn’t Static',
      'Invite Your Spouse to Open Up',
      'Create a Safe Place for Each Other',
    ])
    expect(fixture.comments.map((comment) => comment.author)).toEqual(['Karen Russo', 'Roger Mitchell'])
    expect(fixture.comments[1].body).toBe('Would like this test for my marriage . How do I do this.')
  })

  it('keeps the call to action and leaves the comment section out of the body', () => {
    const body = fixture.blocks.map((block) => block.text).join('\n')
    expect(body).toContain('take a look at our Better Love Assessment')
    expect(body).not.toContain('says:')
    expect(body).not.toContain('Leave a Reply')
  })
})

describe('seed', () => {
  it('creates the demo accounts, the category and the published article, and can run again', async () => {
    await seed(kindred.payload)
    await seed(kindred.payload)
    expect((await kindred.payload.count({ collection: 'users' })).totalDocs).toBe(demoStaff.length)
    expect((await kindred.payload.count({ collection: 'readers' })).totalDocs).toBe(1)
    expect((await kindred.payload.count({ collection: 'categories' })).totalDocs).toBe(1)
    expect((await kindred.payload.count({ collection: 'articles' })).totalDocs).toBe(1)
  })

  it('serves the article to the public with its sections as real Lexical headings', async () => {
    const res = await kindred.request.get(
      '/api/articles?where[slug][equals]=help-we-want-more-emotional-intimacy-in-our-marriage&depth=1',
    )
    expect(res.status).toBe(200)
    const article = res.body.docs[0]
    expect(article.categories.map((category: { title: string }) => category.title)).toEqual(['Marriage'])
    expect(article.populatedAuthors.map((author: { name: string }) => author.name)).toEqual(['Eddie Editor'])
    const headings = (article.content.root.children as LexicalNode[]).filter(
      (node) => node.type === 'heading',
    )
    expect(headings.map((node) => [node.tag, textOf(node)])).toEqual([
      ['h2', 'Intimacy Isn’t Static'],
      ['h2', 'Invite Your Spouse to Open Up'],
      ['h2', 'Create a Safe Place for Each Other'],
    ])
  })

  it('shows the article’s two reader comments and the staff reply pointing Roger to the assessment', async () => {
    const res = await kindred.request.get(
      '/api/articles/help-we-want-more-emotional-intimacy-in-our-marriage/comments',
    )
    expect(res.status).toBe(200)
    expect(res.body.totalComments).toBe(3)
    const [karen, roger] = res.body.comments
    expect(karen.author).toEqual({ isStaff: false, name: 'Karen Russo' })
    expect(karen.body).toMatch(/^Currently going through Love Talk/)
    expect(roger.author.name).toBe('Roger Mitchell')
    expect(roger.body).toBe('Would like this test for my marriage . How do I do this.')
    expect(roger.replies).toHaveLength(1)
    expect(roger.replies[0].author).toEqual({ isStaff: true, name: 'Eddie Editor' })
    expect(roger.replies[0].body).toMatch(/Better Love Check-in/)
  })

  it('publishes the Better Love Check-in, once, and the article’s call to action points readers to it', async () => {
    expect((await kindred.payload.count({ collection: 'assessments' })).totalDocs).toBe(1)
    expect((await kindred.payload.count({ collection: 'questions' })).totalDocs).toBe(21)
    const res = await kindred.request.get(
      '/api/articles?where[slug][equals]=help-we-want-more-emotional-intimacy-in-our-marriage',
    )
    expect(res.body.docs[0].callToActionAssessment).toEqual({
      slug: 'better-love-check-in',
      title: 'Better Love Check-in',
    })
    const form = await kindred.request.get('/api/assessments/better-love-check-in/form')
    expect(form.status).toBe(200)
    expect(form.body).toMatchObject({ audience: 'either', title: 'Better Love Check-in', version: 1 })
    const likert = form.body.questions.filter((question: { type: string }) => question.type === 'likert')
    expect(likert).toHaveLength(20)
    const answers = Object.fromEntries(likert.map((question: { id: string }) => [question.id, 4]))
    const taken = await kindred.request
      .post('/api/assessments/better-love-check-in/responses')
      .send({ answers, submit: true })
    expect(taken.status).toBe(201)
    expect(taken.body.result.dimensions.map((dimension: { label: string }) => dimension.label)).toEqual([
      'Emotional safety',
      'Knowing each other',
      'Vulnerability',
      'Listening',
      'Closeness',
    ])
  })

  it('lets every demo account log in', async () => {
    for (const person of demoStaff) {
      const res = await kindred.request
        .post('/api/users/login')
        .send({ email: person.email, password: person.password })
      expect(res.status).toBe(200)
      expect(res.body.user.roles).toEqual([person.role])
    }
    const reader = await kindred.request
      .post('/api/readers/login')
      .send({ email: demoReader.email, password: demoReader.password })
    expect(reader.status).toBe(200)
  })
})
