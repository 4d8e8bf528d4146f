import { checkTemplateData, type TemplateReading } from "./checkTemplate";
import { parseJsonText, textOf, withoutSchemaPointer } from "./jsonText";

export type { TemplateReading };

/**
 * Reads a template file: its encoding (UTF-8, or UTF-16 with a byte-order mark, when given bytes), JSON
 * syntax (every error with its line and column; nesting, __proto__, duplicate keys and numbers out of range
 * refused at their place), then the schema (template.schema.json, every problem at once), then the
 * exact-decimal checks of the tree (weights add up, scores within their weights, depth ≤ 4); a top-level
 * `"$schema"` string (for editors) is set aside. `template` is
 * returned whenever the file is schema-valid, so `--force` can write it with its problems flagged.
 */
export function readTemplate(input: string | Uint8Array): TemplateReading {
  const text = textOf(input);
  if ("problems" in text) return { template: null, problems: text.problems };
  const { data, problems } = parseJsonText(text.text);
  if (problems.length) return { template: null, problems };
  return checkTemplateData(withoutSchemaPointer(data));
}
