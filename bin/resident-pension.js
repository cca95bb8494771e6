#!/usr/bin/env node
// The command line: the build of src/cli/main.ts (npm run build; `npm ci` builds it via prepare).
import "../dist/cli.js";
