export { cli, command, VERSION } from "./Cli.js"
