/** A reader for the `Expect:` lines of feedparser's test corpus: the small subset of Python
 * expressions they are written in (`not bozo and entries[0]['title'] == u'...'`), parsed into a
 * tree that the conformance check evaluates against crosscheck's own parse. Nothing here knows
 * about feeds. */

export type Node =
  | { readonly kind: "str"; readonly value: string }
  | { readonly kind: "num"; readonly value: number }
  | { readonly kind: "const"; readonly value: boolean | null }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "tuple"; readonly items: ReadonlyArray<Node> }
  | { readonly kind: "list"; readonly items: ReadonlyArray<Node> }
  | { readonly kind: "dict"; readonly entries: ReadonlyArray<readonly [Node, Node]> }
  | { readonly kind: "index"; readonly target: Node; readonly key: Node }
  | { readonly kind: "attr"; readonly target: Node; readonly name: string }
  | { readonly kind: "call"; readonly callee: Node; readonly args: ReadonlyArray<Node> }
  | { readonly kind: "not"; readonly operand: Node }
  | { readonly kind: "and" | "or"; readonly operands: ReadonlyArray<Node> }
  | { readonly kind: "compare"; readonly first: Node; readonly rest: ReadonlyArray<readonly [string, Node]> }
  | { readonly kind: "neg"; readonly operand: Node }
  | { readonly kind: "add"; readonly operands: ReadonlyArray<Node> }

type Token =
  | { readonly t: "str"; readonly v: string }
  | { readonly t: "num"; readonly v: number }
  | { readonly t: "name"; readonly v: string }
  | { readonly t: "op"; readonly v: string }

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\u0007",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0"
}

/** Python 2 string literal body: \xNN, \uNNNN, \UNNNNNNNN, the usual single-letter escapes;
 * raw strings keep backslashes. */
const pythonUnescape = (body: string, raw: boolean): string => {
  if (raw || !body.includes("\\")) return body
  let out = ""
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== "\\") {
      out += c
      continue
    }
    const e = body[i + 1] ?? ""
    const hex = (n: number) => {
      const h = body.slice(i + 2, i + 2 + n)
      if (!/^[\da-fA-F]+$/.test(h) || h.length !== n) throw new Error(`bad escape \\${e}${h}`)
      out += String.fromCodePoint(Number.parseInt(h, 16))
      i += 1 + n
    }
    if (e === "x") hex(2)
    else if (e === "u") hex(4)
    else if (e === "U") hex(8)
    else if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e]
      i++
    } else if (e === "\n") i++
    else out += c // unknown escapes stay as written, as in Python
  }
  return out
}

const tokenize = (src: string): Array<Token> => {
  const tokens: Array<Token> = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    const prefix = /^([uUrRbB]{0,2})(['"])/.exec(src.slice(i, i + 3))
    if (prefix !== null && (prefix[1] === "" || /^[a-zA-Z]+$/.test(prefix[1]!))) {
      const raw = /r/i.test(prefix[1]!)
      const quote = prefix[2]!
      const triple = src.startsWith(quote.repeat(3), i + prefix[1]!.length)
      const delim = triple ? quote.repeat(3) : quote
      let j = i + prefix[1]!.length + delim.length
      let body = ""
      for (;;) {
        if (j >= src.length) throw new Error("unterminated string")
        if (src[j] === "\\") {
          body += src.slice(j, j + 2)
          j += 2
          continue
        }
        if (src.startsWith(delim, j)) break
        body += src[j]
        j++
      }
      tokens.push({ t: "str", v: pythonUnescape(body, raw) })
      i = j + delim.length
      continue
    }
    const num = /^\d+(?:\.\d+)?L?/.exec(src.slice(i))
    if (num !== null) {
      tokens.push({ t: "num", v: Number(num[0].replace(/L$/, "")) })
      i += num[0].length
      continue
    }
    const name = /^[A-Za-z_]\w*/.exec(src.slice(i))
    if (name !== null) {
      tokens.push({ t: "name", v: name[0] })
      i += name[0].length
      continue
    }
    const op = /^(==|!=|<=|>=|[<>()[\]{},.:+-])/.exec(src.slice(i))
    if (op === null) throw new Error(`unexpected ${JSON.stringify(c)}`)
    tokens.push({ t: "op", v: op[0] })
    i += op[0].length
  }
  return tokens
}

/** Parses one Python expression; throws on anything outside the subset. */
export const parsePython = (src: string): Node => {
  const tokens = tokenize(src)
  let p = 0
  const peek = (): Token | undefined => tokens[p]
  const isOp = (v: string) => peek()?.t === "op" && peek()?.v === v
  const isName = (v: string) => peek()?.t === "name" && peek()?.v === v
  const expectOp = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v}`)
    p++
  }

  const sequence = (close: string): Array<Node> => {
    const items: Array<Node> = []
    while (!isOp(close)) {
      items.push(expr())
      if (!isOp(close)) expectOp(",")
    }
    p++
    return items
  }

  const atom = (): Node => {
    const t = tokens[p++]
    if (t === undefined) throw new Error("unexpected end")
    if (t.t === "str") {
      let value = t.v
      // adjacent literals concatenate
      while (peek()?.t === "str") value += (tokens[p++] as { v: string }).v
      return { kind: "str", value }
    }
    if (t.t === "num") return { kind: "num", value: t.v }
    if (t.t === "name") {
      if (t.v === "True") return { kind: "const", value: true }
      if (t.v === "False") return { kind: "const", value: false }
      if (t.v === "None") return { kind: "const", value: null }
      return { kind: "name", name: t.v }
    }
    if (t.v === "-") return { kind: "neg", operand: postfix() }
    if (t.v === "(") {
      if (isOp(")")) {
        p++
        return { kind: "tuple", items: [] }
      }
      const first = expr()
      if (isOp(")")) {
        p++
        return first
      }
      expectOp(",")
      return { kind: "tuple", items: [first, ...sequence(")")] }
    }
    if (t.v === "[") return { kind: "list", items: sequence("]") }
    if (t.v === "{") {
      const entries: Array<readonly [Node, Node]> = []
      while (!isOp("}")) {
        const k = expr()
        expectOp(":")
        entries.push([k, expr()])
        if (!isOp("}")) expectOp(",")
      }
      p++
      return { kind: "dict", entries }
    }
    throw new Error(`unexpected ${t.v}`)
  }

  const postfix = (): Node => {
    let node = atom()
    for (;;) {
      if (isOp("[")) {
        p++
        const key = expr()
        expectOp("]")
        node = { kind: "index", target: node, key }
      } else if (isOp(".")) {
        p++
        const t = tokens[p++]
        if (t?.t !== "name") throw new Error("expected a name after .")
        node = { kind: "attr", target: node, name: t.v }
      } else if (isOp("(")) {
        p++
        node = { kind: "call", callee: node, args: sequence(")") }
      } else return node
    }
  }

  const sum = (): Node => {
    const operands = [postfix()]
    while (isOp("+")) {
      p++
      operands.push(postfix())
    }
    return operands.length === 1 ? operands[0]! : { kind: "add", operands }
  }

  const comparison = (): Node => {
    const first = sum()
    const rest: Array<readonly [string, Node]> = []
    for (;;) {
      const t = peek()
      if (t?.t === "op" && ["==", "!=", "<", ">", "<=", ">="].includes(t.v)) {
        p++
        rest.push([t.v, sum()])
      } else if (isName("in")) {
        p++
        rest.push(["in", sum()])
      } else if (isName("not") && tokens[p + 1]?.t === "name" && tokens[p + 1]?.v === "in") {
        p += 2
        rest.push(["not in", sum()])
      } else if (isName("is")) {
        p++
        if (isName("not")) {
          p++
          rest.push(["is not", sum()])
        } else rest.push(["is", sum()])
      } else break
    }
    return rest.length === 0 ? first : { kind: "compare", first, rest }
  }

  const not = (): Node => {
    if (isName("not")) {
      p++
      return { kind: "not", operand: not() }
    }
    return comparison()
  }
  const and = (): Node => {
    const operands = [not()]
    while (isName("and")) {
      p++
      operands.push(not())
    }
    return operands.length === 1 ? operands[0]! : { kind: "and", operands }
  }
  const expr = (): Node => {
    const operands = [and()]
    while (isName("or")) {
      p++
      operands.push(and())
    }
    return operands.length === 1 ? operands[0]! : { kind: "or", operands }
  }

  const node = expr()
  if (p !== tokens.length) throw new Error(`trailing input at token ${p}`)
  return node
}

/** The top-level conjuncts of an expression: `a and b and c` is three checks, each counted
 * on its own. */
export const conjuncts = (node: Node): ReadonlyArray<Node> => (node.kind === "and" ? node.operands : [node])

/** The `Expect:` (and `Header:`) lines in the comment that opens a feedparser test file. */
export const readTestHeader = (text: string): { readonly expect: string | null; readonly headers: ReadonlyArray<readonly [string, string]> } => {
  const start = text.indexOf("<!--")
  const end = text.indexOf("-->", start)
  const comment = start < 0 || end < 0 ? "" : text.slice(start + 4, end)
  let expect: string | null = null
  const headers: Array<readonly [string, string]> = []
  for (const line of comment.split(/\r?\n/)) {
    const m = /^\s*(Expect|Header):\s*(.*?)\s*$/.exec(line)
    if (m === null) continue
    if (m[1] === "Expect") expect = m[2]!
    else {
      const colon = m[2]!.indexOf(":")
      if (colon > 0) headers.push([m[2]!.slice(0, colon).trim(), m[2]!.slice(colon + 1).trim()])
    }
  }
  return { expect, headers }
}
