/**
 * The ceiling for the API benchmark: Express answering a fixed JSON document
 * with no database and no Payload, on the same machine in the same run.
 */
import express from 'express'

const body = { docs: [{ id: 'bare', title: 'A bare Express route' }], page: 1, totalDocs: 1 }
const app = express()
app.disable('x-powered-by')
app.get('/bare', (_req, res) => {
  res.json(body)
})
app.listen(Number(process.env.PORT), () => process.stdout.write('ready\n'))
