import { main } from "../../src/cli/main";

/** What a run of jx printed: its text lines on stdout and stderr, and a file it wrote to stdout (`--out -`). */
export interface JxRun {
  code: number;
  out: string;
  err: string;
}

/** Runs jx in-process, capturing what it prints; standard input is empty (as from /dev/null). */
export async function jx(...argv: string[]): Promise<JxRun> {
  const { code, out, err } = await jxPiped(Buffer.alloc(0), ...argv);
  return { code, out, err };
}

/**
 * Runs jx in-process with `stdin` as its standard input (`-`), capturing its text and the bytes of a file
 * written to standard output (`--out -`) apart, so a workbook's bytes are compared exactly.
 */
export async function jxPiped(
  stdin: Buffer | string,
  ...argv: string[]
): Promise<JxRun & { stdout: Buffer; stdinReads: number }> {
  let out = "";
  let err = "";
  const written: Buffer[] = [];
  let stdinReads = 0;
  const input = Buffer.from(stdin);
  const code = await main(argv, {
    out: (t) => void (out += t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => void (err += t.endsWith("\n") ? t : `${t}\n`),
    stdin: async (limit) => {
      stdinReads++;
      return input.length > limit ? "tooBig" : input;
    },
    stdout: (content) => void written.push(Buffer.from(content)),
  });
  return { code, out, err, stdout: Buffer.concat(written), stdinReads };
}
