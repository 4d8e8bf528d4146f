import * as path from "path";
import { auditTargets } from "../kinds/form/audit";
import { UnreadableWorkbook } from "../xlsx/readWorkbook";
import { findForm, loadWorkbook } from "./files";
import { EXIT, UsageError, type Io } from "./io";
import { options } from "./options";

/** `jx audit FILE [--sheet NAME] [--json]`: the targets a reviewer would flag as not measurable. Exit 1 when any. */
export async function auditCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = options(args, { sheet: { type: "string" }, json: { type: "boolean" } }, "audit");
  if (positionals.length !== 1) throw new UsageError("jx audit 需要一个 .xlsx 文件。jx audit takes one .xlsx file.");
  const file = positionals[0];
  try {
    const reading = findForm(await loadWorkbook(file), values.sheet);
    const findings = auditTargets(reading);
    if (values.json) io.out(JSON.stringify({ ok: findings.length === 0, findings }));
    else {
      io.out(`${path.basename(file)}［${reading.sheet}］${findings.length ? `${findings.length} 个目标无法衡量 / ${findings.length} target(s) cannot be measured` : "全部目标可衡量 / every target is measurable"}`);
      for (const f of findings) io.out(`    ${f.cell}  ${f.indicator}：${f.message}。建议：${f.suggestion}`);
    }
    return findings.length ? EXIT.problems : EXIT.ok;
  } catch (e) {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    io.err(`jx audit：${path.basename(file)} ${e.zh} ${e.en}`);
    return EXIT.unusable;
  }
}
