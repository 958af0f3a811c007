import { createHash } from "node:crypto";
/** Article ids are the first 16 hex digits of sha256(identity): stable across databases,
 * short enough to read in a terminal, and 64 bits keeps collisions out of reach. */
export const articleIdFor = (identity) => createHash("sha256").update(identity).digest("hex").slice(0, 16);
/** Hash of the normalised text, case- and whitespace-insensitive: an exact re-post. */
export const contentHashOf = (title, body) => createHash("sha256").update(title.toLowerCase()).update("\n").update(body.toLowerCase()).digest("hex").slice(0, 32);
//# sourceMappingURL=identity.js.map