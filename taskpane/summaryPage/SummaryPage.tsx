import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, Text, makeStyles, tokens } from "@fluentui/react-components";
import { roundHalfUp } from "../../src/decimal";
import { scoreTable } from "../../src/sheet/checkTable";
import { readActive } from "../common/readActive";
import { scoreReading } from "../../src/selfeval/scoreReading";
import { Dec, decimalOf } from "../../src/decimal";
import { summarySentences } from "../../src/summary/sentences";
import type { Problem } from "../../src/tree/checkTree";
import type { TreeScore } from "../../src/tree/scoreTree";
import type { BrowserGateway } from "../gateway/browserGateway";
import { FilePicker } from "../common/FilePicker";
import { useLang, useT } from "../i18n";
import { problemText } from "../common/words";
import { useBusy, useFail, type PageProps } from "../common/pageProps";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }, row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" } });

export type SummaryPageProps = PageProps;

/** 汇总: per top-level indicator 分值, 得分, 得分率, the total, the grade and the report's sentences. */
export function SummaryPage({ gateway, onMessage }: SummaryPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [result, setResult] = useState<{ title: string; score: TreeScore; problems: Problem[]; judgement?: Problem[] } | null>(null);
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);

  async function read(): Promise<void> {
    try {
      const active = await busy(t("working"), () => readActive(gateway, "sheet"));
      if (active?.kind === "form") {
        const { grid, form } = active;
        const report = scoreReading(form);
        const dec = (n: number | null) => (n === null ? null : decimalOf(n));
        setResult({
          title: grid.name,
          score: {
            total: dec(report.total),
            grade: report.grade,
            applicableWeight: new Dec(100),
            levels: report.levels.map((l) => ({ name: l.name, weight: decimalOf(l.weight), score: decimalOf(l.score), rate: dec(l.rate) })),
          },
          problems: [...report.problems],
          judgement: [...report.judgement],
        });
        return;
      }
      if (!active) {
        setResult(null);
        onMessage("error", t("noTable"));
        return;
      }
      const { grid, table } = active;
      const { score, problems } = scoreTable(table);
      setResult({ title: grid.name, score, problems });
    } catch (e) {
      fail(e);
    }
  }
  const sentences = result ? summarySentences(result.score) : "";

  return (
    <section className={styles.page} aria-label={t("tabSummary")}>
      <div className={styles.row}>
        {gateway.kind === "excel" ? (
          <Button appearance="primary" onClick={() => void read()}>
            {t("readScores")}
          </Button>
        ) : (
          <FilePicker label={t("uploadXlsx")} accept=".xlsx" onFile={(bytes, name) => busy(t("reading", { file: name }), () => (gateway as BrowserGateway).openFile(bytes, name)).then(read, fail)} />
        )}
      </div>
      {result && (
        <>
          <Table aria-label={t("tabSummary")} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("indicator")}</TableHeaderCell>
                <TableHeaderCell>{t("weight")}</TableHeaderCell>
                <TableHeaderCell>{t("score")}</TableHeaderCell>
                <TableHeaderCell>{t("rate")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.score.levels.map((l) => (
                <TableRow key={l.name}>
                  <TableCell>{l.name}</TableCell>
                  <TableCell>{l.weight.toFixed()}</TableCell>
                  <TableCell>{l.score.toFixed()}</TableCell>
                  <TableCell>{l.rate === null ? "—" : `${roundHalfUp(l.rate.times(100), 2).toFixed(2)}%`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text weight="semibold">
            {t("total")}：{result.score.total?.toFixed() ?? "—"}　{t("grade")}：{result.score.grade ?? "—"}
          </Text>
          {result.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t("scoreProblems", { count: String(result.problems.length) })} {result.problems.map((p) => `${p.at} ${problemText(p, lang)}`).join(lang === "en" ? "; " : "；")}
              </MessageBarBody>
            </MessageBar>
          )}
          {result.judgement && result.judgement.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                {t("judgement")} {result.judgement.map((p) => `${p.at} ${problemText(p, lang)}`).join(lang === "en" ? "; " : "；")}
              </MessageBarBody>
            </MessageBar>
          )}
          <Textarea readOnly value={sentences} aria-label={t("sentences")} resize="vertical" rows={4} />
          <div className={styles.row}>
            <Button onClick={() => navigator.clipboard?.writeText(sentences).then(() => onMessage("success", t("copiedText")), fail)}>{t("copyText")}</Button>
            {gateway.kind === "excel" && (
              <Button
                onClick={() =>
                  gateway
                    .insertSummary(
                      result.title,
                      result.score.levels.map((l) => ({ name: l.name, weight: l.weight.toNumber(), score: l.score.toNumber(), rate: l.rate?.toNumber() ?? null })),
                      result.score.total?.toNumber() ?? null,
                      result.score.grade,
                    )
                    .then((sheet) => onMessage("success", t("summaryInserted", { sheet })), fail)
                }
              >
                {t("insertSummary")}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
