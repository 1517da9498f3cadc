import fs from 'node:fs'

export type OutboxLine = { pid: number; subject?: string; text?: string; to?: string }

/** The emails every process appended to `EMAIL_OUTBOX_FILE`, one JSON object a line. */
export const readOutboxFile = (file: string): OutboxLine[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as OutboxLine)
    : []
