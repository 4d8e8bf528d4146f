/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
// npm start: on Windows and macOS, Microsoft's office-addin-debugging serves the add-in with dev
// certificates and sideloads it into desktop Excel. Elsewhere (Linux), desktop Excel cannot be
// sideloaded: serve the add-in and the browser page, and say how to open them.
const { spawn } = require("child_process");
const fs = require("fs");
const { devServerPidFile } = require("./devServer");
const port = process.env.npm_package_config_dev_server_port || 3000;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (process.platform === "win32" || process.platform === "darwin") {
  run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(`
绩效评价助手 Jixiao — 开发服务器 / dev server (port ${port})

  浏览器页面 Browser page:   http(s)://localhost:${port}/index.html
  任务窗格 Task pane:        https://localhost:${port}/taskpane.html

在 Excel 网页版中使用 In Excel on the web:
  1. 信任开发证书 Trust the dev certificate: npx office-addin-dev-certs install（或在浏览器中打开上面的地址并接受证书 / or open the address above and accept the certificate）
  2. 打开工作簿 → 开始 → 加载项 → 更多加载项 → 上传我的加载项 → 选择 manifest.xml
     Open a workbook → Home → Add-ins → More Add-ins → Upload My Add-in → choose manifest.xml
  3. “开始”选项卡上出现“绩效评价”按钮；单元格中输入 =JIXIAO. 可用评分函数。
     The Home tab shows the 绩效评价 button; type =JIXIAO. in a cell for the functions.

此系统无法旁加载桌面版 Excel（仅 Windows 和 macOS 可以）。Desktop Excel cannot be sideloaded on this system (Windows and macOS only).
`);
  serve();
}

/** Linux: webpack serve in its own process group (npm stop ends that group), and one last line when it is ready. */
function serve() {
  const base = process.env.JIXIAO_DEV_SERVER_CMD
    ? JSON.parse(process.env.JIXIAO_DEV_SERVER_CMD) // tests put a stand-in server here
    : [npx, "webpack", "serve", "--config", "taskpane/webpack.config.js", "--mode", "development"];
  // The port said in the ready line, given to the server itself: npx resets npm_package_config_* to
  // package.json's values, so a port set with `npm config set` would otherwise not reach webpack.
  const [cmd, ...args] = [...base, "--port", String(port)];
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  const pidFile = devServerPidFile(port);
  fs.writeFileSync(pidFile, String(child.pid));
  let scheme = "https";
  let told = false;
  const forward = (stream, out) =>
    stream.on("data", (chunk) => {
      out.write(chunk);
      const text = chunk.toString();
      if (text.includes("serving http")) scheme = "http";
      if (!told && /compiled (successfully|with \d+ warnings?)/.test(text)) {
        told = true;
        const accept =
          scheme === "https"
            ? "，先接受开发证书警告 / accept the dev certificate warning first"
            : "（http：仅浏览器页面 / browser page only）";
        console.log(`\n>>> 就绪 Ready: ${scheme}://localhost:${port}/index.html${accept}；停止 stop: npm stop`);
      }
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  const end = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("SIGINT", end);
  process.on("SIGTERM", end);
  child.on("exit", (code) => {
    if (fs.existsSync(pidFile) && fs.readFileSync(pidFile, "utf8") === String(child.pid)) fs.rmSync(pidFile);
    process.exit(code ?? 0);
  });
}
