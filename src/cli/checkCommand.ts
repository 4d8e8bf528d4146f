import { loadWorkbook, readingsOf } from "./files";
import { checkReading } from "../readers/checkSheet";
import { eachFile, fileLabel } from "./eachFile";
import { EXIT, UsageError, checkStdio, type Io } from "./io";
import { options } from "./options";
import { problemJson, problemLine } from "./problemsText";

/**
 * `jx check FILE... [--sheet NAME] [--json]`: reads every sheet of each workbook (`-`: standard input) that
 * holds a scoring table, a form or a goal table, and checks every weight. One verdict line per sheet, then a
 * summary; a file that cannot be read is listed on stderr. Exit 0 all consistent, 1 problems, 2 a file
 * unreadable or without a table (the worst status of all files).
 */
export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals: files } = options(
    args,
    { sheet: { type: "string" }, json: { type: "boolean" } },
    "check",
  );
  if (!files.length) throw UsageError.because("needsFiles", { command: "check" });
  checkStdio(files);
  const run = await eachFile(files, io, "check", values.json === true, async (file) => {
    const name = fileLabel(file);
    const readings = readingsOf(await loadWorkbook(file, io), { sheet: values.sheet });
    const sheets: Record<string, unknown>[] = [];
    let status: number = EXIT.ok;
    for (const reading of readings) {
      const { problems, ok } = checkReading(reading);
      sheets.push({
        file,
        sheet: reading.sheet,
        kind: reading.kind,
        ok: problems.length === 0,
        problems: problems.map((p) => problemJson(p)),
      });
      if (problems.length) {
        status = EXIT.problems;
        if (!values.json) {
          io.out(`✗ ${name}［${reading.sheet}］${problems.length} 处问题 / ${problems.length} problem(s)`);
          for (const p of problems) io.out(problemLine(p));
        }
      } else if (!values.json) io.out(`✓ ${name}［${reading.sheet}］${ok.zh} / ${ok.en}`);
    }
    return { status, json: { sheets } };
  });
  if (values.json) {
    const results = run.entries.flatMap((e) =>
      "json" in e
        ? (e.json.sheets as Record<string, unknown>[])
        : [{ file: e.file, ok: false, error: e.error, errorEn: e.errorEn, problems: [] }],
    );
    const several = results.length > 1;
    const all = results.flatMap((r) =>
      (r.problems as Record<string, string>[]).map((p) =>
        several ? { file: r.file as string, sheet: r.sheet as string, ...p } : p,
      ),
    );
    const single = results.length === 1 ? results[0] : {};
    io.out(JSON.stringify({ ...single, ok: run.status === EXIT.ok, problems: all, files: results }));
  }
  return run.status;
}
