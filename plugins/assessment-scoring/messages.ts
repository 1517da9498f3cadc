import type { ValidationReason } from './core/index.js'

/**
 * Every refusal the plugin answers with: the HTTP status and the message a client reads, in one place so
 * the wording and the status of a refusal are the same wherever it is raised (`ScoringRefusal`).
 */
export const refusals = {
  alreadyPaired: { message: 'This response already belongs to a couple.', status: 409 },
  alreadySubmitted: { message: 'This response is submitted; its answers can no longer change.', status: 409 },
  answersInvalid: { message: 'Some answers are not valid.', status: 400 },
  assessmentNotFound: { message: 'No published assessment with that slug.', status: 404 },
  assessmentNotFoundByID: { message: 'No assessment with that id.', status: 404 },
  counselorNotFound: { message: 'No counselor with this id.', status: 400 },
  counselorsOnly: { message: 'Only counselors may do this.', status: 403 },
  coupleNotFound: { message: 'No couple with that id.', status: 404 },
  grantNotFound: { message: 'No grant with that id on this response.', status: 404 },
  individualOnly: { message: 'This assessment is taken alone, not as a couple.', status: 409 },
  invitationInvalid: { message: 'This invitation is not valid or has expired.', status: 400 },
  notInCouple: { message: 'This response does not belong to a couple.', status: 409 },
  notSignedIn: { message: 'Only counselors may do this.', status: 401 },
  notSubmitted: { message: 'This response is not submitted yet.', status: 409 },
  ownInvitation: { message: 'You cannot accept your own invitation.', status: 400 },
  reportClosed: {
    message: 'The couple report opens once both partners have submitted and agreed to share it.',
    status: 403,
  },
  shareCodeInvalid: {
    message: 'This share code does not work. Check it with your counselor: it may have expired.',
    status: 400,
  },
  tooManyCodeAttempts: {
    message: 'Too many share codes tried from this address; please try again later.',
    status: 429,
  },
  responseNotFound: { message: 'No response with that id.', status: 404 },
  tooManyStarts: {
    message: 'Too many assessments started from this address; please try again later.',
    status: 429,
  },
} as const satisfies Record<string, { message: string; status: number }>

export type Refusal = keyof typeof refusals

/** Why an answer was refused, as the respondent's form shows it. */
export const answerMessages: Record<ValidationReason, string> = {
  'duplicate-option': 'An option is picked twice.',
  'expected-array': 'Expected a list of option values.',
  'expected-boolean': 'Expected true or false.',
  'expected-integer': 'Expected a whole number on the scale.',
  'expected-string': 'Expected text.',
  'not-an-option': 'Not one of the options.',
  'out-of-range': 'Outside the scale.',
  required: 'This question needs an answer.',
  'too-long': 'Longer than 5,000 characters.',
  'unknown-question': 'No such question in this assessment.',
}
