import { Suspense, lazy, useEffect, useState } from "react";
import { Refused } from "../src/messages";
import { Button, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { NATIONAL_2020 } from "../src/kinds/table/presets/national2020";
import type { Template } from "../src/kinds/table/model";
import type { Gateway } from "./gateway/gateway";
import { functionInfos, type FunctionInfo } from "./functionsPage/functionInfo";
import { LangContext, STRINGS, type Lang } from "./i18n";
import { Notice, type Intent } from "./common/Notice";
import { Tabs, panelId, tabId } from "./common/Tabs";
import { TemplatePage } from "./templatePage/TemplatePage";
import { useTemplateEditor } from "./templatePage/useTemplateEditor";

// The first screen (模板) loads with the pane; the other tabs load when first opened.
const InsertPage = lazy(() => import("./insertPage/InsertPage").then((m) => ({ default: m.InsertPage })));
const CheckPage = lazy(() => import("./checkPage/CheckPage").then((m) => ({ default: m.CheckPage })));
const SummaryPage = lazy(() => import("./summaryPage/SummaryPage").then((m) => ({ default: m.SummaryPage })));
const SelfEvalPage = lazy(() => import("./selfevalPage/SelfEvalPage").then((m) => ({ default: m.SelfEvalPage })));
const SurveyPage = lazy(() => import("./surveyPage/SurveyPage").then((m) => ({ default: m.SurveyPage })));
const FunctionsPage = lazy(() => import("./functionsPage/FunctionsPage").then((m) => ({ default: m.FunctionsPage })));

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "1100px",
    margin: "0 auto",
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  panel: { minWidth: 0 },
});

export interface AppProps {
  readonly gateway: Gateway;
  readonly initialLang: Lang;
  /** Loads functions.json (generated from the JSDoc); null when it cannot be had. */
  readonly loadMetadata: () => Promise<{ functions: { id: string; description?: string }[] } | null>;
  readonly initialTemplate?: Template;
}

type Tab = "template" | "insert" | "selfeval" | "check" | "summary" | "survey" | "functions";
type Message = { intent: Intent; text: string };

/** The task pane and the browser page: one app, two gateways. */
export function App({ gateway, initialLang, loadMetadata, initialTemplate }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<Tab>("template");
  const [functions, setFunctions] = useState<FunctionInfo[]>(() => functionInfos(null));
  const [message, setMessage] = useState<Message | null>(null);
  const editor = useTemplateEditor(initialTemplate ?? structuredClone(NATIONAL_2020.template));
  const s = STRINGS[lang];
  const report = (intent: Intent | "done", text: string) =>
    intent === "done" ? setMessage((m) => (m?.intent === "busy" ? null : m)) : setMessage({ intent, text });

  useEffect(() => {
    loadMetadata().then(
      (m) => {
        if (m) setFunctions(functionInfos(m as Parameters<typeof functionInfos>[0]));
      },
      (e: unknown) =>
        setMessage({
          intent: "error",
          text: `${STRINGS[initialLang].errorTitle}：${e instanceof Error ? e.message : String(e)}`,
        }),
    );
  }, [loadMetadata]);

  // The template kept with the workbook (or the browser) comes back when it is reopened.
  useEffect(() => {
    gateway.loadTemplate().then(
      (kept) => {
        if (kept) {
          editor.replace(kept);
          setMessage({
            intent: "info",
            text: STRINGS[initialLang][gateway.kind !== "browser" ? "loadedFromWorkbook" : "loadedFromBrowser"],
          });
        }
      },
      (e: unknown) =>
        setMessage({
          intent: "error",
          text: `${STRINGS[initialLang].errorTitle}：${e instanceof Refused ? e[initialLang] : e instanceof Error ? e.message : String(e)}`,
        }),
    );
    // Once per gateway, when the pane opens (editor.replace is stable in effect: it only queues a state change).
  }, [gateway]);

  return (
    <LangContext.Provider value={lang}>
      <main className={styles.app} lang={lang === "zh" ? "zh-CN" : "en"}>
        <header className={styles.header}>
          <Title3 as="h1">{s.appTitle}</Title3>
          <Button appearance="subtle" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {s.switchLang}
          </Button>
        </header>
        {gateway.kind === "browser" && <Notice intent="info">{s.browserMode}</Notice>}
        {message && (
          <Notice intent={message.intent} onDismiss={message.intent === "busy" ? undefined : () => setMessage(null)}>
            {message.text}
          </Notice>
        )}
        <Tabs<Tab>
          label={s.appTitle}
          selected={tab}
          onSelect={(next) => {
            // A message belongs to the page that gave it.
            if (next !== tab) setMessage(null);
            setTab(next);
          }}
          tabs={[
            { value: "template", text: s.tabTemplate },
            { value: "insert", text: s.tabInsert },
            { value: "selfeval", text: s.tabSelfEval },
            { value: "check", text: s.tabCheck },
            { value: "summary", text: s.tabSummary },
            { value: "survey", text: s.tabSurvey },
            { value: "functions", text: s.tabFunctions },
          ]}
        />
        <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className={styles.panel}>
          {tab === "template" && <TemplatePage editor={editor} gateway={gateway} onMessage={report} />}
          <Suspense key={tab} fallback={<span role="status">…</span>}>
            {tab === "insert" && <InsertPage template={editor.template} gateway={gateway} onMessage={report} />}
            {tab === "selfeval" && <SelfEvalPage gateway={gateway} onMessage={report} />}
            {tab === "check" && <CheckPage gateway={gateway} onMessage={report} />}
            {tab === "summary" && <SummaryPage gateway={gateway} onMessage={report} />}
            {tab === "survey" && <SurveyPage gateway={gateway} onMessage={report} template={editor.template} />}
            {tab === "functions" && (
              <FunctionsPage
                functions={functions}
                gateway={gateway}
                onMessage={(intent, text) => report(intent, text)}
              />
            )}
          </Suspense>
        </div>
      </main>
    </LangContext.Provider>
  );
}
