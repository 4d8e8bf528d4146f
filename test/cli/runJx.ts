import { main } from "../../src/cli/main";

/** Runs jx in-process, capturing what it prints. */
export async function jx(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t.endsWith("\n") ? t : `${t}\n`), err: (t) => void (err += t.endsWith("\n") ? t : `${t}\n`) });
  return { code, out, err };
}
