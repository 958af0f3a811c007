/** The documents the demo server serves: an outlet's RSS 2.0 or Atom feed, and the OPML list of
 * them all. Pure functions of the items visible at the time of the request. */
import type { DemoItem, DemoOutlet } from "./evening.js"

// Attribute values here are always double-quoted, so '"' is the only quote to escape.
const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

// "]]>" cannot appear inside a CDATA section: split it across two.
const cdata = (s: string): string => `<![CDATA[${s.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`

export interface FeedDocument {
  readonly body: string
  readonly contentType: string
}

/** A summary-only item points to the full story, as such feeds do. */
const teaserHtml = (item: DemoItem): string =>
  item.link === null ? `<p>${escapeXml(item.summary)}</p>` : `<p>${escapeXml(item.summary)}</p>\n<p><a href="${escapeXml(item.link)}">Read more</a></p>`

const rssItem = (item: DemoItem): string => {
  const lines = ["    <item>", `      <title>${escapeXml(item.title)}</title>`]
  if (item.link !== null) lines.push(`      <link>${escapeXml(item.link)}</link>`)
  if (item.guid !== null) lines.push(`      <guid isPermaLink="${item.guid === item.link}">${escapeXml(item.guid)}</guid>`)
  lines.push(`      <pubDate>${item.published.toUTCString()}</pubDate>`)
  if (item.author !== null) lines.push(`      <dc:creator>${escapeXml(item.author)}</dc:creator>`)
  if (item.summaryOnly) {
    lines.push(`      <description>${cdata(teaserHtml(item))}</description>`)
  } else {
    lines.push(`      <description>${escapeXml(item.summary)}</description>`)
    lines.push(`      <content:encoded>${cdata(item.html)}</content:encoded>`)
  }
  lines.push("    </item>")
  return lines.join("\n")
}

const atomEntry = (outlet: DemoOutlet, item: DemoItem): string => {
  const lines = [
    "  <entry>",
    `    <title>${escapeXml(item.title)}</title>`,
    `    <id>${escapeXml(item.guid ?? item.link ?? `${outlet.site}#${item.key}`)}</id>`
  ]
  if (item.link !== null) lines.push(`    <link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>`)
  lines.push(`    <published>${item.published.toISOString()}</published>`, `    <updated>${item.published.toISOString()}</updated>`)
  if (item.author !== null) lines.push(`    <author><name>${escapeXml(item.author)}</name></author>`)
  lines.push(`    <summary type="text">${escapeXml(item.summary)}</summary>`)
  if (!item.summaryOnly) lines.push(`    <content type="html">${escapeXml(item.html)}</content>`)
  lines.push("  </entry>")
  return lines.join("\n")
}

/** The outlet's feed with `items` (newest first), as served from `selfUrl`. `updated` is the
 * feed's last change: its newest item's publication, or earlier when it has none yet. */
export const renderFeed = (outlet: DemoOutlet, items: ReadonlyArray<DemoItem>, selfUrl: string, updated: Date): FeedDocument => {
  const newestFirst = [...items].reverse()
  if (outlet.format === "atom") {
    const body = [
      `<?xml version="1.0" encoding="utf-8"?>`,
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
      `  <title>${escapeXml(outlet.title)}</title>`,
      `  <subtitle>${escapeXml(outlet.description)}</subtitle>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(outlet.site)}/"/>`,
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
      `  <id>${escapeXml(`${outlet.site}/feeds/middle-east`)}</id>`,
      `  <updated>${updated.toISOString()}</updated>`,
      `  <author><name>${escapeXml(outlet.title)}</name></author>`,
      ...newestFirst.map((i) => atomEntry(outlet, i)),
      `</feed>`,
      ""
    ].join("\n")
    return { body, contentType: "application/atom+xml; charset=utf-8" }
  }
  const body = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">`,
    "  <channel>",
    `    <title>${escapeXml(outlet.title)}</title>`,
    `    <link>${escapeXml(outlet.site)}/</link>`,
    `    <atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(outlet.description)}</description>`,
    "    <language>en</language>",
    `    <lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
    ...newestFirst.map(rssItem),
    "  </channel>",
    "</rss>",
    ""
  ].join("\n")
  return { body, contentType: "application/rss+xml; charset=utf-8" }
}

/** OPML 2.0 listing every outlet's feed on the server at `base`. */
export const renderOpml = (outlets: ReadonlyArray<DemoOutlet>, base: string, created: Date): FeedDocument => {
  const body = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<opml version="2.0">`,
    "  <head>",
    "    <title>crosscheck demo: an evening of coverage (fictional outlets)</title>",
    `    <dateCreated>${created.toUTCString()}</dateCreated>`,
    "  </head>",
    "  <body>",
    ...outlets.map(
      (o) =>
        `    <outline type="rss" text="${escapeXml(o.title)}" title="${escapeXml(o.title)}" xmlUrl="${escapeXml(`${base}/${o.slug}.xml`)}" htmlUrl="${escapeXml(o.site)}/" description="${escapeXml(o.kind)}"/>`
    ),
    "  </body>",
    "</opml>",
    ""
  ].join("\n")
  return { body, contentType: "text/x-opml; charset=utf-8" }
}
