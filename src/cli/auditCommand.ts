import { auditTargets } from "../kinds/form/audit";
import { eachFile, fileLabel, printJson } from "./eachFile";
import { findForm, loadWorkbook } from "./files";
import { EXIT, UsageError, checkStdio, type Io } from "./io";
import { options } from "./options";

/**
 * `jx audit FILE... [--sheet NAME] [--json]`: for each workbook (`-`: standard input), the targets a reviewer
 * would flag as not measurable; several files end with a summary line, and `--json` gives one object per file
 * (an array; one file: its object alone). Exit 1 when any, 2 when a file cannot be read (the worst wins).
 */
export async function auditCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals: files } = options(
    args,
    { sheet: { type: "string" }, json: { type: "boolean" } },
    "audit",
  );
  if (!files.length) throw UsageError.because("needsFiles", { command: "audit" });
  checkStdio(files);
  const run = await eachFile(files, io, "audit", values.json === true, async (file) => {
    const reading = findForm(await loadWorkbook(file, io), values.sheet);
    const findings = auditTargets(reading);
    if (!values.json) {
      io.out(
        `${fileLabel(file)}［${reading.sheet}］${findings.length ? `${findings.length} 个目标无法衡量 / ${findings.length} target(s) cannot be measured` : "全部目标可衡量 / every target is measurable"}`,
      );
      for (const f of findings) io.out(`    ${f.cell}  ${f.indicator}：${f.message}。建议：${f.suggestion}`);
    }
    return { status: findings.length ? EXIT.problems : EXIT.ok, json: { ok: findings.length === 0, findings } };
  });
  if (values.json) printJson(io, run);
  return run.status;
}
