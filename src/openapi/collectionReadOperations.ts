import type { SanitizedCollectionConfig } from 'payload'

import type { DocumentedOperation } from './describedOperation.js'
import type { JsonSchema } from './fieldsSchema.js'

import { errorBody } from '@kindred/plugin-shared'
import { queryLimits } from '../http/resolveQueryPath.js'
import { fieldsSchema } from './fieldsSchema.js'
import { zodSchema } from './zodSchema.js'

const depth = {
  description: 'How many levels of relationships to populate (0: ids only).',
  in: 'query',
  name: 'depth',
  schema: { maximum: queryLimits.depth, minimum: 0, type: 'integer' },
}

const listParameters = [
  {
    description:
      'A filter in qs bracket syntax, e.g. `where[slug][equals]=my-article` or `where[categories][in]=<id>`; ' +
      `paths name existing fields and cross at most ${queryLimits.hops} relationship.`,
    explode: true,
    in: 'query',
    name: 'where',
    schema: { additionalProperties: true, type: 'object' },
    style: 'deepObject',
  },
  { in: 'query', name: 'limit', schema: { maximum: queryLimits.limit, minimum: 1, type: 'integer' } },
  { in: 'query', name: 'page', schema: { maximum: queryLimits.page, minimum: 1, type: 'integer' } },
  depth,
  {
    description: 'A field name; `-field` sorts descending.',
    in: 'query',
    name: 'sort',
    schema: { type: 'string' },
  },
]

const page = (doc: JsonSchema): JsonSchema => ({
  properties: {
    docs: { items: doc, type: 'array' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    limit: { type: 'integer' },
    nextPage: { type: ['integer', 'null'] },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    prevPage: { type: ['integer', 'null'] },
    totalDocs: { type: 'integer' },
    totalPages: { type: 'integer' },
  },
  required: ['docs', 'hasNextPage', 'hasPrevPage', 'limit', 'page', 'totalDocs', 'totalPages'],
  type: 'object',
})

/**
 * Payload's public read routes of a collection a front end shows (`GET /api/<slug>` and
 * `GET /api/<slug>/{id}`), their document schema put into `components.schemas` under the slug.
 * Reads answer what the caller's access allows: anonymous callers get published documents only.
 */
export const collectionReadOperations = (
  api: string,
  collection: SanitizedCollectionConfig,
  documented: ReadonlySet<string>,
  components: Record<string, JsonSchema>,
): DocumentedOperation[] => {
  const { slug } = collection
  const fields = fieldsSchema(collection.fields, documented)
  components[slug] = {
    ...fields,
    properties: { ...(fields.properties as object), id: { type: 'string' } },
    required: ['id', ...(fields.required as string[])],
  }
  const doc = { $ref: `#/components/schemas/${slug}` }
  const error = (description: string) => ({
    content: { 'application/json': { schema: zodSchema(errorBody, 'output', 'Error', components) } },
    description,
  })
  const tag = collection.labels?.plural
  const tags = [typeof tag === 'string' ? tag : slug]
  const name = slug[0].toUpperCase() + slug.slice(1)
  const file: DocumentedOperation[] = collection.upload
    ? [
        {
          method: 'get',
          operation: {
            description:
              'The file a document’s `url` (or `sizes.<name>.url`) points to; `Range` requests are answered.',
            operationId: `get${name}File`,
            parameters: [{ in: 'path', name: 'filename', required: true, schema: { type: 'string' } }],
            responses: {
              200: {
                content: {
                  'application/octet-stream': { schema: { contentMediaType: 'application/octet-stream' } },
                },
                description: 'The file, with its own content type.',
              },
              404: error('No such file, or not the caller’s to see.'),
            },
            summary: `A file of ${slug}`,
            tags,
          },
          path: `${api}/${slug}/file/{filename}`,
        },
      ]
    : []
  return [
    ...file,
    {
      method: 'get',
      operation: {
        operationId: `list${name}`,
        parameters: listParameters,
        responses: {
          200: {
            content: { 'application/json': { schema: page(doc) } },
            description: 'A page of documents.',
          },
          400: error('A malformed query; the message names the parameter.'),
        },
        summary: `List ${slug}`,
        tags,
      },
      path: `${api}/${slug}`,
    },
    {
      method: 'get',
      operation: {
        operationId: `get${name}ByID`,
        parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }, depth],
        responses: {
          200: { content: { 'application/json': { schema: doc } }, description: 'The document.' },
          404: error('Not found, or not published.'),
        },
        summary: `One of ${slug} by id`,
        tags,
      },
      path: `${api}/${slug}/{id}`,
    },
  ]
}
