/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
// npm stop: on Windows and macOS, office-addin-debugging stops the server and removes the sideloaded
// add-in. On Linux, end the process group `npm start` started (its pid is noted in a file), and only it.
const { spawn } = require("child_process");
const fs = require("fs");
const { devServerPidFile } = require("./devServer");
const port = process.env.npm_package_config_dev_server_port || 3000;

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const file = devServerPidFile(port);
  const pid = fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8")) : NaN;
  if (!Number.isInteger(pid) || pid <= 0) {
    console.log("没有由 npm start 启动的开发服务器在运行。No dev server started by npm start is running.");
  } else {
    try {
      process.kill(-pid, "SIGTERM");
      console.log(`已停止开发服务器（进程 ${pid}）。Stopped the dev server (process ${pid}).`);
    } catch {
      console.log(`开发服务器（进程 ${pid}）已不在运行。The dev server (process ${pid}) had already stopped.`);
    }
    fs.rmSync(file, { force: true });
  }
}
