/** See hideCi.ts: imported last by index.ts, once Ink has been loaded. */
import { restoreCi } from "./hideCi.js"

restoreCi()
