/** Removes every terminal control sequence and control character. Feed text is hostile: this
 * runs before anything reaches the screen. With `singleLine`, newlines and tabs become spaces. */
export declare const stripControls: (s: string, singleLine?: boolean) => string;
