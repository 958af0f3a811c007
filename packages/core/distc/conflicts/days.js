/** Calendar days as integers (days since 1970-01-01, UTC): windows compare with integer arithmetic. */
const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const digit = (s, i) => {
    const d = s.charCodeAt(i) - 48;
    return d >= 0 && d <= 9 ? d : Number.NaN;
};
/** "2016-11-16" -> day number; NaN when malformed. Arithmetic only (it runs for every claim compared). */
export const dayOf = (iso) => {
    if (iso.length !== 10 || iso[4] !== "-" || iso[7] !== "-")
        return Number.NaN;
    let y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
    const m = digit(iso, 5) * 10 + digit(iso, 6);
    const d = digit(iso, 8) * 10 + digit(iso, 9);
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31))
        return Number.NaN;
    // days from civil (H. Hinnant): proleptic Gregorian, 1970-01-01 is day 0
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
};
/** epoch ms -> the UTC day it falls on */
export const dayOfMs = (ms) => Math.floor(ms / DAY_MS);
export const isoOfDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** "16 Nov 2016", "15-16 Nov 2016", "30 Oct-2 Nov 2016", "Mar 2011-Apr 2017" for long spans */
export const formatDays = (from, to) => {
    const a = new Date(from * DAY_MS);
    const b = new Date(to * DAY_MS);
    const d = (x) => x.getUTCDate();
    const m = (x) => MONTHS[x.getUTCMonth()];
    const y = (x) => x.getUTCFullYear();
    if (from === to)
        return `${d(a)} ${m(a)} ${y(a)}`;
    if (to - from > 62)
        return `${m(a)} ${y(a)}-${m(b)} ${y(b)}`;
    if (y(a) !== y(b))
        return `${d(a)} ${m(a)} ${y(a)}-${d(b)} ${m(b)} ${y(b)}`;
    if (a.getUTCMonth() !== b.getUTCMonth())
        return `${d(a)} ${m(a)}-${d(b)} ${m(b)} ${y(b)}`;
    return `${d(a)}-${d(b)} ${m(b)} ${y(b)}`;
};
/** "Nov 2016" */
export const formatMonth = (day) => {
    const d = new Date(day * DAY_MS);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
//# sourceMappingURL=days.js.map