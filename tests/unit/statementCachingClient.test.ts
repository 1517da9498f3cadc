import type { Client } from '@libsql/client'

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createClient } from '@libsql/client'
import Database from 'libsql'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { statementCachingClient } from '../../src/db/statementCachingClient.js'

let dir: string
let prepare: jest.SpiedFunction<(sql: string) => unknown>

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-statements-'))
  prepare = jest.spyOn(Database.prototype as { prepare: (sql: string) => unknown }, 'prepare')
})

afterEach(() => {
  prepare.mockRestore()
  fs.rmSync(dir, { force: true, recursive: true })
})

const open = () => {
  const client = statementCachingClient({ url: `file:${path.join(dir, 'test.db')}` })
  if (!client) throw new Error('a file: URL gets the caching client')
  return client
}

describe('the SQLite client that reuses prepared statements', () => {
  it('prepares a SQL text once and answers each run with its own parameters', async () => {
    const client = open()
    await client.execute('create table notes (id integer primary key, body text unique)')
    const insert = 'insert into notes (body) values (?)'
    for (const body of ['one', 'two', 'three']) await client.execute({ args: [body], sql: insert })
    const select = 'select body from notes where id >= ? order by id'
    const answers = []
    for (const from of [1, 2, 3]) answers.push((await client.execute({ args: [from], sql: select })).rows)
    expect(answers.map((rows) => rows.map((row) => row.body))).toEqual([
      ['one', 'two', 'three'],
      ['two', 'three'],
      ['three'],
    ])
    const prepared = prepare.mock.calls.map((call) => call[0] as string)
    expect(prepared.filter((text) => text === insert)).toHaveLength(1)
    expect(prepared.filter((text) => text === select)).toHaveLength(1)
    client.close()
  })

  it('reuses a statement after it failed (a stale statement would repeat the error or lose the write)', async () => {
    const client = open()
    await client.execute('create table notes (id integer primary key, body text unique)')
    const insert = 'insert into notes (body) values (?)'
    await client.execute({ args: ['same'], sql: insert })
    await expect(client.execute({ args: ['same'], sql: insert })).rejects.toThrow(/UNIQUE/)
    const result = await client.execute({ args: ['other'], sql: insert })
    expect(result.rowsAffected).toBe(1)
    expect((await client.execute('select count(*) as n from notes')).rows[0].n).toBe(2)
    client.close()
  })

  it('answers with the new columns after it changed the schema under a kept statement (a migration)', async () => {
    const client = open()
    await client.execute('create table notes (id integer primary key, body text)')
    await client.execute("insert into notes (body) values ('kept')")
    const select = 'select * from notes'
    expect((await client.execute(select)).columns).toEqual(['id', 'body'])
    await client.execute("alter table notes add column title text default 'untitled'")
    const after = await client.execute(select)
    expect(after.columns).toEqual(['id', 'body', 'title'])
    expect(after.rows[0].title).toBe('untitled')
    client.close()
  })

  it('answers as libsql’s own client does after another process changed the schema (no statement stays stale)', async () => {
    const answersAfterMigration = async (client: Client, file: string) => {
      await client.execute('create table notes (id integer primary key, body text)')
      await client.execute("insert into notes (body) values ('kept')")
      await client.execute('select * from notes')
      const other = new Database(file)
      other.exec("alter table notes add column title text default 'untitled'")
      other.close()
      const answers = []
      for (let i = 0; i < 3; i++) answers.push((await client.execute('select * from notes')).columns)
      client.close()
      return answers
    }
    const ours = await answersAfterMigration(open(), path.join(dir, 'test.db'))
    const theirs = await answersAfterMigration(
      createClient({ url: `file:${path.join(dir, 'plain.db')}` }),
      path.join(dir, 'plain.db'),
    )
    expect(ours).toEqual(theirs)
    expect(ours.at(-1)).toEqual(['id', 'body', 'title'])
  })

  it('keeps a bounded number of statements, preparing again what it dropped', async () => {
    const client = open()
    const texts = Array.from({ length: 600 }, (_, i) => `select ${i} as n`)
    for (const sql of texts) await client.execute(sql)
    prepare.mockClear()
    expect((await client.execute(texts[599])).rows[0].n).toBe(599)
    expect(prepare).not.toHaveBeenCalled()
    expect((await client.execute(texts[0])).rows[0].n).toBe(0)
    expect(prepare).toHaveBeenCalledTimes(1)
    client.close()
  })

  it('leaves an in-memory database to the adapter’s own client', () => {
    expect(statementCachingClient({ url: ':memory:' })).toBeUndefined()
  })
})
