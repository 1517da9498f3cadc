'use client'

import { useState } from 'react'

type Props = { apiRoute?: string }

/**
 * Below the comments list: a person's data requests by email, without the API. Export downloads
 * every comment they wrote as JSON; erase anonymises them (threads keep their shape) after a
 * confirmation. Both call the plugin's moderator-only endpoints with the session cookie.
 */
export const PersonDataRequests = ({ apiRoute = '/api' }: Props) => {
  const [email, setEmail] = useState('')
  const [confirmed, setConfirmed] = useState(false)
  const [status, setStatus] = useState('')

  const exportComments = async () => {
    const res = await fetch(`${apiRoute}/comments/export?email=${encodeURIComponent(email)}`, {
      credentials: 'include',
    })
    const answer = (await res.json()) as { errors?: { message: string }[]; total?: number }
    if (!res.ok) return setStatus(`Export failed: ${answer.errors?.[0]?.message ?? res.status}`)
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([JSON.stringify(answer, null, 2)], { type: 'application/json' }))
    link.download = `comments-${email}.json`
    link.click()
    setStatus(`Exported ${answer.total} comment(s) of ${email}.`)
  }

  const erase = async () => {
    const res = await fetch(`${apiRoute}/comments/erase`, {
      body: JSON.stringify({ email }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const answer = (await res.json()) as { erased?: number; errors?: { message: string }[] }
    if (!res.ok) return setStatus(`Erasure failed: ${answer.errors?.[0]?.message ?? res.status}`)
    setConfirmed(false)
    setStatus(`Erased ${answer.erased} comment(s) of ${email}; their email bans keep only a hash.`)
  }

  return (
    <section aria-labelledby="person-data-heading" style={{ marginTop: '2rem' }}>
      <h2 id="person-data-heading" style={{ fontSize: '1.25rem' }}>
        A commenter’s data
      </h2>
      <form
        onSubmit={(event) => event.preventDefault()}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}
      >
        <label htmlFor="person-data-email">Email address</label>
        <input
          id="person-data-email"
          onChange={(event) => setEmail(event.target.value.trim())}
          required
          type="email"
          value={email}
        />
        <button disabled={!email} onClick={() => void exportComments()} type="button">
          Export their comments
        </button>
        <label>
          <input
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            type="checkbox"
          />{' '}
          I understand erasure cannot be undone
        </label>
        <button disabled={!email || !confirmed} onClick={() => void erase()} type="button">
          Erase their comments
        </button>
      </form>
      <p aria-live="polite" role="status">
        {status}
      </p>
    </section>
  )
}
