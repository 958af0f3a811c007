import { Parser } from "htmlparser2"

/** A feed listed in an OPML file. */
export interface OpmlFeed {
  readonly url: string
  /** the outline's title, else its text */
  readonly name: string | null
  readonly siteUrl: string | null
  /** crosscheck's own settings, when the file was written by `feeds export` */
  readonly intervalMinutes: number | null
  readonly fetchLinkedPage: boolean
}

export interface OpmlDocument {
  readonly title: string | null
  readonly feeds: ReadonlyArray<OpmlFeed>
}

/** crosscheck's namespace for the settings OPML has no attribute for. */
export const OPML_NAMESPACE = "urn:x-crosscheck:opml"

const ROOT = /^(?:\ufeff)?\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<opml\b/i

/** Whether a text is an OPML document (its root element is <opml>). */
export const looksLikeOpml = (head: string): boolean => ROOT.test(head)

const clean = (v: string | undefined): string | null => {
  const s = v?.replace(/[\u0000-\u001f\u007f]+/g, " ").trim()
  return s === undefined || s === "" ? null : s
}

/** Reads the feeds of an OPML 1.0/2.0 subscription list: every outline with an xmlUrl, at any
 * depth (categories are folders of outlines), once per URL, in document order. Lenient as feed
 * readers are: htmlparser2 in XML mode never throws and runs in linear time; an outline
 * without a usable URL is skipped. External entities are never read. */
export const parseOpml = (text: string): OpmlDocument => {
  const feeds: Array<OpmlFeed> = []
  const seen = new Set<string>()
  let title: string | null = null
  let inTitle = false
  let inHead = false
  let titleText = ""
  let prefix = "" // the document's prefix for crosscheck's namespace, if declared
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const local = name.toLowerCase()
        if (local === "opml") {
          for (const [key, value] of Object.entries(attributes)) {
            if (key.startsWith("xmlns:") && value === OPML_NAMESPACE) prefix = `${key.slice(6)}:`
          }
        } else if (local === "head") inHead = true
        else if (local === "title" && inHead) {
          inTitle = true
          titleText = ""
        } else if (local === "outline") {
          // Attribute names are case-sensitive in OPML, but files in the wild write xmlurl.
          const attr = (key: string) => attributes[key] ?? attributes[key.toLowerCase()]
          const url = clean(attr("xmlUrl"))
          if (url === null || !/^https?:\/\//i.test(url) || seen.has(url)) return
          seen.add(url)
          const interval = prefix === "" ? undefined : attributes[`${prefix}interval`]
          feeds.push({
            url,
            name: clean(attr("title")) ?? clean(attr("text")),
            siteUrl: clean(attr("htmlUrl")),
            intervalMinutes: interval !== undefined && /^\d{1,6}$/.test(interval) && Number(interval) > 0 ? Number(interval) : null,
            fetchLinkedPage: prefix !== "" && attributes[`${prefix}fetchLinkedPage`] === "true"
          })
        }
      },
      ontext(data) {
        if (inTitle) titleText += data
      },
      onclosetag(name) {
        const local = name.toLowerCase()
        if (local === "title" && inTitle) {
          inTitle = false
          title = clean(titleText)
        } else if (local === "head") inHead = false
      }
    },
    { xmlMode: true, decodeEntities: true }
  )
  parser.write(text)
  parser.end()
  return { title, feeds }
}

// Characters XML 1.0 cannot carry at all.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g
const escapeAttribute = (s: string): string =>
  s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)

/** What `feeds export` writes for a feed. */
export interface OpmlOutline {
  readonly url: string
  readonly name: string
  readonly siteUrl: string | null
  readonly intervalMinutes: number | null
  readonly fetchLinkedPage: boolean
}

/** An OPML 2.0 subscription list, readable by any feed reader; crosscheck's own settings
 * (a fixed interval, fetching linked pages) ride along in its namespace so `feeds import`
 * restores them. Whether a feed may use private addresses is never exported: a list read back
 * from elsewhere must not be able to turn the guard off. The same feeds give the same bytes. */
export const renderOpml = (title: string, outlines: ReadonlyArray<OpmlOutline>): string => {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<opml version="2.0" xmlns:crosscheck="${OPML_NAMESPACE}">`,
    `  <head>`,
    `    <title>${escapeAttribute(title)}</title>`,
    `  </head>`,
    `  <body>`
  ]
  for (const o of outlines) {
    const name = escapeAttribute(o.name)
    let line = `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeAttribute(o.url)}"`
    if (o.siteUrl !== null) line += ` htmlUrl="${escapeAttribute(o.siteUrl)}"`
    if (o.intervalMinutes !== null) line += ` crosscheck:interval="${o.intervalMinutes}"`
    if (o.fetchLinkedPage) line += ` crosscheck:fetchLinkedPage="true"`
    lines.push(`${line}/>`)
  }
  lines.push(`  </body>`, `</opml>`, ``)
  return lines.join("\n")
}
