import { parseArgs } from "util";
import { UsageError } from "./io";

type Spec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** The options a command takes, as a person types them: `--sheet NAME`, `--json`. */
function optionList(spec: Spec): string {
  return Object.entries(spec)
    .map(([name, o]) => (o.type === "string" ? `--${name} …` : `--${name}`))
    .join(" ");
}

/**
 * A parseArgs mistake in both languages, Chinese first: Node's own words are English only and point to
 * parseArgs's syntax. Each kind it raises has its sentence; the option is taken from its message.
 */
export function usageMistake(e: unknown, spec: Spec, command: string): UsageError | null {
  // Read as plain fields: an error from Node's own realm is not always `instanceof` this realm's Error.
  const { code, message: raw } = (e ?? {}) as { code?: unknown; message?: unknown };
  const message = typeof raw === "string" ? raw : "";
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  // "--preset <value>" or "-p, --preset": the long name a person typed.
  const option = /--[^\s,<]+/.exec(quoted)?.[0] ?? quoted;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return UsageError.because("optionUnknown", {
        command,
        option,
        options: optionList(spec) || { zh: "无", en: "none" },
      });
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return UsageError.because("argumentUnexpected", { command, argument: quoted });
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/argument missing/.test(message)) return UsageError.because("optionNeedsValue", { option });
      if (/does not take an argument/.test(message)) return UsageError.because("optionTakesNoValue", { option });
      if (/ambiguous/.test(message)) return UsageError.because("optionValueAmbiguous", { option });
      return UsageError.because("optionValueWrong", { option });
    default:
      return null;
  }
}

/** Parses a command's options strictly; a mistake is a UsageError (exit 2), Chinese first, then English. */
export function options<S extends Spec>(args: readonly string[], spec: S, command: string) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
  } catch (e) {
    // Anything else is a mistake in jx's own option table, not the person's: an internal error.
    throw usageMistake(e, spec, command) ?? e;
  }
}
