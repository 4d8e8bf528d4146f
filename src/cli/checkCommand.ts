import * as path from "path";
import { UnreadableWorkbook } from "../xlsx/readWorkbook";
import { loadWorkbook, readingsOf } from "./files";
import { checkReading } from "../readers/checkSheet";
import { EXIT, UsageError, type Io } from "./io";
import { options } from "./options";
import { problemJson, problemLine } from "./problemsText";

/**
 * `jx check FILE... [--sheet NAME] [--json]`: reads every sheet of each workbook that holds a scoring table,
 * a form or a goal table, and checks every weight. One verdict line per sheet, then a summary. Exit 0 all
 * consistent, 1 problems, 2 a file unreadable or without a table (the worst status of all files).
 */
export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals: files } = options(args, { sheet: { type: "string" }, json: { type: "boolean" } }, "check");
  if (!files.length) throw new UsageError("jx check 需要至少一个 .xlsx 文件。jx check needs at least one .xlsx file.");
  const results: Record<string, unknown>[] = [];
  let status: number = EXIT.ok;
  const counts = { ok: 0, problems: 0, unreadable: 0 };
  for (const file of files) {
    const name = path.basename(file);
    try {
      const readings = readingsOf(await loadWorkbook(file), { sheet: values.sheet });
      let fileOk = true;
      for (const reading of readings) {
        const { problems, ok } = checkReading(reading);
        results.push({ file, sheet: reading.sheet, kind: reading.kind, ok: problems.length === 0, problems: problems.map((p) => problemJson(p)) });
        if (problems.length) {
          fileOk = false;
          status = Math.max(status, EXIT.problems);
          if (!values.json) {
            io.out(`✗ ${name}［${reading.sheet}］${problems.length} 处问题 / ${problems.length} problem(s)`);
            for (const p of problems) io.out(problemLine(p));
          }
        } else if (!values.json) io.out(`✓ ${name}［${reading.sheet}］${ok.zh} / ${ok.en}`);
      }
      if (fileOk) counts.ok++;
      else counts.problems++;
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      counts.unreadable++;
      status = EXIT.unusable;
      results.push({ file, ok: false, error: e.zh, errorEn: e.en, problems: [] });
      if (!values.json) io.out(`! ${name} 无法检查：${e.zh} / cannot be checked: ${e.en}`);
    }
  }
  if (values.json) {
    const several = results.length > 1;
    const all = results.flatMap((r) => (r.problems as Record<string, string>[]).map((p) => (several ? { file: r.file as string, sheet: r.sheet as string, ...p } : p)));
    const single = results.length === 1 ? results[0] : {};
    io.out(JSON.stringify({ ...single, ok: status === EXIT.ok, problems: all, files: results }));
  } else if (files.length > 1) {
    io.out(`共 ${files.length} 个文件：${counts.ok} 个通过，${counts.problems} 个有问题，${counts.unreadable} 个无法读取。${files.length} files: ${counts.ok} ok, ${counts.problems} with problems, ${counts.unreadable} unreadable.`);
  }
  return status;
}
