import type { SiteQuestion } from './formTypes.js'

/** Questions per page of the form: short enough to finish on a phone, few enough pages to see the end. */
const perPage = 5

/** The form split into pages: which questions page `page` (1-based, clamped) shows, and where it stands. */
export const formPages = (questions: SiteQuestion[], requested: number) => {
  const pages = Math.max(1, Math.ceil(questions.length / perPage))
  const page = Math.min(pages, Math.max(1, Number.isInteger(requested) ? requested : 1))
  const first = (page - 1) * perPage
  return {
    first: first + 1,
    last: Math.min(questions.length, first + perPage),
    page,
    /** The page that shows the question at this index of the form. */
    pageOf: (index: number) => Math.floor(index / perPage) + 1,
    pages,
    questions: questions.slice(first, first + perPage),
  }
}
