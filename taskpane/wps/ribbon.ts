import { Refused } from "../../src/messages";
/*
 * The ribbon callbacks of the WPS 加载项. WPS loads the add-in's index.html (which runs this bundle) and
 * reads ribbon.xml; every callback named there ("ribbon.OnAction", …) must be a function of the global
 * `ribbon` object set below. Each button of the 绩效评价 tab opens the same task pane (taskpane.html),
 * made once and shown again afterwards; 帮助 opens the help page in a dialog.
 */

/** What the callbacks use of the WPS application object. */
export interface WpsHost {
  CreateTaskPane(url: string): { ID: string; Visible: boolean };
  GetTaskPane(id: string): { Visible: boolean } | null | undefined;
  ShowDialog(url: string, title: string, width: number, height: number, modal: boolean): void;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

export interface RibbonControl {
  readonly Id: string;
}

const PANE_KEY = "jixiao_taskpane_id";
/** The buttons of ribbon.xml that open the pane (the pane opens on its own tab list; 帮助 opens the help page). */
export const PANE_BUTTONS = [
  "btnJixiaoPane",
  "btnJixiaoInsert",
  "btnJixiaoCheck",
  "btnJixiaoSummary",
  "btnJixiaoFunctions",
] as const;

function host(): WpsHost {
  const g = globalThis as { Application?: WpsHost; wps?: WpsHost };
  const app = g.Application ?? g.wps;
  if (!app) throw Refused.because("notInWps");
  return app;
}

/** The folder the add-in was loaded from, without the trailing "/" (index.html, taskpane.html and help.html sit there). */
export function baseUrl(href: string = globalThis.location?.href ?? ""): string {
  const clean = href.replace(/[?#].*$/, "");
  return clean.slice(0, clean.lastIndexOf("/"));
}

/** Shows the task pane, making it the first time. */
export function showPane(app: WpsHost = host(), base: string = baseUrl()): void {
  const id = app.PluginStorage.getItem(PANE_KEY);
  const kept = typeof id === "string" && id ? app.GetTaskPane(id) : null;
  if (kept) {
    kept.Visible = true;
    return;
  }
  const pane = app.CreateTaskPane(`${base}/taskpane.html`);
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

export const ribbon = {
  /** Called once when WPS loads the add-in. */
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: RibbonControl): void {
    const app = host();
    if (control.Id === "btnJixiaoHelp") {
      app.ShowDialog(`${baseUrl()}/help.html`, "绩效评价助手 帮助 / Help", 720, 560, false);
      return;
    }
    showPane(app);
  },
  /** The buttons' pictures, from the add-in's images/ folder. */
  GetImage(control: RibbonControl): string {
    return control.Id === "btnJixiaoHelp" ? "images/icon-32.png" : "images/icon-64.png";
  },
};

(globalThis as { ribbon?: typeof ribbon }).ribbon = ribbon;
