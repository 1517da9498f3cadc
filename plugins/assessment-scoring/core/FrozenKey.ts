import type { RespondentForm, StoredKey } from './buildKey.js'
import type { CompiledKey } from './types.js'

/** A published version as the operations use it: the stored key and form, and the key compiled for scoring. */
export type FrozenKey = {
  assessment: string
  compiled: CompiledKey
  form: RespondentForm
  id: string
  key: StoredKey
  version: number
}
