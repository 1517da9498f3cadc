import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { fieldsSchema } from '../../../src/openapi/fieldsSchema.js'
import { zodSchema } from '../../../src/openapi/zodSchema.js'

const documented = new Set(['media'])

describe('fieldsSchema', () => {
  it('never describes a hidden field, so the closed schema refuses one that leaks', () => {
    const schema = fieldsSchema(
      [
        { name: 'title', type: 'text', required: true },
        { name: 'secret', type: 'text', hidden: true },
      ],
      documented,
    )
    expect(schema).toEqual({
      additionalProperties: false,
      properties: { title: { type: 'string' } },
      required: ['title'],
      type: 'object',
    })
  })

  it('lists a required field as required only when no field access may withhold it', () => {
    const fields: Field[] = [
      { name: 'open', type: 'number', required: true },
      { name: 'guarded', type: 'number', access: { read: () => false }, required: true },
      { name: 'optional', type: 'number' },
    ]
    const schema = fieldsSchema(fields, documented)
    expect(schema.required).toEqual(['open'])
    expect((schema.properties as Record<string, unknown>).optional).toEqual({
      anyOf: [{ type: 'number' }, { type: 'null' }],
    })
  })

  it('describes relationships as an id or, populated, the related document by reference', () => {
    const schema = fieldsSchema(
      [
        { name: 'image', type: 'upload', relationTo: 'media', required: true },
        { name: 'authors', type: 'relationship', hasMany: true, relationTo: 'users', required: true },
      ],
      documented,
    )
    expect(schema.properties).toEqual({
      authors: { items: { anyOf: [{ type: 'string' }, { type: 'object' }] }, type: 'array' },
      image: { anyOf: [{ type: 'string' }, { $ref: '#/components/schemas/media' }] },
    })
  })

  it('flattens rows, collapsibles and unnamed tabs, and nests groups and named tabs', () => {
    const schema = fieldsSchema(
      [
        { type: 'row', fields: [{ name: 'a', type: 'checkbox', required: true }] },
        { type: 'collapsible', label: 'More', fields: [{ name: 'b', type: 'date', required: true }] },
        {
          type: 'tabs',
          tabs: [
            { label: 'One', fields: [{ name: 'c', type: 'email', required: true }] },
            { name: 'seo', fields: [{ name: 'd', type: 'select', options: ['x', 'y'], required: true }] },
          ],
        },
        {
          name: 'box',
          type: 'group',
          fields: [{ name: 'e', type: 'textarea', required: true }],
          required: true,
        } as Field,
        { name: 'note', type: 'ui', admin: { components: {} } },
      ],
      documented,
    )
    expect(Object.keys(schema.properties as object).sort()).toEqual(['a', 'b', 'box', 'c', 'seo'])
    expect((schema.properties as Record<string, { properties?: unknown }>).seo.properties).toEqual({
      d: { enum: ['x', 'y'], type: 'string' },
    })
  })
})

describe('zodSchema', () => {
  it('moves a recursive schema’s definitions into the components, where references from the document resolve', () => {
    type Node = { children: Node[]; name: string }
    const node: z.ZodType<Node> = z.lazy(() => z.object({ children: z.array(node), name: z.string() }))
    const components = {}
    const schema = zodSchema(z.object({ root: node }), 'output', 'Tree', components)
    expect(JSON.stringify(schema)).not.toContain('$defs')
    expect(JSON.stringify(schema)).toContain('#/components/schemas/Tree')
    const [name] = Object.keys(components)
    expect(JSON.stringify(components)).toContain(`#/components/schemas/${name}`)
  })

  it('describes a request as the client sends it: a field with a default is optional', () => {
    const schema = zodSchema(z.strictObject({ page: z.number().default(1), q: z.string() }), 'input', 'Q', {})
    expect(schema.required).toEqual(['q'])
    expect(schema.additionalProperties).toBe(false)
  })
})
