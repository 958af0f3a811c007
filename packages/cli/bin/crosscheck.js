#!/usr/bin/env node
// Committed shim so npm can link the `crosscheck` bin before the first build has run.
import "../dist/main.js"
