import type { ErrorObject } from "ajv";
import validateSchema from "./validateTemplate.generated";
import { checkTree, problem, type Problem } from "../tree/checkTree";
import { treeOfTemplate } from "../tree/fromTemplate";
import type { Template, TemplateIndicator } from "../kinds/table/model";
import { gradeBandProblems, longTextProblems, sizeProblem } from "../layout/excelLimits";

// ajv's standalone validator, generated from template.schema.json (npm run schema; a test keeps it current).
const validate = validateSchema as unknown as ((data: unknown) => data is Template) & { errors?: ErrorObject[] | null };

function zhOf(e: ErrorObject): { zh: string; en: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { zh: `缺少必填字段“${String(p.missingProperty)}”`, en: `missing required field "${String(p.missingProperty)}"` };
    case "additionalProperties":
      return { zh: `不认识的字段“${String(p.additionalProperty)}”`, en: `unknown field "${String(p.additionalProperty)}"` };
    case "type":
      return { zh: `类型应为 ${({ string: "文字", number: "数字", integer: "整数", boolean: "true/false", array: "数组", object: "对象" } as Record<string, string>)[String(p.type)] ?? String(p.type)}`, en: `must be of type ${String(p.type)}` };
    case "const":
      return { zh: `应为 ${JSON.stringify(p.allowedValue)}`, en: `must be ${JSON.stringify(p.allowedValue)}` };
    case "enum":
      return { zh: `应为 ${(p.allowedValues as unknown[]).map(String).join("、")} 之一`, en: `must be one of ${(p.allowedValues as unknown[]).map(String).join(", ")}` };
    case "minLength":
      return { zh: "不能为空", en: "must not be empty" };
    case "minItems":
      return { zh: `至少需要 ${String(p.limit)} 项`, en: `needs at least ${String(p.limit)} items` };
    case "maxItems":
      return { zh: `最多 ${String(p.limit)} 项`, en: `takes at most ${String(p.limit)} items` };
    case "exclusiveMinimum":
      return { zh: `应大于 ${String(p.limit)}`, en: `must be above ${String(p.limit)}` };
    case "minimum":
      return { zh: `应不小于 ${String(p.limit)}`, en: `must be at least ${String(p.limit)}` };
    case "maximum":
      return { zh: `应不大于 ${String(p.limit)}`, en: `must be at most ${String(p.limit)}` };
    default:
      return { zh: `不符合模板格式（${e.keyword}）`, en: e.message ?? e.keyword };
  }
}

/** A schema error as a problem at its JSON path, in Chinese and English. */
export function schemaProblem(e: ErrorObject): Problem {
  const m = zhOf(e);
  return problem(e.instancePath || "/", "schemaInvalid", m.zh, m.en);
}

/** The result of reading a template file: the template when it is valid, and every problem with its JSON path. */
export interface TemplateReading {
  readonly template: Template | null;
  readonly problems: readonly Problem[];
}

/** The same checks for data already parsed (the task pane's import). */
export function checkTemplateData(data: unknown): TemplateReading {
  if (!validate(data)) {
    const problems = (validate.errors ?? []).filter((e) => !(e.keyword === "if" || e.keyword === "anyOf")).map(schemaProblem);
    return { template: null, problems };
  }
  const template = data;
  const tooMany = sizeProblem(template.indicators);
  if (tooMany) return { template: null, problems: [tooMany] };
  const problems = [...checkTree(treeOfTemplate(template)), ...longTextProblems(template), ...gradeBandProblems(template.grades)];
  if (template.grades) {
    const labels = new Set<string>();
    template.grades.forEach((g, i) => {
      if (labels.has(g.label)) problems.push(problem(`/grades/${i}/label`, "gradeDuplicate", `等级“${g.label}”重复`, `grade "${g.label}" appears twice`));
      labels.add(g.label);
    });
  }
  const scoresOnLeavesOnly = (list: readonly TemplateIndicator[], base: string): void =>
    list.forEach((ind, i) => {
      const path = `${base}/${i}`;
      if (ind.children?.length && (ind.score !== undefined || ind.notApplicable)) {
        problems.push(problem(`${path}/score`, "scoreOnParent", `${ind.name} 不是末级指标，不能填写得分或不适用`, `${ind.name} is not a leaf: it takes no score and no 不适用`));
      }
      if (ind.children) scoresOnLeavesOnly(ind.children, `${path}/children`);
    });
  scoresOnLeavesOnly(template.indicators, "/indicators");
  return { template, problems };
}
