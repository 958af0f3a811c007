/** How the process ends when SIGINT or SIGTERM stops it. Most commands report the signal
 * (130/143); the daemon's contract is to finish in-flight work and exit 0, since being stopped
 * is how a daemon ends. */
export const onSignal = { exitZero: false }
