#!/usr/bin/env node
// The command line: the build of src/node/cli/main.ts (npm run build; `npm pack` builds it via prepack).
import "../dist/cli.js";
