import { benchCheck } from "./checkBench";
import { benchBundle, benchFirstRender, benchInsert } from "./taskpaneBench";
import { benchFunctions, benchRecalculation } from "./functionsBench";
import { benchReview } from "./reviewBench";

// npm run bench: one JSON line per measurement.
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

void (async () => {
  const fns = benchFunctions();
  for (const line of fns) console.log(JSON.stringify(line));
  console.log(JSON.stringify({ bench: "functions-summary", medianNsPerCall: median(fns.map((l) => l.nsPerCall as number)), goalNs: 5000 }));
  console.log(JSON.stringify(benchRecalculation()));
  for (const line of await benchCheck()) console.log(JSON.stringify(line));
  for (const line of await benchInsert()) console.log(JSON.stringify(line));
  for (const line of benchBundle()) console.log(JSON.stringify(line));
  console.log(JSON.stringify(await benchFirstRender()));
  console.log(JSON.stringify(await benchReview()));
})();
