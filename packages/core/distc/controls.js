// Its own module, free of the HTML reader: the CLI loads it for every message it prints.
// Terminal control sequences, removed whole so no "[31m" debris is left behind:
// CSI (ESC [ ... final byte, or the 8-bit CSI 0x9b), OSC/DCS/PM/APC/SOS strings (terminated by
// BEL or ST, or running to the end of the text when unterminated), then any lone ESC + byte.
const CONTROL_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;
// Remaining C0 (except tab and newline), DEL and C1 characters.
const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_CHAR_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f]/g;
/** Removes every terminal control sequence and control character. Feed text is hostile: this
 * runs before anything reaches the screen. With `singleLine`, newlines and tabs become spaces. */
export const stripControls = (s, singleLine = false) => {
    // Fast path: most text has no controls at all, and this runs for every visible row.
    if (!/[\u0000-\u001f\u007f-\u009f]/.test(s))
        return s;
    const withoutSequences = s.replace(CONTROL_SEQUENCE, "").replace(/\r\n?/g, "\n");
    return singleLine ? withoutSequences.replace(CONTROL_CHAR_OR_NEWLINE, " ") : withoutSequences.replace(CONTROL_CHAR, "");
};
//# sourceMappingURL=controls.js.map