export * from "./ArticleRepository.js"
export * from "./EventLog.js"
export * as schema from "./schema.js"
export * from "./Store.js"
