import { ruleNamed } from "../../src/catalog";
import { formatOutput } from "../../src/rules/defineRule";
import type { RawArg } from "../../src/rules/params";

/** Evaluates NAME(args) through the catalog: the printed result, or the Excel error code. */
export function run(name: string, ...args: RawArg[]): string {
  const rule = ruleNamed(name);
  if (!rule) throw new Error(`no rule ${name}`);
  const r = rule.evaluate(args);
  return r.ok ? formatOutput(r.value) : r.code;
}

/** The failure's reason key, for tests that check which error it was. */
export function reason(name: string, ...args: RawArg[]): string {
  const r = ruleNamed(name)?.evaluate(args);
  if (!r || r.ok) throw new Error(`${name} did not fail`);
  return `${r.code} ${r.reason}`;
}
