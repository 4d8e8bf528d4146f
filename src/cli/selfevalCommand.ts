import { layoutForm } from "../kinds/form/layout";
import { FORM_PRESETS, formPresetById } from "../kinds/form/presets";
import { readFormFile } from "../kinds/form/readFormFile";
import type { SelfEvalForm } from "../kinds/form/model";
import { DEFAULT_SCORING, RULES_SOURCE } from "../kinds/form/scoringRules";
import { xlsxBytes } from "../xlsx/writeWorkbook";
import { readTextFile, writeOut } from "./files";
import { EXIT, UsageError, reportOf, shownName, type Io } from "./io";
import { options } from "./options";
import { problemLine } from "./problemsText";

/** Writes a self-evaluation form workbook; shared by `jx selfeval` and `jx template --from` a form file. */
export async function writeForm(form: SelfEvalForm, out: string, overwrite: boolean, io: Io): Promise<number> {
  writeOut(out, await xlsxBytes(layoutForm(form)), overwrite, io);
  const rules = form.scoring ?? DEFAULT_SCORING;
  const name = shownName(out, "out");
  reportOf(
    io,
    out,
  )(
    `✓ 已写入自评表 ${name}：${form.indicators.length} 项绩效指标，按 ${rules} 年版（${RULES_SOURCE[rules]}）计分。Wrote the self-evaluation form ${name}: ${form.indicators.length} indicators, scored by the ${rules} rules.`,
  );
  return EXIT.ok;
}

/**
 * `jx selfeval [--preset ID | --from FORM.json] --out FILE.xlsx [--overwrite]`: the 项目支出绩效自评表 workbook.
 * `--from -` reads the form file from standard input, `--out -` writes the workbook to standard output.
 */
export async function selfevalCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = options(
    args,
    { preset: { type: "string" }, from: { type: "string" }, out: { type: "string" }, overwrite: { type: "boolean" } },
    "selfeval",
  );
  if (positionals.length) throw UsageError.because("noArguments", { command: "selfeval", args: positionals.join(" ") });
  if (!values.out) throw UsageError.because("needsOut", { command: "selfeval" });
  if (values.preset && values.from) throw UsageError.because("eitherOption", { a: "--preset", b: "--from" });
  if (values.from) {
    const text = await readTextFile(values.from, { zh: "自评表文件", en: "form file" }, io);
    const reading = readFormFile(text);
    if (!reading.form) {
      io.err(
        `✗ ${shownName(values.from, "in")} 不是有效的自评表文件，共 ${reading.problems.length} 处问题 / is not a valid form file:`,
      );
      for (const p of reading.problems) io.err(problemLine(p));
      return EXIT.problems;
    }
    return writeForm(reading.form, values.out, values.overwrite === true, io);
  }
  const preset = formPresetById(values.preset ?? "self-eval-form");
  if (!preset)
    throw UsageError.because("unknownFormPreset", {
      preset: values.preset ?? "self-eval-form",
      presets: FORM_PRESETS.map((p) => p.id).join(", "),
    });
  return writeForm(preset.form, values.out, values.overwrite === true, io);
}
