import type { ErrorObject } from "ajv";
import validateSchema from "./validateTemplate.generated";
import { checkTree, problem, type Problem } from "../tree/checkTree";
import { treeOfTemplate } from "../tree/fromTemplate";
import type { Template, TemplateIndicator } from "../kinds/table/model";
import { gradeBandProblems, longTextProblems, sizeProblem } from "../layout/excelLimits";

// ajv's standalone validator, generated from template.schema.json (npm run schema; a test keeps it current).
const validate = validateSchema as unknown as ((data: unknown) => data is Template) & { errors?: ErrorObject[] | null };

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "文字",
  number: "数字",
  integer: "整数",
  boolean: "true/false",
  array: "数组",
  object: "对象",
};

/** A schema error as a problem at its JSON path: its reason in the catalogue and the values it names. */
export function schemaProblem(e: ErrorObject): Problem {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath || "/";
  switch (e.keyword) {
    case "required":
      return problem(at, "schemaRequired", { field: String(p.missingProperty) });
    case "additionalProperties":
      return problem(at, "schemaUnknownField", { field: String(p.additionalProperty) });
    case "type":
      return problem(at, "schemaType", { type: TYPE_WORDS[String(p.type)] ?? String(p.type), typeEn: String(p.type) });
    case "const":
      return problem(at, "schemaConst", { value: JSON.stringify(p.allowedValue) });
    case "enum":
      return problem(at, "schemaEnum", {
        values: {
          zh: (p.allowedValues as unknown[]).map(String).join("、"),
          en: (p.allowedValues as unknown[]).map(String).join(", "),
        },
      });
    case "minLength":
      return problem(at, "schemaEmpty");
    case "minItems":
      return problem(at, "schemaMinItems", { limit: String(p.limit) });
    case "maxItems":
      return problem(at, "schemaMaxItems", { limit: String(p.limit) });
    case "exclusiveMinimum":
      return problem(at, "schemaAbove", { limit: String(p.limit) });
    case "minimum":
      return problem(at, "schemaMinimum", { limit: String(p.limit) });
    case "maximum":
      return problem(at, "schemaMaximum", { limit: String(p.limit) });
    default:
      return problem(at, "schemaOther", { keyword: e.keyword, detail: e.message ?? e.keyword });
  }
}

/** The result of reading a template file: the template when it is valid, and every problem with its JSON path. */
export interface TemplateReading {
  readonly template: Template | null;
  readonly problems: readonly Problem[];
}

/** The same checks for data already parsed (the task pane's import). */
export function checkTemplateData(data: unknown): TemplateReading {
  if (!validate(data)) {
    const problems = (validate.errors ?? [])
      .filter((e) => !(e.keyword === "if" || e.keyword === "anyOf"))
      .map(schemaProblem);
    return { template: null, problems };
  }
  const template = data;
  const tooMany = sizeProblem(template.indicators);
  if (tooMany) return { template: null, problems: [tooMany] };
  const problems = [
    ...checkTree(treeOfTemplate(template)),
    ...longTextProblems(template),
    ...gradeBandProblems(template.grades),
  ];
  if (template.grades) {
    const labels = new Set<string>();
    template.grades.forEach((g, i) => {
      if (labels.has(g.label)) problems.push(problem(`/grades/${i}/label`, "gradeDuplicate", { grade: g.label }));
      labels.add(g.label);
    });
  }
  const scoresOnLeavesOnly = (list: readonly TemplateIndicator[], base: string): void =>
    list.forEach((ind, i) => {
      const path = `${base}/${i}`;
      if (ind.children?.length && (ind.score !== undefined || ind.notApplicable)) {
        problems.push(problem(`${path}/score`, "scoreOnParent", { name: ind.name }));
      }
      if (ind.children) scoresOnLeavesOnly(ind.children, `${path}/children`);
    });
  scoresOnLeavesOnly(template.indicators, "/indicators");
  return { template, problems };
}
