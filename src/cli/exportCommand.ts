import * as path from "path";
import { indicatorsOfNodes } from "../tree/fromTemplate";
import type { Template } from "../kinds/table/model";
import { checkTable } from "../kinds/table/check";
import { MergedView } from "../sheet/grid";
import type { ReadTable } from "../kinds/table/read";
import { checkTemplateData } from "../template/checkTemplate";
import { UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { findTable, loadWorkbook, writeOut } from "./files";
import { fileLabel } from "./eachFile";
import { EXIT, STDIO, UsageError, reportOf, shownName, type Io } from "./io";
import { options } from "./options";
import { problemLine } from "./problemsText";

/** The title a table sits under: our settings' title, else the first text above the headings, else the file name. */
function titleOf(wb: ReadWorkbook, table: ReadTable, file: string): string {
  if (wb.settings?.title) return wb.settings.title;
  const grid = wb.sheets.find((s) => s.name === table.sheet);
  if (grid) {
    const view = new MergedView(grid);
    for (let r = 0; r < table.layout.headingRow; r++) {
      for (let c = 0; c < view.cols; c++) {
        const t = view.text(r, c);
        if (t.length >= 4 && !/^(评价指标|单位|项目单位|金额单位)/.test(t)) return t;
      }
    }
  }
  // Standard input has no name to fall back on.
  return file === STDIO ? "绩效评价指标体系" : path.basename(file, path.extname(file));
}

/**
 * `jx export FILE.xlsx --out TREE.json [--sheet NAME] [--overwrite]`: reads the indicator table back into a template
 * file. `-` as FILE reads the workbook from standard input, `--out -` writes the template to standard output (the
 * command's own lines then go to stderr).
 */
export async function exportCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = options(
    args,
    { out: { type: "string" }, sheet: { type: "string" }, overwrite: { type: "boolean" } },
    "export",
  );
  if (positionals.length !== 1 || !values.out) throw UsageError.because("exportUsage");
  const file = positionals[0];
  try {
    const wb = await loadWorkbook(file, io, { settingsNotes: true });
    const table = findTable(wb, values.sheet);
    const grid = wb.sheets.find((s) => s.name === table.sheet);
    const view = grid ? new MergedView(grid) : null;
    const levelNames = table.layout.levels.map(
      (l, i) => view?.text(table.layout.headingRow, l.name) || ["一级指标", "二级指标", "三级指标", "四级指标"][i],
    );
    const template: Template = {
      format: "jixiao-template",
      version: 1,
      title: titleOf(wb, table, file),
      levelNames,
      total: wb.settings?.total ?? 100,
      ...(wb.settings?.grades ? { grades: wb.settings.grades } : {}),
      ...(wb.settings?.decimals ? { decimals: wb.settings.decimals } : {}),
      indicators: indicatorsOfNodes(table.tree.nodes),
    };
    writeOut(values.out, `${JSON.stringify(template, null, 2)}\n`, values.overwrite === true, io);
    const out = shownName(values.out, "out");
    reportOf(io, values.out)(`✓ 已导出 ${out}（${table.tree.nodes.length} 个一级指标）。Exported ${out}.`);
    const problems = [
      ...checkTable(table),
      ...checkTemplateData(template).problems.filter(
        (p) => p.kind === "schemaInvalid" || p.kind === "unreadable" || p.kind === "tooLarge",
      ),
    ];
    if (problems.length) {
      io.err(
        `! 表中有 ${problems.length} 处问题，已按原样导出 / the table has ${problems.length} problem(s), exported as it is:`,
      );
      for (const p of problems) io.err(problemLine(p));
    }
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    io.err(`jx export：${fileLabel(file)} ${e.zh} ${e.en}`);
    return EXIT.unusable;
  }
}
