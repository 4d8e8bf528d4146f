import * as path from "path";
import { checkTable } from "../sheet/checkTable";
import { leafNodes } from "../tree/node";
import { UnreadableWorkbook } from "../xlsx/readWorkbook";
import { findTable, loadWorkbook } from "./files";
import { EXIT, UsageError, type Io } from "./io";
import { options } from "./options";
import { problemJson, problemLine } from "./problemsText";

/**
 * `jx check FILE... [--sheet NAME] [--json]`: finds the indicator table of each workbook and checks every
 * weight. One verdict line per file, then a summary. Exit 0 all consistent, 1 problems, 2 a file unreadable
 * or without a table (the worst status of all files).
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
      const table = findTable(await loadWorkbook(file), values.sheet);
      const problems = checkTable(table);
      const leaves = leafNodes(table.tree.nodes).length;
      results.push({ file, sheet: table.sheet, ok: problems.length === 0, problems: problems.map((p) => problemJson(p)) });
      if (problems.length) {
        counts.problems++;
        status = Math.max(status, EXIT.problems);
        if (!values.json) {
          io.out(`✗ ${name}［${table.sheet}］${problems.length} 处问题 / ${problems.length} problem(s)`);
          for (const p of problems) io.out(problemLine(p));
        }
      } else {
        counts.ok++;
        if (!values.json) io.out(`✓ ${name}［${table.sheet}］权重一致：${table.tree.nodes.length} 个一级指标、${leaves} 个末级指标 / weights consistent`);
      }
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      counts.unreadable++;
      status = EXIT.unusable;
      results.push({ file, ok: false, error: e.zh, errorEn: e.en, problems: [] });
      if (!values.json) io.out(`! ${name} 无法检查：${e.zh} / cannot be checked: ${e.en}`);
    }
  }
  if (values.json) {
    const all = results.flatMap((r) => (r.problems as Record<string, string>[]).map((p) => (files.length > 1 ? { file: r.file as string, ...p } : p)));
    const single = files.length === 1 ? results[0] : {};
    io.out(JSON.stringify({ ...single, ok: status === EXIT.ok, problems: all, files: results }));
  } else if (files.length > 1) {
    io.out(`共 ${files.length} 个文件：${counts.ok} 个通过，${counts.problems} 个有问题，${counts.unreadable} 个无法读取。${files.length} files: ${counts.ok} ok, ${counts.problems} with problems, ${counts.unreadable} unreadable.`);
  }
  return status;
}
