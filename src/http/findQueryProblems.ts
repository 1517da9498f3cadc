import type { FlattenedField } from 'payload'

import { validOperatorSet } from 'payload/shared'

import {
  isObject,
  listOf,
  pathReasons,
  queryLimits,
  type QuerySchema,
  type ResolvedPath,
  resolveQueryPath,
} from './resolveQueryPath.js'

/** What is wrong with one query parameter: which one, where inside it, and why. */
export type QueryProblem = { parameter: string; path?: string; reason: string }

/** The operators that compare with a list of values (a has-many field's take one with any operator). */
const listOperators = new Set(['all', 'in', 'not_in'])

const geoOperators = new Set(['intersects', 'near', 'within'])

/**
 * Operators the field's type cannot take: the SQL adapters look such an operator up in a table
 * that lacks it (`all` is not implemented there at all) and fail with a 500.
 */
const operatorMisfit = (operator: string, resolved: ResolvedPath): string | undefined => {
  if (geoOperators.has(operator) && resolved.field?.type !== 'point')
    return 'Only point fields take near, within and intersects.'
  const hasMany = Boolean(resolved.field && 'hasMany' in resolved.field && resolved.field.hasMany)
  if (operator === 'all' && !hasMany) return 'Only fields holding several values take all.'
  return undefined
}

/**
 * A date Payload cannot read: its SQL adapters bind it as `undefined` (or throw on an out-of-range
 * number), which the driver refuses with a 500. Empty and `null` mean "no date" to Payload and pass.
 */
const dateMisfit = (operator: string, value: unknown, resolved: ResolvedPath): string | undefined => {
  if (resolved.field?.type !== 'date' || operator === 'exists') return undefined
  const unreadable = itemsOf(operator, value).some(
    (item) =>
      (typeof item === 'string' && item !== '' && item !== 'null' && Number.isNaN(Date.parse(item))) ||
      (typeof item === 'number' && Number.isNaN(new Date(item).getTime())),
  )
  return unreadable ? 'Expected a date, as in 2026-12-01 or 2026-12-01T08:00:00Z.' : undefined
}

/** Any UUID PostgreSQL's `uuid` type reads, in its usual spelling. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The values a condition compares with, one by one: a list's items, a comma-separated list's parts, or itself. */
const itemsOf = (operator: string, value: unknown): unknown[] =>
  listOf(value) ?? (listOperators.has(operator) && typeof value === 'string' ? value.split(',') : [value])

const isIDPath = (key: string, resolved: ResolvedPath) =>
  !resolved.field && key.replace(/__/g, '.').split('.').pop() === 'id'

/**
 * A value the database cannot compare with the field's column. SQLite compares anything with anything, but
 * PostgreSQL's columns are typed, and each of these was a 500 there: a NUL character in any text, a word
 * other than an option's for a select (an enum), a text operator on a date (a timestamp), a list of ids that are not
 * UUIDs (Payload checks a single id, not a list's), `contains` on an id. Refused on every adapter alike.
 */
const valueMisfit = (
  operator: string,
  value: unknown,
  key: string,
  resolved: ResolvedPath,
  schema: QuerySchema,
): string | undefined => {
  if (operator === 'exists') return undefined
  const items = itemsOf(operator, value)
  if (items.some((item) => typeof item === 'string' && item.includes('\u0000')))
    return 'Text may not contain the NUL character.'
  const { field } = resolved
  if (field?.type === 'date' && (operator === 'like' || operator === 'contains'))
    return 'Dates take equals, not_equals, in, not_in, greater_than(_equal), less_than(_equal) and exists.'
  if (field?.type === 'select') {
    // Not even an empty value: `exists` asks for a missing one.
    const options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
    if (
      operator === 'like' ||
      operator === 'contains' ||
      items.some((item) => !options.includes(String(item)))
    )
      return `Expected one of: ${options.join(', ')}.`
  }
  if (schema.uuidIDs && isIDPath(key, resolved) && operator === 'contains')
    return 'Ids take no contains: use equals, in or like.'
  const holdsIDs =
    isIDPath(key, resolved) ||
    ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string')
  if (schema.uuidIDs && holdsIDs && listOperators.has(operator)) {
    // Not even `null`: Payload reads it as a missing relationship alone, in a list it reaches the database.
    if (items.some((item) => !(typeof item === 'string' && uuid.test(item)))) return 'Expected ids (UUIDs).'
  }
  return undefined
}

const notAnObject = 'Expected an object, as in where[field][equals]=value.'

/**
 * A relationship to several collections answers a condition only on its parts: on the field
 * itself the SQL adapters throw ("Not supported", a 500) whatever the operator and value.
 */
const polymorphicWhole = (key: string, resolved: ResolvedPath): string | undefined => {
  const { field } = resolved
  if ((field?.type !== 'relationship' && field?.type !== 'upload') || !Array.isArray(field.relationTo))
    return undefined
  const last = key.replace(/__/g, '.').split('.').pop()
  if (last === 'value' || last === 'relationTo') return undefined
  return `This relationship points to several collections: query ${key}.relationTo and ${key}.value.`
}

const integerProblem = (value: unknown, min: number, max: number): string | undefined => {
  const number =
    typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
      ? Number(value)
      : Number.NaN
  if (!Number.isSafeInteger(number)) return 'Expected a whole number.'
  if (number < min || number > max) return `Expected a whole number from ${min} to ${max}.`
  return undefined
}

type WhereWalk = {
  conditions: number
  parameter: string
  problems: QueryProblem[]
  schema: QuerySchema
}

const checkValue = (
  walk: WhereWalk,
  path: string,
  operator: string,
  value: unknown,
  resolved: ResolvedPath,
  nesting: number,
) => {
  const at = `${path}.${operator}`
  // GeoJSON shapes and JSON fields' values are objects by nature; Payload checks those.
  if (operator === 'within' || operator === 'intersects' || resolved.field?.type === 'json') return
  if (isObject(value) && !listOf(value)) {
    // A nested query on a has-many relationship or join: `where[questions][contains][prompt][like]=…`.
    if (operator === 'contains' && resolved.fields) {
      checkWhere(walk, value, resolved.fields, nesting + 1, resolved.hops + 1)
      return
    }
    walk.problems.push({ parameter: walk.parameter, path: at, reason: 'Expected text, a number or a list.' })
    return
  }
  const list = listOf(value)
  if (!list) return
  const hasMany = Boolean(resolved.field && 'hasMany' in resolved.field && resolved.field.hasMany)
  if (!listOperators.has(operator) && !hasMany) {
    // `equals` with two values reaches the database as one parameter bound to a list: a 500.
    walk.problems.push({
      parameter: walk.parameter,
      path: at,
      reason: 'Expected one value: only in, not_in and all take a list.',
    })
  } else if (list.length > queryLimits.listValues) {
    walk.problems.push({
      parameter: walk.parameter,
      path: at,
      reason: `At most ${queryLimits.listValues} values.`,
    })
  } else if (list.some((item) => typeof item === 'object' && item !== null)) {
    walk.problems.push({ parameter: walk.parameter, path: at, reason: 'Expected a list of text or numbers.' })
  }
}

function checkWhere(
  walk: WhereWalk,
  where: unknown,
  fields: FlattenedField[],
  nesting: number,
  hops: number,
): void {
  const { parameter, problems } = walk
  if (!isObject(where)) {
    problems.push({ parameter, reason: notAnObject })
    return
  }
  if (nesting > queryLimits.whereNesting) {
    problems.push({ parameter, reason: `Conditions nest at most ${queryLimits.whereNesting} levels deep.` })
    return
  }
  for (const [key, constraint] of Object.entries(where)) {
    if (problems.length) return
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const items = listOf(constraint)
      if (!items)
        problems.push({
          parameter,
          path: key,
          reason: `Expected a list, as in where[${key}][0][field][equals]=value.`,
        })
      else items.forEach((item) => checkWhere(walk, item, fields, nesting + 1, hops))
      continue
    }
    const resolved = resolveQueryPath(key, walk.schema, fields, hops)
    if (resolved.reason) {
      problems.push({ parameter, path: key, reason: resolved.reason })
      continue
    }
    if (!isObject(constraint)) {
      problems.push({ parameter, path: key, reason: notAnObject })
      continue
    }
    const whole = polymorphicWhole(key, resolved)
    if (whole) {
      problems.push({ parameter, path: key, reason: whole })
      continue
    }
    for (const [operator, value] of Object.entries(constraint)) {
      walk.conditions += 1
      if (walk.conditions > queryLimits.whereConditions) {
        problems.push({ parameter, reason: `At most ${queryLimits.whereConditions} conditions.` })
        return
      }
      if (!validOperatorSet.has(operator as never)) {
        problems.push({ parameter, path: `${key}.${operator}`, reason: 'No such operator.' })
        continue
      }
      const misfit = operatorMisfit(operator, resolved)
      if (misfit) {
        problems.push({ parameter, path: `${key}.${operator}`, reason: misfit })
        continue
      }
      const misfitValue =
        dateMisfit(operator, value, resolved) ?? valueMisfit(operator, value, key, resolved, walk.schema)
      if (misfitValue) {
        problems.push({ parameter, path: `${key}.${operator}`, reason: misfitValue })
        continue
      }
      checkValue(walk, key, operator, value, resolved, nesting)
    }
  }
}

const checkSort = (
  parameter: string,
  sort: unknown,
  schema: QuerySchema,
  fields: FlattenedField[],
): QueryProblem[] => {
  const list = typeof sort === 'string' ? sort.split(',') : listOf(sort)
  if (!list || list.some((item) => typeof item !== 'string'))
    return [{ parameter, reason: 'Expected field names.' }]
  if (list.length > queryLimits.sortFields)
    return [{ parameter, reason: `At most ${queryLimits.sortFields} fields.` }]
  return (list as string[]).flatMap((item) => {
    const path = item.trim().replace(/^[-+]/, '')
    const { reason } = resolveQueryPath(path, schema, fields)
    return reason ? [{ parameter, path, reason }] : []
  })
}

const checkSelect = (
  parameter: string,
  select: unknown,
  fields: FlattenedField[],
  prefix = '',
  nesting = 1,
): QueryProblem[] => {
  if (!isObject(select)) return [{ parameter, reason: 'Expected an object, as in select[field]=true.' }]
  if (nesting > queryLimits.selectNesting) return [{ parameter, path: prefix, reason: 'Nested too deep.' }]
  return Object.entries(select).flatMap(([key, value]): QueryProblem[] => {
    const path = `${prefix}${key}`
    const field = fields.find((candidate) => candidate.name === key)
    if (!field) return key === 'id' ? [] : [{ parameter, path, reason: pathReasons.notAField }]
    if (value === 'true' || value === 'false' || typeof value === 'boolean') return []
    if (!isObject(value)) return [{ parameter, path, reason: 'Expected true, false or an object.' }]
    if (field.type === 'blocks') {
      // select[layout][blockSlug][field]=true: one level of block slugs, then that block's fields.
      return Object.entries(value).flatMap(([slug, inner]) => {
        const block = field.blocks.find((candidate) => candidate.slug === slug)
        if (!block) return [{ parameter, path: `${path}.${slug}`, reason: 'No such block.' }]
        return typeof inner === 'string'
          ? []
          : checkSelect(parameter, inner, block.flattenedFields, `${path}.${slug}.`, nesting + 1)
      })
    }
    if ('flattenedFields' in field)
      return checkSelect(parameter, value, field.flattenedFields, `${path}.`, nesting + 1)
    return [{ parameter, path, reason: 'This field has no fields to select.' }]
  })
}

const checkPopulate = (populate: unknown, schema: QuerySchema): QueryProblem[] => {
  if (!isObject(populate))
    return [{ parameter: 'populate', reason: 'Expected an object, as in populate[collection][field]=true.' }]
  return Object.entries(populate).flatMap(([slug, select]) => {
    const fields = schema.fieldsOf(slug)
    if (!fields) return [{ parameter: 'populate', path: slug, reason: 'No such collection.' }]
    return checkSelect('populate', select, fields, `${slug}.`)
  })
}

const checkJoins = (joins: unknown, schema: QuerySchema): QueryProblem[] => {
  if (joins === 'false' || joins === false) return []
  if (!isObject(joins))
    return [{ parameter: 'joins', reason: 'Expected false or an object keyed by join field.' }]
  return Object.entries(joins).flatMap(([path, options]): QueryProblem[] => {
    const resolved = resolveQueryPath(path, schema, schema.fields)
    if (resolved.reason || resolved.field?.type !== 'join' || !resolved.fields) {
      return [{ parameter: 'joins', path, reason: resolved.reason ?? 'Not a join field.' }]
    }
    if (options === 'false' || options === false) return []
    if (!isObject(options)) return [{ parameter: 'joins', path, reason: 'Expected false or an object.' }]
    const joined: QuerySchema = { ...schema, fields: resolved.fields }
    return Object.entries(options).flatMap(([key, value]): QueryProblem[] => {
      const parameter = `joins.${path}.${key}`
      if (key === 'limit') return problemOf(parameter, integerProblem(value, 1, queryLimits.limit))
      if (key === 'page') return problemOf(parameter, integerProblem(value, 1, queryLimits.page))
      if (key === 'count')
        return value === 'true' || value === 'false' ? [] : [{ parameter, reason: 'Expected true or false.' }]
      if (key === 'sort') return checkSort(parameter, value, joined, joined.fields)
      if (key === 'where') return findWhereProblems(parameter, value, joined, 1)
      return [{ parameter, reason: 'Unknown option: use limit, page, sort, where or count.' }]
    })
  })
}

const problemOf = (parameter: string, reason: string | undefined): QueryProblem[] =>
  reason ? [{ parameter, reason }] : []

const findWhereProblems = (
  parameter: string,
  where: unknown,
  schema: QuerySchema,
  hops = 0,
): QueryProblem[] => {
  const walk: WhereWalk = { conditions: 0, parameter, problems: [], schema }
  checkWhere(walk, where, schema.fields, 1, hops)
  return walk.problems
}

/**
 * What is wrong with the query parameters Payload's REST routes read, before
 * Payload sees them: paths that name no field or a hidden one, paths that
 * cross more than one relationship (which reach an unawaited check in
 * Payload 3.90.2, see docs/security.md), unknown operators, and sizes no
 * reader needs. Field-level read access is Payload's own check, which runs
 * fully for the paths that pass here.
 */
export const findQueryProblems = (query: Record<string, unknown>, schema: QuerySchema): QueryProblem[] => {
  const has = (name: string) => query[name] !== undefined
  return [
    ...(has('depth') ? problemOf('depth', integerProblem(query.depth, 0, queryLimits.depth)) : []),
    ...(has('limit')
      ? problemOf('limit', integerProblem(query.limit, schema.write ? 0 : 1, queryLimits.limit))
      : []),
    ...(has('page') ? problemOf('page', integerProblem(query.page, 1, queryLimits.page)) : []),
    ...(has('where') ? findWhereProblems('where', query.where, schema) : []),
    ...(has('sort') ? checkSort('sort', query.sort, schema, schema.fields) : []),
    ...(has('select') ? checkSelect('select', query.select, schema.fields) : []),
    ...(has('populate') ? checkPopulate(query.populate, schema) : []),
    ...(has('joins') ? checkJoins(query.joins, schema) : []),
  ]
}
