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
export function usageText(e: unknown, spec: Spec, command: string): string | null {
  // Read as plain fields: an error from Node's own realm is not always `instanceof` this realm's Error.
  const { code, message: raw } = (e ?? {}) as { code?: unknown; message?: unknown };
  const message = typeof raw === "string" ? raw : "";
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  // "--preset <value>" or "-p, --preset": the long name a person typed.
  const option = /--[^\s,<]+/.exec(quoted)?.[0] ?? quoted;
  const known = `jx ${command} 的选项 options：${optionList(spec) || "（无 none）"}`;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `jx ${command} 没有选项 ${option}。jx ${command} has no option ${option}.\n${known}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `jx ${command} 不接受参数“${quoted}”。jx ${command} takes no argument "${quoted}".`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/argument missing/.test(message)) return `选项 ${option} 后面缺少取值。The option ${option} needs a value after it.`;
      if (/does not take an argument/.test(message)) return `选项 ${option} 不带取值（写 ${option}，不写 ${option}=…）。The option ${option} takes no value (write ${option}, not ${option}=…).`;
      if (/ambiguous/.test(message)) {
        return `选项 ${option} 后面缺少取值，或取值以 - 开头：取值以 - 开头时请写成 ${option}=-值。The option ${option} is missing its value, or the value starts with -: write ${option}=-VALUE for such a value.`;
      }
      return `选项 ${option} 的取值不对。The value of the option ${option} is not right.`;
    default:
      return null;
  }
}

/** Parses a command's options strictly; a mistake is a UsageError (exit 2), Chinese first, then English. */
export function options<S extends Spec>(args: readonly string[], spec: S, command: string) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
  } catch (e) {
    const text = usageText(e, spec, command);
    // Anything else is a mistake in jx's own option table, not the person's: an internal error.
    if (text === null) throw e;
    throw new UsageError(text);
  }
}
