import { parseArgs } from "util";
import { UsageError } from "./io";

type Spec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** Parses a command's options strictly; a mistake is a UsageError (exit 2) in both languages. */
export function options<S extends Spec>(args: readonly string[], spec: S, command: string) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`jx ${command}：${e instanceof Error ? e.message : String(e)}`);
  }
}
