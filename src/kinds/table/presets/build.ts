import type { Template, TemplateIndicator } from "../model";

/** An indicator: `ind("决策", 15, [children])` or `ind("论证充分性", 4, { criteria: "…" })`. */
export function ind(
  name: string,
  weight: number,
  rest: TemplateIndicator[] | Omit<TemplateIndicator, "name" | "weight"> = {},
): TemplateIndicator {
  return Array.isArray(rest) ? { name, weight, children: rest } : { name, weight, ...rest };
}

/** A parent with its text as well as its children. */
export function group(
  name: string,
  weight: number,
  extra: Omit<TemplateIndicator, "name" | "weight" | "children">,
  children: TemplateIndicator[],
): TemplateIndicator {
  return { name, weight, ...extra, children };
}

export interface Preset {
  readonly id: string;
  readonly title: string;
  /** Where it comes from (the rule or the report). */
  readonly source: string;
  readonly template: Template;
}

export function template(title: string, indicators: TemplateIndicator[], extra: Partial<Template> = {}): Template {
  return { format: "jixiao-template", version: 1, title, ...extra, indicators };
}
