import { spawn, execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerPidFile } = require("../../taskpane/devServer.js") as {
  devServerPidFile: (port: number | string) => string;
};

/* npm start on Linux ends its output with one line saying where to go and what to accept, and
 * npm stop ends the server it started (a stand-in server here, on a port of its own). */

const ROOT = path.join(__dirname, "../..");
const linux = process.platform === "linux" ? describe : describe.skip;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

linux("npm start / npm stop on Linux", () => {
  afterEach(() => {
    // Should a check fail half-way, end the stand-in server this test started, and only it.
    const file = devServerPidFile("39871");
    if (!fs.existsSync(file)) return;
    const pid = Number(fs.readFileSync(file, "utf8"));
    if (pid > 0 && alive(pid)) process.kill(-pid, "SIGTERM");
    fs.rmSync(file, { force: true });
  });

  test.each([
    [
      "https",
      "webpack 5 compiled successfully in 900 ms",
      "https://localhost:39871/index.html，先接受开发证书警告 / accept the dev certificate warning first",
    ],
    [
      "http",
      "[jixiao] Dev certificates unavailable, serving http: no certs\\nwebpack compiled with 1 warning",
      "http://localhost:39871/index.html（http：仅浏览器页面 / browser page only）",
    ],
  ])("%s: the ready line comes last, and npm stop ends the server", async (_, printed, expected) => {
    const port = "39871";
    const server = `console.log(${JSON.stringify(printed)}.replace(/\\\\n/g, "\\n")); setInterval(() => {}, 1000);`;
    const env = {
      ...process.env,
      npm_package_config_dev_server_port: port,
      JIXIAO_DEV_SERVER_CMD: JSON.stringify([process.execPath, "-e", server, "--"]),
    };
    const start = spawn(process.execPath, [path.join(ROOT, "taskpane/start.js")], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    start.stdout.on("data", (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => start.on("exit", resolve));
    for (let i = 0; i < 100 && !out.includes(">>> 就绪"); i++) await new Promise((r) => setTimeout(r, 100));
    const lines = out.trim().split("\n");
    expect(lines[lines.length - 1]).toBe(`>>> 就绪 Ready: ${expected}；停止 stop: npm stop`);
    const pid = Number(fs.readFileSync(devServerPidFile(port), "utf8"));
    expect(alive(pid)).toBe(true);

    const stopped = execFileSync(process.execPath, [path.join(ROOT, "taskpane/stop.js")], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(stopped).toBe(`已停止开发服务器（进程 ${pid}）。Stopped the dev server (process ${pid}).\n`);
    await exited;
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid)).toBe(false);
    expect(fs.existsSync(devServerPidFile(port))).toBe(false);

    const again = execFileSync(process.execPath, [path.join(ROOT, "taskpane/stop.js")], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(again).toBe("没有由 npm start 启动的开发服务器在运行。No dev server started by npm start is running.\n");
  });

  test("the server is given the port the ready line names (npx would reset npm's config to package.json's)", async () => {
    const port = "39871";
    const server = `console.log("argv " + JSON.stringify(process.argv.slice(1)) + "\\nwebpack compiled successfully"); setInterval(() => {}, 1000);`;
    const env = {
      ...process.env,
      npm_package_config_dev_server_port: port,
      JIXIAO_DEV_SERVER_CMD: JSON.stringify([process.execPath, "-e", server, "--"]),
    };
    const start = spawn(process.execPath, [path.join(ROOT, "taskpane/start.js")], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    start.stdout.on("data", (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => start.on("exit", resolve));
    for (let i = 0; i < 100 && !out.includes(">>> 就绪"); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain(`argv ${JSON.stringify(["--port", port])}`);
    expect(out).toContain(`https://localhost:${port}/index.html`);
    execFileSync(process.execPath, [path.join(ROOT, "taskpane/stop.js")], { cwd: ROOT, env, encoding: "utf8" });
    await exited;
  });

  test("package.json's stop runs it", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.stop).toBe("node taskpane/stop.js");
    expect(pkg.scripts.start).toBe("node taskpane/start.js");
  });
});
