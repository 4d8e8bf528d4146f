import { useState } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { checkTable } from "../../src/kinds/table/check";
import { readActive } from "../common/readActive";
import { scoreWorkbook, type ScoredSheet } from "../../src/readers/scoreWorkbook";
import { ReadingNotes } from "../common/ReadingNotes";
import { AllSheetsCheck } from "./AllSheetsCheck";
import { auditProblem, auditTargets } from "../../src/kinds/form/audit";
import type { Problem } from "../../src/tree/checkTree";
import type { Words } from "../../src/messages";
import { leafNodes } from "../../src/tree/node";
import type { BrowserGateway } from "../gateway/browserGateway";
import { FilePicker } from "../common/FilePicker";
import { useLang, useT } from "../i18n";
import { problemText } from "../common/words";
import { useBusy, useFail, type PageProps } from "../common/pageProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
});

export type CheckPageProps = PageProps;

/** 校验: reads the active sheet (or an uploaded file) with the reader of `jx check` and lists its problems by cell. */
export function CheckPage({ gateway, onMessage }: CheckPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [result, setResult] = useState<{
    sheet: string;
    problems: Problem[];
    verdict: string;
    suggestions?: Words[];
    scored?: ScoredSheet;
    settingsProblems?: readonly Problem[];
  } | null>(null);
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);

  async function check(scope: "sheet" | "selection"): Promise<void> {
    try {
      const active = await busy(t("working"), () => readActive(gateway, scope));
      if (active?.kind === "form") {
        const { grid, form } = active;
        // A self-evaluation form or goal table: its targets are audited as a reviewer would.
        const findings = auditTargets(form);
        setResult({
          sheet: grid.name,
          problems: findings.map(auditProblem),
          suggestions: findings.map((f) => ({ zh: f.suggestion, en: f.suggestionEn })),
          verdict: findings.length ? t("auditFound", { count: String(findings.length) }) : t("auditOk"),
        });
        return;
      }
      if (!active) {
        setResult(null);
        onMessage("error", t("noTable"));
        return;
      }
      const { grid, table } = active;
      const problems = checkTable(table);
      setResult({
        sheet: grid.name,
        problems,
        scored: scoreWorkbook(active.reading, active.settings),
        settingsProblems: active.settingsProblems,
        verdict: problems.length
          ? t("problemsFound", { count: String(problems.length) })
          : t("checkOk", { tops: String(table.tree.nodes.length), leaves: String(leafNodes(table.tree.nodes).length) }),
      });
    } catch (e) {
      fail(e);
    }
  }

  return (
    <section className={styles.page} aria-label={t("tabCheck")}>
      <div className={styles.row}>
        {gateway.kind !== "browser" ? (
          <>
            <Button appearance="primary" onClick={() => void check("sheet")}>
              {t("checkSheet")}
            </Button>
            <Button onClick={() => void check("selection")}>{t("checkSelection")}</Button>
          </>
        ) : (
          <FilePicker
            label={t("uploadXlsx")}
            accept=".xlsx"
            onFail={fail}
            onFile={(bytes, name) =>
              busy(t("reading", { file: name }), () => (gateway as BrowserGateway).openFile(bytes, name)).then(() => {
                onMessage("info", t("opened", { file: name }));
                return check("sheet");
              }, fail)
            }
          />
        )}
      </div>
      {result && (
        <MessageBar intent={result.problems.length ? "error" : "success"}>
          <MessageBarBody>{result.verdict}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.problems.length > 0 && (
        <>
          <ul className={styles.list} aria-label={result.verdict}>
            {result.problems.map((p, i) => (
              <li key={i}>
                <Button appearance="transparent" onClick={() => gateway.selectCell(result.sheet, p.at).catch(fail)}>
                  {p.at}　{problemText(p, lang)}
                </Button>
                {result.suggestions && (
                  <div>
                    {t("suggestion")}
                    {lang === "en" ? ": " : "："}
                    {result.suggestions[i][lang]}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {gateway.kind !== "browser" && (
            <div className={styles.row}>
              <Button
                onClick={() =>
                  gateway.markCells(result.sheet, [...new Set(result.problems.map((p) => p.at))]).catch(fail)
                }
              >
                {t("markProblems")}
              </Button>
              <Button onClick={() => gateway.clearMarks(result.sheet).catch(fail)}>{t("clearMarks")}</Button>
            </div>
          )}
        </>
      )}
      <AllSheetsCheck gateway={gateway} onError={fail} />
      {result?.scored && <ReadingNotes scored={result.scored} settingsProblems={result.settingsProblems} />}
    </section>
  );
}
