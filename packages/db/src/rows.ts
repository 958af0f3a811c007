import type { Qualifier } from "@crosscheck/core"
import { Data, Either, Option, ParseResult, Schema, SchemaAST } from "effect"

/** A stored row that does not have the shape this build reads: a file edited by hand or written
 * by a newer crosscheck. Names the table, column and row, and what the column held. Reads raise
 * it inside `Store.query`, which reports it as a StoreError with reason `malformed_row`. */
export class MalformedRow extends Data.TaggedError("MalformedRow")<{
  readonly table: string
  readonly column: string
  /** the row read, by its table and id (a join's row is its first table's), when it has one */
  readonly row: string | null
  readonly value: unknown
  /** what the schema says, e.g. `Expected number, actual "many"` */
  readonly problem: string
}> {
  override get message(): string {
    const at = this.row === null ? "" : ` (${this.row})`
    // the schema's words already show the value, except for a column missing or not JSON
    const what = this.problem.includes("actual") ? this.problem : `holds ${shown(this.value)}: ${this.problem}`
    return `${this.table}.${this.column}${at}: ${what}`
  }
}

const shown = (value: unknown): string => {
  if (value === undefined) return "nothing (no such column)"
  if (value === null) return "NULL"
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  return String(value)
}

const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * A prebuilt decoder for one row shape read by raw SQL: no schema is built per row. `table` is
 * where the row's columns live; `columns` names those that another table holds, or that the
 * SELECT renames (`articleUrl: "articles.url"`, `where: "where_name"`); any other field is the
 * column of its name in snake case. A row that does not decode throws MalformedRow.
 */
export const rowDecoder = <A, I>(
  table: string,
  schema: Schema.Schema<A, I, never>,
  columns: { readonly [K in keyof I]?: string } = {}
): ((row: unknown) => A) => {
  const decode = Schema.decodeUnknownEither(schema)
  const plain = plainCheckOf(schema.ast)
  const columnOf = (field: string): string => {
    const named = (columns as Record<string, string | undefined>)[field] ?? snake(field)
    return named.includes(".") ? named : `${table}.${named}`
  }
  return (row) => {
    // what decodes to itself passes as it is: no copy per row (see plainCheckOf)
    if (plain?.(row)) return row as A
    const decoded = decode(row)
    if (Either.isRight(decoded)) return decoded.right
    throw malformed(table, columnOf, row, decoded.left)
  }
}

type Check = (value: unknown) => boolean

const valueCheckOf = (ast: SchemaAST.AST): Check | null => {
  switch (ast._tag) {
    case "StringKeyword":
      return (v) => typeof v === "string"
    case "NumberKeyword":
      return (v) => typeof v === "number"
    case "Literal": {
      const literal = ast.literal
      return (v) => v === literal
    }
    case "Union": {
      const members = ast.types.map(valueCheckOf)
      if (members.some((m) => m === null)) return null
      const checks = members as ReadonlyArray<Check>
      return (v) => checks.some((check) => check(v))
    }
    case "Refinement": {
      // Schema.int() and the like: the base check, then the refinement's own predicate
      const from = valueCheckOf(ast.from)
      if (from === null) return null
      return (v) => from(v) && Option.isNone(ast.filter(v, SchemaAST.defaultParseOption, ast))
    }
    default:
      return null
  }
}

/** For a struct of strings, numbers, literals, refinements and unions of them (most rows), a check that does
 * what its decoding does to a row without building the decoded copy: the Schema's generic walk
 * costs about 4 us a row, a third of the claims export's time. Brands are annotations, and
 * refinements (Schema.int) run their own predicate. Null when the struct holds anything else
 * (JSON text, a transformation): such rows are decoded. Derived from the schema, so
 * there is still one definition; a row it refuses is decoded, which names what is wrong. */
const plainCheckOf = (ast: SchemaAST.AST): Check | null => {
  if (ast._tag !== "TypeLiteral" || ast.indexSignatures.length > 0) return null
  const names: Array<string> = []
  const checks: Array<Check> = []
  for (const p of ast.propertySignatures) {
    const check = valueCheckOf(p.type)
    if (check === null || p.isOptional || typeof p.name !== "string") return null
    names.push(p.name)
    checks.push(check)
  }
  return (row) => {
    if (typeof row !== "object" || row === null) return false
    const r = row as Record<string, unknown>
    for (let i = 0; i < names.length; i++) if (!(checks[i] as Check)(r[names[i] as string])) return false
    return true
  }
}

const malformed = (table: string, columnOf: (field: string) => string, row: unknown, error: ParseResult.ParseError): MalformedRow => {
  const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0]
  const record = typeof row === "object" && row !== null ? (row as Record<string, unknown>) : {}
  const field = issue?.path[0]
  const id = record.id
  const where = typeof field === "string" ? columnOf(field) : columnOf("?")
  const dot = where.indexOf(".")
  return new MalformedRow({
    table: where.slice(0, dot),
    column: where.slice(dot + 1),
    row: typeof id === "string" || typeof id === "number" ? `${table} row ${id}` : null,
    value: typeof field === "string" ? record[field] : row,
    problem: issue?.message ?? error.message
  })
}

const Text = Schema.NullOr(Schema.String)

/** The claims table's own columns as the repositories' SELECTs name them (camel case, `where`
 * for where_name): one definition for the export's rows and the conflict view's, which add the
 * columns of their joins. */
export const StoredClaimColumns = Schema.Struct({
  id: Schema.String,
  articleId: Schema.String,
  kind: Schema.Literal("quantity", "event"),
  metric: Text,
  min: Schema.NullOr(Schema.Number),
  max: Schema.NullOr(Schema.Number),
  qualifier: Schema.NullOr(Schema.Literal("exact", "at_least", "more_than", "up_to", "about", "vague") satisfies Schema.Schema<Qualifier>),
  who: Text,
  where: Text,
  whereId: Text,
  whenFrom: Text,
  whenTo: Text,
  source: Text,
  actor: Text,
  action: Text,
  polarity: Schema.Literal("asserted", "denied"),
  quote: Schema.String,
  spanStart: Schema.Number,
  spanEnd: Schema.Number
})
