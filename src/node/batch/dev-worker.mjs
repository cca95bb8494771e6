// The batch worker when the library runs from its TypeScript sources (tests, tsx): registers
// tsx in this worker thread, then loads worker.ts. The built package uses dist/batch-worker.js.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
