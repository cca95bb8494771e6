/**
 * The `resident-pension` command line (bin/resident-pension.js runs the build of this file).
 * Everything happens in run(); this file only connects it to the process.
 */
import { run } from "./run";

// `resident-pension evaluate case.json | head`: a closed pipe ends the output quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then(
  (result) => {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.code;
  },
  (error: unknown) => {
    // Not bad input (that is exit 2 with the error JSON): a bug in the library or the CLI.
    process.stderr.write(`resident-pension: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
