import type { Config } from 'payload'

import { checkReadQuery } from './checkReadQuery.js'
import { refuseUnstorableText } from './refuseUnstorableText.js'
import { rejectMalformedInput } from './rejectMalformedInput.js'
import { requireWriteData } from './requireWriteData.js'

/**
 * A config plugin, applied after the others so it sees their collections and
 * globals: a read may not filter through a collection the caller may not
 * read, GraphQL's reads get the query guard's rules, a public create or
 * update without a document is a 400 everywhere, as is text the database cannot hold, and every global (the
 * plugins' settings included) refuses undeclared fields and values of the
 * wrong type as the collections do, instead of dropping them or failing in
 * the database.
 */
export const guardPublicAPI = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        checkReadQuery,
        requireWriteData,
        refuseUnstorableText,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [requireWriteData, refuseUnstorableText, ...(global.hooks?.beforeOperation ?? [])],
      beforeValidate: [rejectMalformedInput, ...(global.hooks?.beforeValidate ?? [])],
    },
  })),
})
