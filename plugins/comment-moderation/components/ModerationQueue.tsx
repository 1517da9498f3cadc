'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import type { QueueItem, QueueName } from '../operations/getQueue.js'

type Props = { adminRoute: string; apiRoute: string; queue: QueueName }
type Action = 'approve' | 'reject' | 'spam' | 'trash'

const done: Record<Action, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  spam: 'Marked as spam',
  trash: 'Moved to trash',
}

/** What an empty queue means, in words. */
const emptyText: Record<QueueName, string> = {
  flagged: 'No flagged comments: no reader has reported a comment that is still up.',
  pending: 'Nothing waits for review: every held comment has been approved or removed.',
  spam: 'No spam: nothing is marked as spam (spam is purged automatically after a while).',
}

export const shortcuts: [string, string][] = [
  ['j / k', 'next / previous comment'],
  ['a', 'approve'],
  ['s', 'mark as spam'],
  ['t', 'move to trash'],
  ['r', 'reply as staff (Ctrl+Enter sends, Esc cancels)'],
]

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))

/**
 * The moderator's queue: one comment after another in full, with its article, the comment it
 * answers, readers' flags and the commenter's record; one click or one key decides it and the
 * next comment is selected. Every call goes to the plugin's endpoints with the session cookie.
 */
export const ModerationQueue = ({ adminRoute, apiRoute, queue }: Props) => {
  const [items, setItems] = useState<null | QueueItem[]>(null)
  const [selected, setSelected] = useState(0)
  const [status, setStatus] = useState('')
  const [replying, setReplying] = useState<null | string>(null)
  const [reply, setReply] = useState('')
  const [error, setError] = useState('')
  const rows = useRef<(HTMLElement | null)[]>([])
  // What keys act on, updated at once: a second key pressed before React re-renders must see the
  // first one's effect, or a fast moderator would decide the same comment twice.
  const itemsRef = useRef<QueueItem[]>([])
  const selectedRef = useRef(0)
  // Decisions sent but not yet answered: a reload meanwhile must not bring their comments back.
  const inFlight = useRef(new Set<string>())

  const show = useCallback((next: QueueItem[], index = selectedRef.current) => {
    itemsRef.current = next
    selectedRef.current = Math.min(Math.max(index, 0), Math.max(next.length - 1, 0))
    setItems(next)
    setSelected(selectedRef.current)
  }, [])

  const load = useCallback(async () => {
    const res = await fetch(`${apiRoute}/comments/queue?queue=${queue}`, { credentials: 'include' })
    if (!res.ok) {
      setError(`The queue could not be loaded (${res.status}).`)
      return
    }
    const { items: fresh } = (await res.json()) as { items: QueueItem[] }
    show(fresh.filter((item) => !inFlight.current.has(item.id)))
  }, [apiRoute, queue, show])

  useEffect(() => {
    void load()
  }, [load])

  const send = async (url: string, body: unknown) => {
    const res = await fetch(url, {
      body: JSON.stringify(body),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const answer = (await res.json().catch(() => ({}))) as { errors?: { message: string }[] }
    if (!res.ok) throw new Error(answer.errors?.[0]?.message ?? `Failed (${res.status}).`)
    return answer
  }

  /**
   * Takes the comment out of the list at once (the selection stays put, which is the next comment),
   * then tells the server; a refusal puts it back where it was and says why.
   */
  const act = async (item: QueueItem, action: Action) => {
    const at = itemsRef.current.findIndex((entry) => entry.id === item.id)
    if (at < 0) return
    show(itemsRef.current.filter((entry) => entry.id !== item.id))
    inFlight.current.add(item.id)
    try {
      await send(`${apiRoute}/comments/moderate`, { action, ids: [item.id] })
      setStatus(`${done[action]}: comment by ${item.author.name}.`)
    } catch (failure) {
      show([...itemsRef.current.slice(0, at), item, ...itemsRef.current.slice(at)], at)
      setStatus(`Could not ${action} the comment by ${item.author.name}: ${(failure as Error).message}`)
    } finally {
      inFlight.current.delete(item.id)
    }
  }

  const sendReply = async (item: QueueItem) => {
    if (!item.article || !reply.trim()) return
    try {
      await send(`${apiRoute}/articles/${item.article.id}/comments`, { body: reply, parent: item.id })
      setStatus(`Replied to ${item.author.name} as staff.`)
      setReplying(null)
      setReply('')
    } catch (failure) {
      setStatus(`The reply was not posted: ${(failure as Error).message}`)
    }
  }

  const ban = async (item: QueueItem, form: HTMLFormElement) => {
    const data = new FormData(form)
    const days = Number(data.get('days')) || undefined
    try {
      await send(`${apiRoute}/comments/${item.id}/ban`, {
        days,
        reason: String(data.get('reason') || 'Banned from the moderation queue.'),
        scope: data.get('scope'),
      })
      setStatus(
        `${days ? `Suspended for ${days} days` : 'Banned'}: ${item.author.name}; their pending comments were rejected.`,
      )
      await load()
    } catch (failure) {
      setStatus(`The ban was not saved: ${(failure as Error).message}`)
    }
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const list = itemsRef.current
      if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey || !list.length) return
      const item = list[selectedRef.current]
      const keys: Record<string, () => void> = {
        a: () => void act(item, 'approve'),
        j: () => show(list, selectedRef.current + 1),
        k: () => show(list, selectedRef.current - 1),
        r: () => setReplying(item.id),
        s: () => void act(item, 'spam'),
        t: () => void act(item, 'trash'),
      }
      const run = keys[event.key]
      if (!run) return
      event.preventDefault()
      run()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  useEffect(() => {
    rows.current[selected]?.scrollIntoView?.({ block: 'nearest' })
  }, [selected, items])

  return (
    <section
      aria-labelledby="moderation-queue-heading"
      className="moderation-queue"
      style={{ marginBottom: '2rem' }}
    >
      <h2 id="moderation-queue-heading" style={{ fontSize: '1.25rem' }}>
        Review one by one
      </h2>
      <details open>
        <summary>Keyboard shortcuts</summary>
        <dl
          className="moderation-queue__shortcuts"
          style={{ display: 'grid', gap: '0.25rem 1rem', gridTemplateColumns: 'max-content 1fr' }}
        >
          {shortcuts.map(([key, what]) => (
            <div key={key} style={{ display: 'contents' }}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{what}</dd>
            </div>
          ))}
        </dl>
        <p>After approve, spam or trash the next comment is selected. Shortcuts pause while you type.</p>
      </details>
      <p aria-live="polite" className="moderation-queue__status" role="status">
        {status}
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {items === null && !error ? <p>Loading the queue…</p> : null}
      {items?.length === 0 ? <p className="moderation-queue__empty">{emptyText[queue]}</p> : null}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items?.map((item, index) => {
          const active = index === selected
          return (
            <li
              aria-current={active ? 'true' : undefined}
              className="moderation-queue__item"
              data-id={item.id}
              key={item.id}
              onClick={() => show(itemsRef.current, index)}
              ref={(element) => {
                rows.current[index] = element
              }}
              style={{
                border: `2px solid ${active ? 'var(--theme-success-500, #2a7)' : 'var(--theme-elevation-150, #ddd)'}`,
                borderRadius: 4,
                marginBottom: '0.75rem',
                padding: '0.75rem 1rem',
              }}
            >
              <p style={{ margin: 0 }}>
                <strong>{item.author.name}</strong> ({item.author.kind}
                {item.author.email ? `, ${item.author.email}` : ''}) on{' '}
                {item.article ? (
                  <a href={`${adminRoute}/collections/articles/${item.article.id}`}>
                    {item.article.title || 'an article'}
                  </a>
                ) : (
                  'a deleted article'
                )}
                , {new Date(item.createdAt).toLocaleString()}
              </p>
              <p className="moderation-queue__history" style={{ margin: '0.25rem 0' }}>
                Record: {item.history.approved} approved, {item.history.rejected} rejected,{' '}
                {item.history.spam} spam,{' '}
                {item.history.activeBans ? `${item.history.activeBans} active ban(s)` : 'no active ban'}
              </p>
              {item.parent ? (
                <blockquote
                  className="moderation-queue__parent"
                  style={{
                    borderLeft: '3px solid var(--theme-elevation-200, #ccc)',
                    margin: '0.5rem 0',
                    paddingLeft: '0.75rem',
                  }}
                >
                  In reply to {item.parent.author}: “{item.parent.excerpt}”
                </blockquote>
              ) : null}
              <p className="moderation-queue__body" style={{ whiteSpace: 'pre-wrap' }}>
                {item.body}
              </p>
              {item.why ? <p className="moderation-queue__why">Held because: {item.why}</p> : null}
              {item.flags.length ? (
                <ul className="moderation-queue__flags">
                  {item.flags.map((flag, at) => (
                    <li key={at}>
                      Flagged as {flag.reason}
                      {flag.note ? `: “${flag.note}”` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              <div
                role="group"
                aria-label={`Decide on the comment by ${item.author.name}`}
                style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}
              >
                <button onClick={() => void act(item, 'approve')} type="button">
                  Approve <kbd>a</kbd>
                </button>
                <button onClick={() => void act(item, 'spam')} type="button">
                  Spam <kbd>s</kbd>
                </button>
                <button onClick={() => void act(item, 'trash')} type="button">
                  Trash <kbd>t</kbd>
                </button>
                <button onClick={() => setReplying(item.id)} type="button">
                  Reply <kbd>r</kbd>
                </button>
              </div>
              {replying === item.id ? (
                <form
                  onSubmit={(event) => {
                    event.preventDefault()
                    void sendReply(item)
                  }}
                >
                  <label htmlFor={`reply-${item.id}`}>Reply as staff</label>
                  <textarea
                    autoFocus
                    id={`reply-${item.id}`}
                    onChange={(event) => setReply(event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Escape') setReplying(null)
                      if (event.key === 'Enter' && event.ctrlKey) void sendReply(item)
                    }}
                    rows={3}
                    style={{ display: 'block', width: '100%' }}
                    value={reply}
                  />
                  <button type="submit">Send reply</button>
                </form>
              ) : null}
              {item.bannable.length ? (
                <details className="moderation-queue__ban">
                  <summary>Ban this commenter…</summary>
                  <form
                    onSubmit={(event) => {
                      event.preventDefault()
                      void ban(item, event.currentTarget)
                    }}
                    style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'end' }}
                  >
                    <label>
                      By{' '}
                      <select name="scope" defaultValue={item.bannable[0]}>
                        {item.bannable.map((scope) => (
                          <option key={scope} value={scope}>
                            {
                              {
                                account: 'reader account',
                                address: 'address fingerprint',
                                email: 'email address',
                              }[scope]
                            }
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      Days (empty: for good){' '}
                      <input min={1} name="days" type="number" style={{ width: '5rem' }} />
                    </label>
                    <label>
                      Reason <input name="reason" required type="text" />
                    </label>
                    <button type="submit">Ban</button>
                  </form>
                </details>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
