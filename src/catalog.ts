import { ARRIVALRATE } from "./rules/arrivalRate";
import { CHECKLIST } from "./rules/checklist";
import { CHECKWEIGHTS } from "./rules/checkWeights";
import { DEDUCT } from "./rules/deductPerFinding";
import { DEVIATIONSCORE } from "./rules/deviationScore";
import { EXECRATE } from "./rules/executionRate";
import { GRADE } from "./rules/grade";
import { LIKERTSCORE } from "./rules/likertScore";
import { PASSLINE } from "./rules/passLine";
import { QUALSCORE } from "./rules/qualitativeScore";
import { RATIOSCORE } from "./rules/ratioScore";
import { SCORERATE } from "./rules/scoreRate";
import { TARGETSCORE } from "./rules/targetScore";
import { TIER } from "./rules/tier";
import { TREECHECK } from "./rules/treeCheck";
import { WEIGHTEDSCORE } from "./rules/weightedScore";
import type { Rule } from "./rules/defineRule";
import type { RawArg } from "./rules/params";

/** Every custom function of FUNCTIONS.md, in its order. Both doors (Excel, `jx fn`) evaluate through this. */
export const RULES: readonly Rule[] = [
  EXECRATE,
  ARRIVALRATE,
  RATIOSCORE,
  WEIGHTEDSCORE,
  GRADE,
  SCORERATE,
  DEDUCT,
  TIER,
  DEVIATIONSCORE,
  LIKERTSCORE,
  TARGETSCORE,
  PASSLINE,
  CHECKLIST,
  QUALSCORE,
  CHECKWEIGHTS,
  TREECHECK,
];

const BY_NAME = new Map(RULES.map((r) => [r.name, r]));

export function ruleNamed(name: string): Rule | undefined {
  return BY_NAME.get(name.toUpperCase().replace(/^JIXIAO\./, ""));
}

/** The namespace Excel shows before every function name. */
export const NAMESPACE = "JIXIAO";

function literal(arg: RawArg): string {
  if (arg === null || arg === undefined) return "";
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (typeof arg === "number") return String(arg);
  const rows = (arg as readonly unknown[]).every(Array.isArray)
    ? (arg as readonly RawArg[][])
    : [arg as readonly RawArg[]];
  return `{${rows.map((row) => row.map(literal).join(",")).join(";")}}`;
}

/** An example as a formula a person can type: `=JIXIAO.EXECRATE(987.91,1000)`. */
export function exampleFormula(rule: Rule, args: readonly RawArg[]): string {
  const trimmed = [...args];
  while (trimmed.length && (trimmed[trimmed.length - 1] === null || trimmed[trimmed.length - 1] === undefined))
    trimmed.pop();
  return `=${NAMESPACE}.${rule.name}(${trimmed.map(literal).join(",")})`;
}
