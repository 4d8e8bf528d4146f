import type { ErrorObject } from "ajv";
import { problem, type Problem } from "../../tree/checkTree";
import { schemaProblem } from "../../template/checkTemplate";
import { parseJsonText, textOf, withoutSchemaPointer } from "../../template/jsonText";
import validateSchema from "./validateForm.generated";
import { formWeights, type SelfEvalForm } from "./model";
import { gradeBandProblems, longTextProblems, sizeProblem } from "../../layout/excelLimits";

const validate = validateSchema as unknown as ((data: unknown) => data is SelfEvalForm) & {
  errors?: ErrorObject[] | null;
};

/**
 * Reads a self-evaluation form file: its encoding (when given bytes), JSON syntax with the same limits as
 * template files (nesting, __proto__, duplicate keys, numbers out of range), the schema, then the weights
 * (预算执行率 + rows = 100).
 */
export function readFormFile(input: string | Uint8Array): { form: SelfEvalForm | null; problems: Problem[] } {
  const text = textOf(input);
  if ("problems" in text) return { form: null, problems: text.problems };
  const { data, problems } = parseJsonText(text.text);
  if (problems.length) return { form: null, problems };
  return checkFormData(withoutSchemaPointer(data));
}

export function checkFormData(data: unknown): { form: SelfEvalForm | null; problems: Problem[] } {
  if (!validate(data))
    return { form: null, problems: (validate.errors ?? []).filter((e) => e.keyword !== "oneOf").map(schemaProblem) };
  const form = data;
  const tooMany = sizeProblem(form.indicators);
  const beyondExcel = [...(tooMany ? [tooMany] : []), ...longTextProblems(form), ...gradeBandProblems(form.grades)];
  if (beyondExcel.length) return { form: null, problems: beyondExcel };
  const sum = formWeights(form).total;
  const problems = sum.eq(100) ? [] : [problem("/indicators", "formWeightSum", { sum: sum.toFixed() })];
  return { form, problems };
}
