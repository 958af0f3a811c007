import { readFaKes } from "/work/main/bench/dedup/faKes.js"
import { extractClaims, normaliseText } from "@crosscheck/core"
const id = process.argv[2]
const r = readFaKes().find((r) => r.unitId === id)!
for (const c of extractClaims({ title: normaliseText(r.title), body: normaliseText(r.content), published: Date.parse(r.published), outlet: r.source }) as any[])
  if (process.argv[3] === undefined || c.kind === process.argv[3]) console.log(c.kind, c.metric ?? "", c.min ?? "", c.who ?? "", c.where, JSON.stringify(c.when), c.source, c.actor ?? "", c.action ?? "", c.polarity ?? "", "|", c.quote.slice(0, 110))
