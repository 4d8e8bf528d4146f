import type { Gateway } from "../gateway/gateway";
import { useT } from "../i18n";
import type { Intent } from "./Notice";

/** What every page of the pane receives: the gateway, and the app's message bar. */
export interface PageProps {
  readonly gateway: Gateway;
  readonly onMessage: (intent: Intent, text: string) => void;
}

/** Turns any failure into a Chinese (or English) error message bar, so nothing is swallowed or only logged. */
export function useFail(onMessage: PageProps["onMessage"]): (e: unknown) => void {
  const t = useT();
  return (e) => onMessage("error", `${t("errorTitle")}：${e instanceof Error ? e.message : String(e)}`);
}
