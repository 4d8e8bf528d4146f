import * as fs from "fs";
import * as path from "path";
import { END, START, functionTable } from "./functionTable";

// npm run readme: rewrites the function reference between the README's markers.
void (async () => {
  const file = path.join(__dirname, "../../README.md");
  const text = fs.readFileSync(file, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error("README has no function table markers");
  fs.writeFileSync(file, `${text.slice(0, a + START.length)}\n${await functionTable()}\n${text.slice(b)}`);
})();
