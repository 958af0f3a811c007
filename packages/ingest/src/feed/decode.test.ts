import { fileURLToPath } from "node:url"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { charsetOf, decodeDocument, decodeFeed, decodeFeedBytes, decodingWarning, demoronize, detectFeedEncoding, xmlDeclaredEncoding } from "./decode.js"

/** windows-1251 has no encoder in TextEncoder: Cyrillic letters are a fixed offset from Unicode. */
class TextEncoderWindows1251 {
  encode(s: string): Uint8Array {
    return Uint8Array.from(
      [...s].map((c) => {
        const cp = c.codePointAt(0)!
        if (cp < 0x80) return cp
        if (cp >= 0x410 && cp <= 0x44f) return cp - 0x410 + 0xc0
        if (cp === 0x451) return 0xb8
        if (cp === 0x401) return 0xa8
        throw new Error(`not in windows-1251 here: ${c}`)
      })
    )
  }
}

// The feed corpora in ../shared beside the checkout (CI has them too); a missing corpus is a
// failure, not a skip.
const CORPUS = fileURLToPath(new URL("../../../../../shared/data/feeds", import.meta.url))
if (!existsSync(CORPUS)) throw new Error(`feed corpus not found at ${CORPUS}`)
const ENCODING_DIR = join(CORPUS, "feedparser/encoding")

/** A feedparser encoding test: its bytes, and the HTTP Content-Type it simulates ("Header:"). */
const corpus = (name: string): { readonly bytes: Buffer; readonly contentType: string | null } => {
  const bytes = readFileSync(join(ENCODING_DIR, name))
  const header = /^Header:\s*Content-type:\s*(.*)$/im.exec(bytes.toString("latin1"))
  return { bytes, contentType: header?.[1]?.trim() ?? null }
}
const decodeCorpus = (name: string): string => {
  const { bytes, contentType } = corpus(name)
  return decodeFeedBytes(bytes, contentType)
}

describe("decodeFeedBytes: feedparser's encoding corpus", () => {
  it("big5, declared in the XML declaration", () => {
    expect(detectFeedEncoding(corpus("big5.xml").bytes)).toBe("big5")
    expect(decodeCorpus("big5.xml")).toContain("<rss>")
  })

  it("euc-kr in the title, a description and an attribute of embedded HTML", () => {
    expect(decodeCorpus("euc-kr.xml")).toContain("<title>\ub144</title>")
    expect(decodeCorpus("euc-kr-item.xml")).toContain("<description>\ub144</description>")
    expect(decodeCorpus("euc-kr-attribute.xml")).toContain('&lt;img alt="\ub144" />')
  })

  it("windows-1252 from the HTTP charset, overriding the declaration's iso-8859-1", () => {
    expect(decodeCorpus("http_text_xml_charset_2.xml")).toContain("This is a \u00a3\u201ctest.\u201d")
    expect(decodeCorpus("http_text_xml_charset_overrides_encoding_2.xml")).toContain("This is a \u00a3\u201ctest.\u201d")
  })

  it("demoronizes windows-1252 code points sent as C1 controls", () => {
    // demoronize-1 carries U+0092 (UTF-8 C2 92) where it means an apostrophe
    expect(corpus("demoronize-1.xml").bytes.includes(Buffer.from([0xc2, 0x92]))).toBe(true)
    expect(decodeCorpus("demoronize-1.xml")).toContain("<description>don\u2019t</description>")
  })

  it("UTF-16 and UTF-32 with a byte order mark, or recognised by the layout of '<'", () => {
    for (const name of [
      "utf-16le-bom.xml",
      "utf-16be-bom.xml",
      "utf-16be.xml",
      "utf-16le.xml",
      "utf-16be-autodetect.xml",
      "utf-16le-autodetect.xml",
      "u16.xml",
      "utf16.xml",
      "utf_16.xml",
      "utf-32be-bom.xml",
      "utf-32le-bom.xml",
      "utf-32be.xml",
      "utf-32le.xml",
      "utf_32.xml"
    ]) {
      const text = decodeCorpus(name)
      expect(text.startsWith("<?xml"), name).toBe(true)
      expect(text, name).toMatch(/<rss>\s*<\/rss>/)
    }
    expect(detectFeedEncoding(corpus("utf-16le-bom.xml").bytes)).toBe("utf-16le")
    expect(detectFeedEncoding(corpus("u16.xml").bytes)).toBe("utf-16be")
    expect(detectFeedEncoding(corpus("utf-32le.xml").bytes)).toBe("utf-32le")
  })

  it("drops a UTF-8 byte order mark", () => {
    const text = decodeCorpus("utf-8-bom.xml")
    expect(text.startsWith("<?xml")).toBe(true)
  })

  it("falls back to UTF-8 for a bogus encoding name, without throwing", () => {
    expect(xmlDeclaredEncoding(corpus("bozo_bogus_encoding.xml").bytes)).toBe("bogus")
    expect(detectFeedEncoding(corpus("bozo_bogus_encoding.xml").bytes)).toBe("utf-8")
    expect(decodeCorpus("bozo_bogus_encoding.xml")).toContain("<rss>")
  })

  it("keeps the BOM's UTF-8 when some bytes are invalid, replacing only those", () => {
    const text = decodeCorpus("bozo_invalid-bytes-with-bom.xml")
    expect(text).toContain("Valid UTF8: \u0468")
    expect(text).toContain("Espa\ufffda")
  })

  it("reads text/xml without a charset as UTF-8 (the declaration's), not RFC 3023's us-ascii", () => {
    expect(corpus("bozo_http_i18n.xml").contentType).toBe("text/xml")
    expect(decodeCorpus("bozo_http_i18n.xml")).toContain("<title>I\u00f1t\u00ebrn\u00e2ti\u00f4n\u00e0liz\u00e6ti\u00f8n</title>")
    expect(decodeCorpus("http_i18n.xml")).toContain("<title>I\u00f1t\u00ebrn\u00e2ti\u00f4n\u00e0liz\u00e6ti\u00f8n</title>")
  })

  it("chooses the encoding feedparser expects, us-ascii aside", () => {
    // feedparser's names for the WHATWG encodings TextDecoder uses
    const whatwg: Record<string, string> = { "iso-8859-1": "windows-1252", gb18030: "gbk" }
    const files = readdirSync(ENCODING_DIR).filter((f) => f.endsWith(".xml"))
    let checked = 0
    for (const name of files) {
      const { bytes, contentType } = corpus(name)
      const text = decodeFeedBytes(bytes, contentType) // never throws
      const expected = /Expect:.*encoding == '([^']+)'/.exec(bytes.toString("latin1").replaceAll("\u0000", ""))?.[1]
      if (expected === undefined) continue
      if (expected === "us-ascii") {
        // RFC 3023's default for text/*; these documents are ASCII, which every choice here reads alike.
        expect(text, name).toBe(bytes.toString("latin1"))
      } else {
        expect(detectFeedEncoding(bytes, contentType), name).toBe(whatwg[expected] ?? expected)
      }
      checked++
    }
    expect(checked).toBeGreaterThan(55)
  })
})

describe("decodeFeedBytes", () => {
  const bytes = (...parts: Array<string | number[]>): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))))

  it("honours the BOM over the HTTP charset and the declaration", () => {
    const b = bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0" encoding="iso-8859-1"?><rss>', [0xc3, 0xa9], "</rss>")
    expect(decodeFeedBytes(b, "text/xml; charset=windows-1252")).toBe('<?xml version="1.0" encoding="iso-8859-1"?><rss>\u00e9</rss>')
  })

  it("honours the HTTP charset over the declaration", () => {
    const b = bytes('<?xml version="1.0" encoding="utf-8"?><rss>', [0xd6, 0xd0, 0xce, 0xc4], "</rss>")
    expect(decodeFeedBytes(b, "application/rss+xml; charset=gb2312")).toContain("<rss>\u4e2d\u6587</rss>")
  })

  it("uses the declaration when the HTTP charset is missing, bogus or ASCII", () => {
    const b = bytes("<?xml version='1.0' encoding='koi8-r'?><rss>", [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], "</rss>")
    for (const type of [null, undefined, "text/xml", "application/xml;charset=bogus", "text/xml; charset=us-ascii", "text/xml; charset:koi8-u"]) {
      expect(decodeFeedBytes(b, type), String(type)).toContain("<rss>\u041f\u0440\u0438\u0432\u0435\u0442</rss>")
    }
  })

  it("ignores the charset of types that are neither XML nor text", () => {
    expect(charsetOf("application/octet-stream; charset=big5")).toBeUndefined()
    expect(charsetOf("application/atom+xml;charset='gb2312'")).toBe("gb2312")
    expect(charsetOf('text/xml;charset= "us-ascii"')).toBe("us-ascii")
    expect(charsetOf("application/xml;charset = us-ascii")).toBe("us-ascii")
    expect(charsetOf("text/xml; qs=0.9")).toBeUndefined()
  })

  it("ignores a UTF-16 label on bytes that are not UTF-16", () => {
    const b = bytes('<?xml version="1.0" encoding="utf-16"?><rss>caf', [0xc3, 0xa9], "</rss>")
    expect(decodeFeedBytes(b, "text/xml; charset=utf-16")).toContain("<rss>caf\u00e9</rss>")
  })

  it("falls back to windows-1252 when undeclared bytes are plainly not UTF-8", () => {
    const b = bytes("<rss><title>Not", [0xed], "cias ", [0x93], "hoje", [0x94], "</title></rss>")
    expect(decodeFeedBytes(b)).toBe("<rss><title>Not\u00edcias \u201choje\u201d</title></rss>")
    // but one stray byte in otherwise valid UTF-8 stays UTF-8, with a replacement character
    const mixed = bytes("<rss><title>", [0xc3, 0xa9], "t", [0xe9], "</title></rss>")
    expect(decodeFeedBytes(mixed)).toBe("<rss><title>\u00e9t\ufffd</title></rss>")
  })

  it("falls back to the XML declaration when the header's charset does not decode the bytes", () => {
    const cyrillic = "Обстрел Алеппо: погибли 12 мирных жителей"
    const b = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><title>'),
      Buffer.from(new TextEncoderWindows1251().encode(cyrillic)),
      Buffer.from("</title></rss>")
    ])
    const decoded = decodeFeed(b, "application/rss+xml; charset=utf-8")
    expect(decoded).toMatchObject({ encoding: "windows-1251", from: "declaration", replaced: 0 })
    expect(decoded.text).toContain(cyrillic)
  })

  it("recognises an undeclared legacy charset from the bytes, and counts what could not be decoded", () => {
    const cyrillic = "Сирийская армия сообщила, что в результате обстрела в Алеппо погибли 12 мирных жителей, ещё 30 ранены."
    const legacy = decodeDocument(new TextEncoderWindows1251().encode(cyrillic), [])
    expect(legacy).toMatchObject({ text: cyrillic, encoding: "windows-1251", from: "detected", replaced: 0 })
    const damaged = decodeDocument(bytes("caf", [0xc3, 0xa9], " ", [0xc3, 0xa9], " and ", [0xff]), [])
    expect(damaged).toMatchObject({ encoding: "utf-8", replaced: 1 })
    expect(decodingWarning(damaged)).toMatch(/^1 character could not be decoded \(read as utf-8\)/)
    expect(decodingWarning(legacy)).toBeNull()
  })

  it("never throws on truncated or random bytes", () => {
    let seed = 42
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed & 0xff
    }
    for (let n = 0; n < 200; n++) {
      const b = Uint8Array.from({ length: n }, random)
      for (const type of [null, "text/xml; charset=big5", "text/xml; charset=utf-16", "text/xml; charset=shift_jis"]) {
        expect(typeof decodeFeedBytes(b, type)).toBe("string")
      }
    }
    expect(decodeFeedBytes(Uint8Array.of(0xff, 0xfe, 0x3c))).toBe("\ufffd") // odd UTF-16 length
    expect(decodeFeedBytes(Uint8Array.of(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x3c, 0x00))).toBe("<\ufffd")
  })

  it("demoronize maps C1 controls to windows-1252 and leaves the rest", () => {
    expect(demoronize("\u0093quoted\u0094 \u0080 \u0081")).toBe("\u201cquoted\u201d \u20ac \u0081")
    const plain = "nothing to do"
    expect(demoronize(plain)).toBe(plain)
  })
})
