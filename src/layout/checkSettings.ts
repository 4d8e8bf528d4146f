import { checkTemplateData } from "../template/checkTemplate";
import { parseJsonText } from "../template/jsonText";
import { problem, type Problem } from "../tree/checkTree";
import type { WorkbookSettings } from "./workbook";

const FIELDS = ["title", "levelNames", "total", "grades", "decimals"] as const;

/**
 * Reads the settings a workbook keeps in its hidden sheet, checked as a template file's same fields are
 * (template.schema.json, numbers in range): a field that fails is reported at `cell` and left out, so a
 * tampered sheet (decimals -1 or 100, a grade bound that is not a number) changes no figure. Not our
 * settings at all (another format): null, and the workbook is read as any other.
 */
export function checkSettings(text: string, cell: string): { settings: WorkbookSettings | null; problems: Problem[] } {
  const parsed = parseJsonText(text);
  const at = (path: string) => `${cell} ${path}`;
  if (parsed.problems.length) {
    const own = /"format"\s*:\s*"jixiao-settings"/.test(text);
    return { settings: null, problems: own ? parsed.problems.map((p) => ({ ...p, at: at(p.at) })) : [] };
  }
  const data = parsed.data as Record<string, unknown> | null;
  if (!data || typeof data !== "object" || Array.isArray(data) || data.format !== "jixiao-settings")
    return { settings: null, problems: [] };
  const settings: WorkbookSettings = { format: "jixiao-settings", version: 1, title: "" };
  const problems: Problem[] = [];
  for (const field of FIELDS) {
    if (data[field] === undefined) continue;
    // A one-indicator template carrying just this field (weighing the total itself, so only the field is judged).
    const weight = field === "total" && typeof data.total === "number" && data.total > 0 ? data.total : 1;
    const probe = {
      format: "jixiao-template",
      version: 1,
      title: "·",
      indicators: [{ name: "·", weight }],
      [field]: data[field],
    };
    const found = checkTemplateData(probe).problems.filter(
      (p) => p.at === `/${field}` || p.at.startsWith(`/${field}/`),
    );
    if (found.length) {
      for (const p of found) problems.push(problem(at(p.at), "settingIgnored", { why: { zh: p.message, en: p.en } }));
    } else Object.assign(settings, { [field]: data[field] });
  }
  // The form's rule set (财预〔2020〕10号 or 财预〔2021〕101号).
  if (data.scoring !== undefined) {
    if (data.scoring === "2020" || data.scoring === "2021") settings.scoring = data.scoring;
    else problems.push(problem(at("/scoring"), "scoringIgnored", { got: JSON.stringify(data.scoring) }));
  }
  return { settings, problems };
}
