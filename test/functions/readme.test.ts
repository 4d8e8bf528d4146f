import * as fs from "fs";
import * as path from "path";
import { END, START, functionTable } from "../tools/functionTable";

describe("README", () => {
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  test("its function table is the one the metadata generates (run npm run readme after changing a function)", async () => {
    const table = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(table).toBe((await functionTable()).trim());
  }, 30000);
  test("is Chinese first, then English, and names the two commands", () => {
    expect(readme.indexOf("npm install && npm start")).toBeGreaterThan(0);
    expect(readme).toContain("npm test");
    expect(readme.search(/[\u4e00-\u9fff]/)).toBeLessThan(readme.indexOf("# Jixiao (English)"));
  });
});
