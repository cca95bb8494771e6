// The batch worker process when the library runs from its TypeScript sources (tests, tsx):
// registers tsx in this process, then loads process-worker.ts. The built package uses
// dist/batch-process.js.
import { register } from "tsx/esm/api";

register();
await import("./process-worker.ts");
