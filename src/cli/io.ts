/** Where a command writes: stdout and stderr, so tests can run commands in-process and read both. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Exit statuses of WORKBOOK.md. */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;

/** A usage mistake: printed with the command's help, exit 2. */
export class UsageError extends Error {}

/** A refusal that is not a usage mistake (a file that cannot be written or read): printed as it is, exit 2. */
export class Refusal extends Error {}
