import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { benchFiles, benchGrowth, benchStart, useCompiled } from "./filesBench";
import { benchFunctions } from "./functionsBench";
import { compileCli, load } from "./processes";
import { benchBundle, benchFirstRender, benchInsert } from "./taskpaneBench";
import { benchReview } from "./reviewBench";
import { benchOpen } from "./openBench";

/*
 * npm run bench: one JSON line per measurement, each with CPU time beside wall time and the load average.
 * The commands are measured as whole processes of the compiled CLI (compiled here into a temporary directory).
 * npm run bench -- --growth   adds 20,000 and 50,000 leaves to the growth bench (several minutes).
 * npm run bench -- --only functions|start|files|growth|open|page
 */
const argv = process.argv.slice(2);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : null;
const wants = (part: string): boolean => only === null || only === part;
const GROWTH = argv.includes("--growth") ? [100, 1000, 10_000, 20_000, 50_000] : [100, 1000, 10_000];

void (async () => {
  console.log(
    JSON.stringify({
      bench: "machine",
      node: process.version,
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      ...load(),
    }),
  );
  if (wants("functions")) for (const line of benchFunctions()) console.log(JSON.stringify(line));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-bench-"));
  try {
    if (wants("start") || wants("files") || wants("growth")) {
      compileCli(path.join(dir, "jx"));
      useCompiled(path.join(dir, "jx"));
    }
    if (wants("start")) console.log(JSON.stringify(await benchStart(dir)));
    if (wants("files")) console.log(JSON.stringify(await benchFiles(dir)));
    if (wants("growth")) for (const line of benchGrowth(dir, GROWTH)) console.log(JSON.stringify(line));
    if (wants("open")) for (const line of await benchOpen(dir, [100, 1000, 20_000])) console.log(JSON.stringify(line));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (wants("review")) for (const line of await benchReview()) console.log(JSON.stringify(line));
  if (wants("page")) {
    for (const line of await benchInsert()) console.log(JSON.stringify(line));
    for (const line of benchBundle()) console.log(JSON.stringify(line));
    console.log(JSON.stringify(await benchFirstRender()));
  }
})();
