import { Refused } from "../messages";

/**
 * Where a command reads and writes: stdout and stderr, and standard input and output as files (`-`), so tests
 * can run commands in-process, hand them stdin and read everything back.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read for a file named `-` (default: the process's stdin). */
  stdin?(limit: number): Promise<StdinBytes>;
  /** A file's whole content written to standard output, for `--out -` (default: the process's stdout). */
  stdout?(content: Uint8Array | string): void;
}

/** What standard input gave: its bytes, or why it was not read (a terminal, or more than the limit). */
export type StdinBytes = Buffer | "terminal" | "tooBig";

/** The name that means standard input (where a file is read) or standard output (where one is written). */
export const STDIO = "-";

/** Reads the process's stdin up to `limit` bytes; a terminal is not read (nobody types an .xlsx). */
async function processStdin(limit: number): Promise<StdinBytes> {
  if (process.stdin.isTTY) return "terminal";
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > limit) {
      process.stdin.destroy();
      return "tooBig";
    }
  }
  return Buffer.concat(chunks, total);
}

export const processIo: Required<Io> = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  stdin: processStdin,
  stdout(content) {
    // A workbook is not poured onto a terminal (as gzip refuses to): it would only scramble the screen.
    if (typeof content !== "string" && process.stdout.isTTY) {
      throw Refusal.because("stdoutTerminal");
    }
    process.stdout.write(content);
  },
};

/** How a file argument is named in a message: `-` says which stream it is. */
export function shownName(file: string, direction: "in" | "out"): string {
  if (file !== STDIO) return file;
  return direction === "in" ? "-（标准输入 stdin）" : "-（标准输出 stdout）";
}

/** Where a command's own lines go: stderr when the file it writes goes to stdout, so stdout carries only the file. */
export function reportOf(io: Io, out: string | undefined): (text: string) => void {
  return out === STDIO ? (text) => io.err(text) : (text) => io.out(text);
}

/** Exit statuses of WORKBOOK.md. */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;

/** A usage mistake: printed with the command's help, exit 2. */
export class UsageError extends Refused {}

/** A refusal that is not a usage mistake (a file that cannot be written or read): printed as it is, exit 2. */
export class Refusal extends Refused {}

/**
 * Standard input can be read once: refuses `-` given for more than one input, and `--json` (on stdout) with
 * a file written to stdout.
 */
export function checkStdio(inputs: readonly (string | undefined)[], out?: string, json?: boolean): void {
  if (inputs.filter((f) => f === STDIO).length > 1) {
    throw UsageError.because("stdinOnce");
  }
  if (out === STDIO && json) {
    throw UsageError.because("stdoutTwice");
  }
}
