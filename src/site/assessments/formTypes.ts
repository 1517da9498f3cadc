import type { paths } from '../../client/schema.js'

/** The form a respondent sees, as the API describes it. */
export type SiteForm =
  paths['/api/assessments/{slug}/form']['get']['responses'][200]['content']['application/json']
export type SiteQuestion = SiteForm['questions'][number]
/** A scored result (alone), as the API describes it. */
export type SiteResult =
  paths['/api/responses/{id}/result']['get']['responses'][200]['content']['application/json']
/** The couple report from the caller's side. */
export type SiteCoupleReport =
  paths['/api/couples/{id}/report']['get']['responses'][200]['content']['application/json']
