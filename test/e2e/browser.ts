import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveFolder } from "./staticServer";

/** Debian's Chromium, headless, with the flags this closed network needs (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Where the browser tests' screenshots go. */
export const SHOTS = path.join(__dirname, "../../test-output/screenshots");

/** What a test file of the built page has once its `beforeAll` has run. */
export interface BuiltPage {
  browser: Browser;
  /** The served folder's address, ending in `/`. */
  url: string;
  /** The served folder on disk (for file:// and the files it holds). */
  root: string;
  /** A temporary folder for the file's downloads and uploads, removed after it. */
  dir: string;
}

/**
 * Serves a built folder (`dist` for the browser page, `dist/wps` for the WPS add-in) and opens Chromium for
 * one test file: refuses to run when the folder is not built, and closes and removes everything after it.
 */
export function builtPage(folder: string, entry: string): BuiltPage {
  const root = path.join(__dirname, "../..", folder);
  const session = { root } as BuiltPage;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(root, entry)))
      throw new Error(`${folder}/ is not built: run npm run build first (npm run test:e2e does)`);
    fs.mkdirSync(SHOTS, { recursive: true });
    session.dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-e2e-"));
    server = await serveFolder(root);
    session.url = server.url;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
    if (session.dir) fs.rmSync(session.dir, { recursive: true, force: true });
  });
  return session;
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: object,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Tabster's focus sentinels (data-tabster-dummy) are aria-hidden by design, focusable only to wrap focus.
    const result = await axe.run(
      { include: [["body"]], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}
