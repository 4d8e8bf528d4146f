import * as fs from "fs";
import * as path from "path";
import { ruleNamed } from "../../../src/catalog";
import { encode, sampleCalls } from "./arguments";

/*
 * Records every function's output over the sampled arguments, as the functions computed them before the
 * fast path (issue 11). Run once: npx tsx test/functions/fastPath/record.ts — the test compares with it.
 */
export const RECORDED = path.join(__dirname, "recordedOutputs.json");
export const PER_FUNCTION = 250;

if (require.main === module) {
  const lines = sampleCalls(PER_FUNCTION).map(({ name, args }) => {
    const rule = ruleNamed(name);
    if (!rule) throw new Error(name);
    return encode({ name, args, result: rule.evaluate(args) });
  });
  fs.writeFileSync(RECORDED, `[\n${lines.join(",\n")}\n]\n`);
  console.log(`${lines.length} outputs recorded`);
}
