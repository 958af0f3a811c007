export * from "./Article.js"
export * from "./identity.js"
export * from "./text.js"
export * from "./normalise.js"
