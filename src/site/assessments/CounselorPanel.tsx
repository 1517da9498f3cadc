import React from 'react'

import { siteApi } from '../siteApi.js'
import { revokeGrant } from './revokeGrant.js'
import { tokenHeaders } from './tokenHeaders.js'

type Props = { error?: string; response: string; token: string }

const dateText = (iso: string) => new Date(iso).toLocaleDateString('en', { dateStyle: 'medium' })

/**
 * Sharing one's own result with a counselor, as the API offers it: the share code the counselor gave the reader,
 * confirmed by name on the next page (`/responses/[id]/share`), the grants so far with the reads made through each, and a button to revoke each live one.
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
      {/* A plain GET form: the confirmation page resolves the code to a name before anything is granted. */}
      <form action={`/responses/${encodeURIComponent(response)}/share`} method="get">
        <input name="token" type="hidden" value={token} />
        <label htmlFor="counselor-code">Your counselor&apos;s share code</label>
        <input
          aria-describedby={error ? 'counselor-error' : 'counselor-hint'}
          aria-invalid={error ? true : undefined}
          autoCapitalize="characters"
          autoComplete="off"
          id="counselor-code"
          maxLength={64}
          name="code"
          placeholder="K7QM-4XPD-9TRA"
          required
          spellCheck={false}
          type="text"
        />
        <p className="field-hint" id="counselor-hint">
          Your counselor gives you this code. You will see their name and confirm before anything is shared.
        </p>
        {error ? (
          <p className="field-error" id="counselor-error">
            {error}
          </p>
        ) : null}
        <button type="submit">Continue</button>
      </form>
    </section>
  )
}
