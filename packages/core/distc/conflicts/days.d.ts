/** Calendar days as integers (days since 1970-01-01, UTC): windows compare with integer arithmetic. */
/** "2016-11-16" -> day number; NaN when malformed. Arithmetic only (it runs for every claim compared). */
export declare const dayOf: (iso: string) => number;
/** epoch ms -> the UTC day it falls on */
export declare const dayOfMs: (ms: number) => number;
export declare const isoOfDay: (day: number) => string;
/** "16 Nov 2016", "15-16 Nov 2016", "30 Oct-2 Nov 2016", "Mar 2011-Apr 2017" for long spans */
export declare const formatDays: (from: number, to: number) => string;
/** "Nov 2016" */
export declare const formatMonth: (day: number) => string;
