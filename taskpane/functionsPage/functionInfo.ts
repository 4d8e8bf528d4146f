import { RULES, exampleFormula } from "../../src/catalog";

/** One function as the 函数 page shows it: help from the generated functions.json, examples from the core. */
export interface FunctionInfo {
  readonly id: string;
  readonly description: string;
  readonly parameters: readonly { readonly name: string; readonly description: string; readonly optional: boolean }[];
  readonly examples: readonly { readonly formula: string; readonly result: string }[];
}

interface MetadataFunction {
  id: string;
  description?: string;
  parameters?: { name: string; description?: string; optional?: boolean }[];
}

/** Joins functions.json (descriptions written once, in the JSDoc) with the core's runnable examples. */
export function functionInfos(metadata: { functions: MetadataFunction[] } | null): FunctionInfo[] {
  return RULES.map((rule) => {
    const meta = metadata?.functions.find((f) => f.id === rule.name);
    return {
      id: rule.name,
      description: meta?.description ?? "",
      parameters: meta?.parameters?.map((p) => ({ name: p.name, description: p.description ?? "", optional: p.optional === true })) ??
        rule.params.map((p) => ({ name: p.name, description: p.zh, optional: p.optional === true })),
      examples: rule.examples.map((ex) => ({ formula: exampleFormula(rule, ex.args), result: ex.result })),
    };
  });
}

/** Whether a function matches what the person typed (name or description, any case). */
export function matches(info: FunctionInfo, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === "" || info.id.toLowerCase().includes(q) || info.description.toLowerCase().includes(q);
}
