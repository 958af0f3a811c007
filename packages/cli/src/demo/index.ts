export * as answerKey from "./answerKey.js"
export { type DemoItem, type DemoOutlet, type Evening, eveningFor, OUTLETS, REPLAY_MS } from "./evening.js"
export { renderFeed, renderOpml } from "./feeds.js"
export { acceptsGzip, type DemoFeed, type DemoServer, DemoServerError, type DemoServerOptions, demoServer, startDemoServer } from "./server.js"
