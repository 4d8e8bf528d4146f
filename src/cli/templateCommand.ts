import { GRADE_SCHEMES } from "../grades";
import { layoutWorkbook } from "../layout/workbook";
import type { WorkbookLayout } from "../layout/model";
import { blankExperts, layoutPanelWorkbook } from "../kinds/panel/layout";
import type { Problem } from "../tree/checkTree";
import { panelMethodOption, spreadOption } from "./panelCommand";
import { TEMPLATE_SURVEY_OPTIONS, templateSurvey } from "./templateSurvey";
import { PRESETS, presetById } from "../kinds/table/presets";
import { FORM_PRESETS } from "../kinds/form/presets";
import { readTemplate } from "../template/readTemplate";
import { leavesOf, type Template } from "../kinds/table/model";
import { xlsxBytes } from "../xlsx/writeWorkbook";
import { readTextFile, writeOut } from "./files";
import { readFormFile } from "../kinds/form/readFormFile";
import { writeForm } from "./selfevalCommand";
import { EXIT, UsageError, checkStdio, reportOf, shownName, type Io } from "./io";
import { options } from "./options";
import { problemLine } from "./problemsText";

/** `--experts N [--panel mean|trimmed] [--spread 20%]`: the panel's scoring sheet, one score column per expert. */
function expertsLayout(
  values: { experts?: string; panel?: string; spread?: string },
  t: Template,
  problems: readonly Problem[],
): WorkbookLayout | null {
  if (values.experts === undefined) {
    if (values.panel !== undefined || values.spread !== undefined)
      throw UsageError.because("optionGoesWith", {
        option: values.panel !== undefined ? "--panel" : "--spread",
        with: "--experts",
      });
    return null;
  }
  if (!/^\d+$/.test(values.experts) || Number(values.experts) < 2 || Number(values.experts) > 30)
    throw UsageError.because("expertsCount", { got: values.experts });
  const n = Number(values.experts);
  return layoutPanelWorkbook(
    t,
    blankExperts(n),
    { method: panelMethodOption(values.panel, n), spread: spreadOption(values.spread) },
    problems,
  );
}

function withGrades(t: Template, scheme: string | undefined): Template {
  if (scheme === undefined) return t;
  const found = GRADE_SCHEMES.find((g) => g.id === scheme);
  if (!found)
    throw UsageError.because("unknownGradeScheme", { scheme, schemes: GRADE_SCHEMES.map((g) => g.id).join(", ") });
  return { ...t, grades: [...found.bands] };
}

/**
 * `jx template (--preset ID | --from TREE.json) --out FILE.xlsx [--grades SCHEME] [--force] [--overwrite]`:
 * writes the scoring workbook. A template file that is not valid is refused with every problem and
 * its JSON path (exit 1); with --force a schema-valid file whose weights do not add up is written anyway,
 * its problems flagged in the sheet. `--from -` reads the template from standard input, `--out -` writes the
 * workbook to standard output (the command's own lines then go to stderr).
 */
export async function templateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = options(
    args,
    {
      preset: { type: "string" },
      from: { type: "string" },
      out: { type: "string" },
      grades: { type: "string" },
      force: { type: "boolean" },
      overwrite: { type: "boolean" },
      experts: { type: "string" },
      panel: { type: "string" },
      spread: { type: "string" },
      ...TEMPLATE_SURVEY_OPTIONS,
    },
    "template",
  );
  if (positionals.length) throw UsageError.because("noArguments", { command: "template", args: positionals.join(" ") });
  if (!values.out) throw UsageError.because("needsOut", { command: "template" });
  if (!!values.preset === !!values.from)
    throw values.preset
      ? UsageError.because("eitherOption", { a: "--preset", b: "--from" })
      : UsageError.because("neitherOption", { command: "template", a: "--preset ID", b: "--from TREE.json" });
  checkStdio([values.from, values.survey]);
  let template: Template;
  let problems: ReturnType<typeof readTemplate>["problems"] = [];
  if (values.preset) {
    const preset = presetById(values.preset);
    if (!preset)
      throw UsageError.because("unknownPreset", {
        preset: values.preset,
        presets: PRESETS.map((p) => p.id).join(", "),
      });
    template = preset.template;
  } else {
    const file = values.from as string;
    const text = await readTextFile(file, { zh: "模板文件", en: "template file" }, io);
    const name = shownName(file, "in");
    if (/"format"\s*:\s*"jixiao-selfeval"/.test(text)) {
      // The template-file route for self-evaluation forms.
      const form = readFormFile(text);
      if (!form.form) {
        io.err(`✗ ${name} 不是有效的自评表文件，共 ${form.problems.length} 处问题 / is not a valid form file:`);
        for (const p of form.problems) io.err(problemLine(p));
        return EXIT.problems;
      }
      return writeForm(form.form, values.out, values.overwrite === true, io);
    }
    const reading = readTemplate(text);
    problems = [...reading.problems];
    if (!reading.template || (problems.length && !values.force)) {
      io.err(
        `✗ ${name} 不是有效的模板，共 ${problems.length} 处问题 / is not a valid template, ${problems.length} problem(s):`,
      );
      for (const p of problems) io.err(problemLine(p));
      if (reading.template)
        io.err(
          "加 --force 可照样生成，问题会在表中标出。Add --force to write it anyway, with the problems flagged in the sheet.",
        );
      return EXIT.problems;
    }
    template = reading.template;
  }
  template = withGrades(template, values.grades);
  if (values.survey !== undefined && values.experts !== undefined)
    throw UsageError.because("eitherOption", { a: "--survey", b: "--experts" });
  const survey = await templateSurvey(values, template, io);
  if (survey) template = survey.template;
  const layout = expertsLayout(values, template, problems) ?? layoutWorkbook(template, problems);
  writeOut(values.out, await xlsxBytes(survey ? survey.apply(layout) : layout), values.overwrite === true, io);
  const leaves = leavesOf(template.indicators).length;
  const out = shownName(values.out, "out");
  reportOf(
    io,
    values.out,
  )(
    `✓ 已写入 ${out}：${template.indicators.length} 个一级指标、${leaves} 个末级指标。Wrote ${out}: ${template.indicators.length} top-level and ${leaves} leaf indicators.`,
  );
  if (problems.length) {
    io.err(
      `! 按 --force 写入，表中标出了 ${problems.length} 处问题 / written with --force, ${problems.length} problem(s) flagged:`,
    );
    for (const p of problems) io.err(problemLine(p));
  }
  return EXIT.ok;
}

/**
 * `jx presets [--json]`: every built-in preset with its kind: indicator templates (`template`, for jx template),
 * grade schemes (`grades`) and self-evaluation forms (`selfeval`, for jx selfeval, with their rule set).
 */
export async function presetsCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = options(args, { json: { type: "boolean" } }, "presets");
  if (positionals.length) throw UsageError.because("noArguments", { command: "presets", args: positionals.join(" ") });
  if (values.json) {
    io.out(
      JSON.stringify({
        presets: PRESETS.map((p) => ({
          id: p.id,
          kind: "template",
          title: p.title,
          source: p.source,
          leaves: leavesOf(p.template.indicators).length,
        })),
        gradeSchemes: GRADE_SCHEMES.map((g) => ({ id: g.id, kind: "grades", title: g.title, bands: g.bands })),
        forms: FORM_PRESETS.map((f) => ({
          id: f.id,
          kind: "selfeval",
          title: f.title,
          scoring: f.form.scoring ?? "2020",
          rows: f.form.indicators.length,
        })),
      }),
    );
    return EXIT.ok;
  }
  const width = Math.max(
    ...PRESETS.map((p) => p.id.length),
    ...GRADE_SCHEMES.map((g) => g.id.length),
    ...FORM_PRESETS.map((f) => f.id.length),
  );
  io.out("指标模板 Templates（jx template --preset ID --out FILE.xlsx）：");
  for (const p of PRESETS) io.out(`  ${p.id.padEnd(width)}  ${p.title}`);
  io.out("等级方案 Grade schemes（jx template … --grades ID）：");
  for (const g of GRADE_SCHEMES) io.out(`  ${g.id.padEnd(width)}  ${g.title}`);
  io.out("自评表 Self-evaluation forms（jx selfeval --preset ID --out FILE.xlsx）：");
  for (const f of FORM_PRESETS)
    io.out(
      `  ${f.id.padEnd(width)}  ${f.title}（按 ${f.form.scoring ?? "2020"} 年版计分 / ${f.form.scoring ?? "2020"} rules）`,
    );
  return EXIT.ok;
}
