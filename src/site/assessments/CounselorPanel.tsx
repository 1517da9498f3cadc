import React from 'react'

import { siteApi } from '../siteApi.js'
import { grantCounselor } from './grantCounselor.js'
import { revokeGrant } from './revokeGrant.js'
import { tokenHeaders } from './tokenHeaders.js'

type Props = { error?: string; response: string; token: string }

const dateText = (iso: string) => new Date(iso).toLocaleDateString('en', { dateStyle: 'medium' })

/**
 * Sharing one's own result with a counselor, as the API offers it: a grant to the counselor whose id they gave
 * the reader, the grants so far with the reads made through each, and a button to revoke each live one.
 */
export const CounselorPanel = async ({ error, response, token }: Props) => {
  const api = await siteApi()
  const { data } = await api.GET('/api/responses/{id}/grants', {
    headers: tokenHeaders(token),
    params: { path: { id: response } },
  })
  const grants = data?.docs ?? []
  return (
    <section aria-labelledby="counselor-heading" className="counselor-panel" id="counselor">
      <h2 id="counselor-heading">Share with a counselor</h2>
      <p>
        If you see a counselor who uses Kindred, you can let them read this result (not your partner&apos;s).
        Every time they read it is recorded, and you can end their access at any time.
      </p>
      {grants.length ? (
        <ul className="grants">
          {grants.map((grant) => (
            <li key={grant.id}>
              {grant.counselor.name} — since {dateText(grant.createdAt)}
              {grant.revokedAt ? `, ended ${dateText(grant.revokedAt)}` : ''}; read {grant.reads.length} time
              {grant.reads.length === 1 ? '' : 's'}
              {grant.revokedAt ? null : (
                <form action={revokeGrant} className="inline-form">
                  <input name="response" type="hidden" value={response} />
                  <input name="token" type="hidden" value={token} />
                  <input name="grant" type="hidden" value={grant.id} />
                  <button className="secondary" type="submit">
                    End {grant.counselor.name}&apos;s access
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <form action={grantCounselor}>
        <input name="response" type="hidden" value={response} />
        <input name="token" type="hidden" value={token} />
        <label htmlFor="counselor-id">Your counselor&apos;s Kindred ID</label>
        <input
          aria-describedby={error ? 'counselor-error' : 'counselor-hint'}
          aria-invalid={error ? true : undefined}
          id="counselor-id"
          name="counselor"
          required
          type="text"
        />
        <p className="field-hint" id="counselor-hint">
          Your counselor gives you this ID.
        </p>
        {error ? (
          <p className="field-error" id="counselor-error">
            {error}
          </p>
        ) : null}
        <button type="submit">Grant access</button>
      </form>
    </section>
  )
}
