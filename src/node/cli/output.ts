/**
 * Where `batch` writes its results, with the guarantees of docs/reliability.md: every write
 * error (full disk, size limit, closed pipe) is reported, never lost; a regular file is written
 * under a temporary name in its own folder and renamed into place only when complete, so an
 * interrupted or failed run never leaves a partial file under the final name.
 */
import { randomBytes } from "node:crypto";
import { fstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { open, rename, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { reason } from "./io";

/** An output being written. */
export interface Output {
  /** For messages: the file name, or "standard output". */
  readonly name: string;
  /** Write the bytes; rejects with the write error (and every later write does too). */
  write(data: string | Uint8Array): Promise<void>;
  /** Everything written and flushed, the file renamed into place; rejects on a write error. */
  commit(): Promise<void>;
  /** Stop: a temporary file is removed, the final name is left as it was. Never rejects. */
  abort(): Promise<void>;
  /** For a regular file: its temporary file, which worker processes write themselves ({@link Spool}). */
  readonly spool?: Spool;
}

/**
 * A temporary output file that other processes write at positions handed out in order: the
 * bytes of a result go from the worker that made them straight to the file, not through this
 * process (src/node/batch/pool.ts).
 */
export interface Spool {
  /** The temporary file's path, for the workers to open. */
  readonly path: string;
  /**
   * Reserve the next `bytes` bytes of the output and have `write` fill them (at the position it
   * is given), after the write placed before it has ended: one write at a time, in file order.
   * Resolves when that earlier write has ended (await it: backpressure); `commit` waits for every
   * write, and fails with the first write error (as does every `place` after it).
   */
  place(bytes: number, write: (position: number) => Promise<void>): Promise<void>;
  /** Write `bytes` at `position` from this process (a worker died before writing its part). */
  write(bytes: Uint8Array, position: number): Promise<void>;
}

/** Bytes written into a temporary output file between two background flushes: 256 MiB. */
export const FLUSH_BYTES = 256 * 1024 * 1024;

/** A failure to write the output (exit 74 on the command line). */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ? `${err.code} (${err.message})` : reason(e);
}

/** A stream the command does not own (standard output): written in order, every callback checked. */
export function streamOutput(stream: NodeJS.WritableStream, name = "standard output"): Output {
  let error: unknown = null;
  let last: Promise<void> = Promise.resolve();
  // Without a listener an 'error' event would end the process; the write callbacks report it.
  const onError = (e: unknown): void => {
    error ??= e;
  };
  stream.on("error", onError);
  const failed = (): OutputError => new OutputError(`cannot write ${name}: ${describe(error)}`);
  return {
    name,
    async write(data) {
      if (error !== null) throw failed();
      if (data.length === 0) return;
      let full = false;
      last = new Promise<void>((done) => {
        full = !stream.write(data, (e?: Error | null) => {
          if (e) error ??= e;
          done();
        });
      });
      // Backpressure: when the buffer is full, wait until this chunk (and all before it) is out.
      if (full) await last;
      if (error !== null) throw failed();
    },
    async commit() {
      await last;
      stream.removeListener("error", onError);
      if (error !== null) throw failed();
    },
    async abort() {
      stream.removeListener("error", onError);
    },
  };
}

/** The target's status (symlinks followed), or null when it does not exist. */
function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/**
 * Why `out` may not be written, or null: it is the input (same device and inode, whatever the
 * path, symlink or hard link), or a folder. Checked before anything is opened for writing.
 * `input` is a file name, or `-` for standard input (compared when it is a file).
 */
export function refuseOutput(out: string, input: string): string | null {
  let target: Stats | null;
  try {
    target = statOrNull(out);
  } catch (e) {
    return `cannot write ${out}: ${describe(e)}`;
  }
  if (target === null) return null;
  if (target.isDirectory()) return `--out ${out} is a folder`;
  let source: Stats | null;
  try {
    source = input === "-" ? fstatSync(0) : statSync(input);
  } catch {
    source = null;
  }
  if (source !== null && source.dev === target.dev && source.ino === target.ino) {
    return `--out ${out} is the input${input === "-" ? " (standard input)" : ` file ${input}`}: refused, the input is left untouched`;
  }
  return null;
}

/**
 * Open `file` for the results. A regular file (or a name that does not exist yet) is written
 * to a temporary file next to it (`.name.<pid>.<random>.tmp`), renamed over it on commit; a
 * symlink keeps pointing where it did (its target is replaced). Anything else (`/dev/full`, a
 * pipe, a terminal) is written directly: errors are still reported. The temporary file is
 * flushed in the background after every `flushBytes` written (tests give a small figure).
 */
export async function fileOutput(file: string, flushBytes = FLUSH_BYTES): Promise<Output> {
  const existing = statOrNull(file);
  if (existing !== null && !existing.isFile()) {
    const handle = await open(file, "w");
    return handleOutput(handle, file, null, null, flushBytes);
  }
  const final = existing === null ? resolve(file) : realpathSync(file);
  const temp = join(dirname(final), `.${basename(final)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", existing === null ? 0o666 : existing.mode & 0o7777);
  return handleOutput(handle, file, temp, final, flushBytes);
}

/**
 * A file flushed as it grows: one `datasync` at a time, in the background, after every
 * `flushBytes` written, so that the `fsync` before the rename, which the run waits for, has
 * little left to write (0.8 s for the 2.8 GB of 200,000 cases with the trace, otherwise). A
 * failed flush is handed to `onError`: the run fails as on a failed write.
 */
function backgroundFlush(
  handle: FileHandle,
  flushBytes: number,
  onError: (e: unknown) => void,
): { wrote(bytes: number): void; end(): Promise<void> } {
  let written = 0;
  let flushedAt = 0;
  let flushing: Promise<void> | null = null;
  let ending = false; // commit or abort began: no new flush
  const flushSome = (): void => {
    if (flushing !== null || ending || written - flushedAt < flushBytes) return;
    flushedAt = written;
    flushing = handle.datasync().then(
      () => {
        flushing = null;
        flushSome(); // what was written meanwhile
      },
      (e: unknown) => {
        onError(e);
        flushing = null;
      },
    );
  };
  return {
    wrote(bytes) {
      written += bytes;
      flushSome();
    },
    async end() {
      ending = true;
      await flushing;
    },
  };
}

function handleOutput(
  handle: FileHandle,
  name: string,
  temp: string | null,
  final: string | null,
  flushBytes: number,
): Output {
  let error: unknown = null;
  let closed = false;
  // A temporary file is written at explicit positions (worker processes write parts of it too);
  // anything else (a device, a pipe) in order, at its own position.
  let size = 0;
  // The last placed write (settled, never rejected): writes into the spool run one at a time, in
  // file order. Two processes writing one file at once contend for its lock: 2.8 GB took 7 s and
  // 11-13 s of system CPU that way, 1 s for one writer (docs/performance.md, third round).
  let placed: Promise<void> = Promise.resolve();
  const keep = (e: unknown): void => void (error ??= e); // the first error is the one reported
  const flusher = temp === null ? null : backgroundFlush(handle, flushBytes, keep);
  const writeAt = async (bytes: Uint8Array, position: number | null): Promise<void> => {
    let at = 0;
    while (at < bytes.length)
      at += (await handle.write(bytes, at, bytes.length - at, position === null ? null : position + at)).bytesWritten;
  };
  const failed = (): OutputError => new OutputError(`cannot write ${name}: ${describe(error)}`);
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    name,
    async write(data) {
      if (error !== null) throw failed();
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      const position = temp === null ? null : size;
      size += bytes.length;
      try {
        await writeAt(bytes, position);
      } catch (e) {
        error = e;
        throw failed();
      }
      flusher?.wrote(bytes.length);
    },
    async commit() {
      await placed;
      await flusher?.end();
      if (error !== null) throw failed();
      try {
        if (temp !== null) await handle.sync(); // on disk before it takes the final name
        await close();
        if (temp !== null && final !== null) await rename(temp, final);
      } catch (e) {
        error = e;
        await this.abort();
        throw failed();
      }
    },
    async abort() {
      await flusher?.end();
      await close().catch(() => undefined);
      if (temp !== null) await unlink(temp).catch(() => undefined);
    },
    ...(temp === null
      ? {}
      : {
          spool: {
            path: temp,
            place(bytes: number, write: (position: number) => Promise<void>): Promise<void> {
              if (error !== null) throw failed(); // an earlier write failed: stop the run now
              const position = size;
              size += bytes;
              const before = placed;
              placed = placed.then(() => write(position).then(() => flusher?.wrote(bytes), keep));
              return before;
            },
            write: writeAt,
          },
        }),
  };
}
