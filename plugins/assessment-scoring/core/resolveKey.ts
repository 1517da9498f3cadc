import { compileKey } from './compileKey.js'
import type { CompiledKey, KeyInput } from './types.js'

/**
 * Lets every entry point take a raw key for convenience. A raw key is compiled on every call rather
 * than cached, because a cache keyed on the object would go stale if the caller mutated it.
 */
export const resolveKey = (key: KeyInput): CompiledKey =>
  'compiled' in key && key.compiled === true ? key : compileKey(key as Exclude<KeyInput, CompiledKey>)
