import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarBody, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Gateway } from "./gateway/gateway";
import { FunctionsPage } from "./functionsPage/FunctionsPage";
import { functionInfos, type FunctionInfo } from "./functionsPage/functionInfo";
import { LangContext, STRINGS, type Lang } from "./i18n";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "960px", margin: "0 auto" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

export interface AppProps {
  readonly gateway: Gateway;
  readonly initialLang: Lang;
  /** Loads functions.json (generated from the JSDoc); null when it cannot be had. */
  readonly loadMetadata: () => Promise<{ functions: { id: string; description?: string }[] } | null>;
}

type Message = { intent: "success" | "error" | "info"; text: string };

/** The task pane and the browser page: one app, two gateways. */
export function App({ gateway, initialLang, loadMetadata }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [functions, setFunctions] = useState<FunctionInfo[]>(() => functionInfos(null));
  const [message, setMessage] = useState<Message | null>(null);
  const s = STRINGS[lang];

  useEffect(() => {
    loadMetadata().then(
      (m) => {
        if (m) setFunctions(functionInfos(m as Parameters<typeof functionInfos>[0]));
      },
      (e: unknown) => setMessage({ intent: "error", text: `${STRINGS[lang].errorTitle}：${e instanceof Error ? e.message : String(e)}` }),
    );
  }, [loadMetadata, lang]);

  return (
    <LangContext.Provider value={lang}>
      <main className={styles.app} lang={lang === "zh" ? "zh-CN" : "en"}>
        <header className={styles.header}>
          <Title3 as="h1">{s.appTitle}</Title3>
          <Button appearance="subtle" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {s.switchLang}
          </Button>
        </header>
        {gateway.kind === "browser" && (
          <MessageBar intent="info">
            <MessageBarBody>{s.browserMode}</MessageBarBody>
          </MessageBar>
        )}
        {message && (
          <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue="functions" aria-label={s.appTitle}>
          <Tab value="functions">{s.tabFunctions}</Tab>
        </TabList>
        <FunctionsPage functions={functions} gateway={gateway} onMessage={(intent, text) => setMessage({ intent, text })} />
      </main>
    </LangContext.Provider>
  );
}
