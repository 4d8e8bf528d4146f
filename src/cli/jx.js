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
    process.stderr.write(
      "jx：尚未构建，请先运行 npm ci 或 npm run prepare。jx is not built: run npm ci or npm run prepare.\n",
    );
    process.exit(2);
  }
}
// Output into a closed pipe (`jx presets | head -1`) ends jx quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // No stack trace for a person; JX_DEBUG=1 shows it to whoever fixes the bug.
    const detail = process.env.JX_DEBUG && err && err.stack ? err.stack : (err && err.message) || String(err);
    process.stderr.write(
      `jx：内部错误，请把这条消息和所用文件报告给开发者。jx: internal error; please report this message with the file used.\n(${detail})\n`,
    );
    process.exitCode = 2;
  },
);
