#!/usr/bin/env node
// jx — the command line of Jixiao. Runs the build made by `npm ci` (prepare), or the TypeScript
// sources through tsx when working on the project before a build.
"use strict";
const path = require("path");
const fs = require("fs");
const built = path.join(__dirname, "..", "..", "dist", "jx", "cli", "main.js");
let main;
if (fs.existsSync(built)) {
  main = require(built).main;
} else {
  try {
    require("tsx/cjs");
    main = require("./main.ts").main;
  } catch {
    process.stderr.write("jx：尚未构建，请先运行 npm ci 或 npm run prepare。jx is not built: run npm ci or npm run prepare.\n");
    process.exit(2);
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`jx：内部错误 internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
