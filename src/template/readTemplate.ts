import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { problem } from "../tree/checkTree";
import { checkTemplateData, type TemplateReading } from "./checkTemplate";

export type { TemplateReading };

/** Line and column of an offset in the text, as a person counts them. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `第 ${before.split("\n").length} 行第 ${offset - before.lastIndexOf("\n")} 列`;
}

/**
 * Reads a template file: JSON syntax (every error with its line and column), then the schema
 * (template.schema.json, every problem at once), then the exact-decimal checks of the tree (weights add
 * up, scores within their weights, depth ≤ 4). `template` is returned whenever the file is schema-valid,
 * so `--force` can write it with its problems flagged.
 */
export function readTemplate(text: string): TemplateReading {
  const errors: ParseError[] = [];
  const body = text.replace(/^\uFEFF/, "");
  const data: unknown = parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    return {
      template: null,
      problems: errors.map((e) =>
        problem(lineAndColumn(body, e.offset), "unreadable", `不是有效的 JSON（${printParseErrorCode(e.error)}）`, `not valid JSON (${printParseErrorCode(e.error)})`),
      ),
    };
  }
  return checkTemplateData(data);
}

