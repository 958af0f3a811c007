export * from "./events.js"
export * from "./Poller.js"
export * from "./schedule.js"
