import type { ValidationReason } from './core/index.js'

/** Every message the assessment endpoints send, in one place so the wording stays consistent. */
export const messages = {
  alreadyPaired: 'This response already belongs to a couple.',
  alreadySubmitted: 'This response is submitted; its answers can no longer change.',
  answersInvalid: 'Some answers are not valid.',
  assessmentNotFound: 'No published assessment with that slug.',
  assessmentNotFoundByID: 'No assessment with that id.',
  counselorNotFound: 'No counselor with this id.',
  coupleNotFound: 'No couple with that id.',
  grantNotFound: 'No grant with that id on this response.',
  individualOnly: 'This assessment is taken alone, not as a couple.',
  invitationInvalid: 'This invitation is not valid or has expired.',
  notInCouple: 'This response does not belong to a couple.',
  notSubmitted: 'This response is not submitted yet.',
  ownInvitation: 'You cannot accept your own invitation.',
  reportClosed: 'The couple report opens once both partners have submitted and agreed to share it.',
  responseNotFound: 'No response with that id.',
  signInAsCounselor: 'Only counselors may do this.',
  tooManyStarts: 'Too many assessments started from this address; please try again later.',
} as const

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
