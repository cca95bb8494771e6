/**
 * The `resident-pension` command line (bin/resident-pension.js runs the build of this file).
 * Everything happens in run(); this file only connects it to the process: signals, the final
 * writes and the exit code.
 */
import { nodeIo } from "./io";
import { run } from "./run";

const argv = process.argv.slice(2);
/** batch and cost write while they run and report their own write errors (docs/reliability.md). */
const streaming = argv[0] === "batch" || argv[0] === "cost";

// `resident-pension evaluate case.json | head`: a closed pipe ends the output quietly. For batch
// and cost the write callbacks report it (exit 74); this listener only keeps the process alive.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (!streaming && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});
// Progress and messages on a closed standard error must not crash a run.
process.stderr.on("error", () => undefined);

// SIGINT / SIGTERM stop batch and cost between chunks, with a message saying how far they got
// (and no partial --out file); a second signal ends the process at once.
const controller = new AbortController();
if (streaming) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(signal === "SIGINT" ? 130 : 143);
      controller.abort(signal);
      process.stdin.destroy(); // a read of standard input that waits ends too
    });
  }
}

/** Write all of `text`; the error if it could not be written. */
function writeAll(stream: NodeJS.WriteStream, text: string): Promise<Error | null> {
  if (text === "") return Promise.resolve(null);
  return new Promise((done) => stream.write(text, (e) => done(e ?? null)));
}

run(argv, { ...nodeIo, signal: controller.signal }).then(
  async (result) => {
    const failed = (await writeAll(process.stdout, result.stdout)) as NodeJS.ErrnoException | null;
    await writeAll(process.stderr, result.stderr);
    process.exitCode = result.code;
    // A full disk or a closed pipe never passes for success (a closed pipe after evaluate,
    // explain, check or regions is `| head`: quiet, as above).
    if (failed !== null && (streaming || failed.code !== "EPIPE")) {
      process.stderr.write(`resident-pension: cannot write standard output: ${failed.code ?? failed.message}\n`);
      if (result.code === 0) process.exitCode = 74;
    }
  },
  (error: unknown) => {
    // Not bad input (that is exit 2 with the error JSON): a bug in the library or the CLI.
    process.stderr.write(
      `resident-pension: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
