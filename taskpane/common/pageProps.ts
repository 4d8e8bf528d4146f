import type { Gateway } from "../gateway/gateway";
import { Refused } from "../../src/messages";
import { useLang, useT } from "../i18n";
import type { Intent } from "./Notice";

/** What every page of the pane receives: the gateway, and the app's one message bar. */
export interface PageProps {
  readonly gateway: Gateway;
  /** Replaces the message on screen; "done" takes away a "busy" spinner and leaves any other message. */
  readonly onMessage: (intent: Intent | "done", text: string) => void;
}

/**
 * Turns any failure into an error message bar, so nothing is swallowed or only logged: a refusal from the
 * catalogue (a file that cannot be read, a host that cannot take a table) in the pane's language.
 */
export function useFail(onMessage: PageProps["onMessage"]): (e: unknown) => void {
  const t = useT();
  const lang = useLang();
  return (e) =>
    onMessage(
      "error",
      `${t("errorTitle")}${lang === "en" ? ": " : "："}${e instanceof Refused ? e[lang] : e instanceof Error ? e.message : String(e)}`,
    );
}

/** Runs an upload, read or write with a spinner in the message bar; the old message goes at once. */
export function useBusy(onMessage: PageProps["onMessage"]): <T>(text: string, work: () => Promise<T>) => Promise<T> {
  return async (text, work) => {
    onMessage("busy", text);
    try {
      return await work();
    } finally {
      onMessage("done", "");
    }
  };
}
