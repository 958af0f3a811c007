/** The floor as its own process (so it is timed like `crosscheck import`, startup included):
 * `tsx run-floor.ts INPUT.ndjson DB`. */
import { floor } from "./floor.js"

const [input, db] = process.argv.slice(2)
if (input === undefined || db === undefined) throw new Error("usage: run-floor.ts INPUT DB")
const r = await floor(input, db)
console.log(JSON.stringify(r))
