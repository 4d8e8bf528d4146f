import { useState } from "react";
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "../common/Notice";
import { Dec, roundHalfUp } from "../../src/decimal";
import { readActive } from "../common/readActive";
import { scoreWorkbook, type ScoredSheet } from "../../src/readers/scoreWorkbook";
import { ReadingNotes } from "../common/ReadingNotes";
import { RULES_SOURCE } from "../../src/kinds/form/scoringRules";
import { summarySentences, summarySentencesEn } from "../../src/summary/sentences";
import type { Problem } from "../../src/tree/checkTree";
import type { TreeScore } from "../../src/kinds/table/score";
import type { BrowserGateway } from "../gateway/browserGateway";
import { FilePicker } from "../common/FilePicker";
import { useLang, useT } from "../i18n";
import { problemText } from "../common/words";
import { useBusy, useFail, type PageProps } from "../common/pageProps";
import { ReviewFiles } from "./ReviewFiles";
import { canReview } from "../gateway/gateway";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export type SummaryPageProps = PageProps;

/** 汇总: per top-level indicator 分值, 得分, 得分率, the total, the grade and the report's sentences. */
export function SummaryPage({ gateway, onMessage }: SummaryPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [result, setResult] = useState<{
    title: string;
    score: TreeScore;
    problems: Problem[];
    judgement?: Problem[];
    rules?: string;
    scored?: ScoredSheet;
    settingsProblems?: readonly Problem[];
  } | null>(null);
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);

  async function read(): Promise<void> {
    try {
      const active = await busy(t("working"), () => readActive(gateway, "sheet"));
      if (!active) {
        setResult(null);
        onMessage("error", t("noTable"));
        return;
      }
      // The one scored result, with the workbook's own grade scheme and decimals: the figures jx score gives.
      const scored = scoreWorkbook(active.reading, active.settings);
      setResult({
        title: active.grid.name,
        score: { total: scored.total, grade: scored.grade, applicableWeight: new Dec(100), levels: scored.levels },
        problems: [...scored.problems],
        scored,
        settingsProblems: active.settingsProblems,
        judgement: scored.judgement.length || active.kind === "form" ? [...scored.judgement] : undefined,
        // A form's rule set (财预〔2020〕10号 or 〔2021〕101号), and a note when the workbook names none.
        ...(scored.scoring
          ? {
              rules: `${t("scoringRules")}：${RULES_SOURCE[scored.scoring]}${scored.scoringNote ? `　${scored.scoringNote[lang]}` : ""}`,
            }
          : {}),
      });
    } catch (e) {
      fail(e);
    }
  }
  // A score that does not stand gets no grade and no report sentences until its problems are fixed.
  const stands = result !== null && result.problems.length === 0;
  // A panel's sheet says how many experts scored (the reader found their columns beside the panel's 得分).
  const experts = result?.scored?.panel?.scored;
  const sentences = result && stands ? summarySentences(result.score, { experts }) : "";
  const sentencesEn = result && stands && lang === "en" ? summarySentencesEn(result.score, { experts }) : "";

  return (
    <section className={styles.page} aria-label={t("tabSummary")}>
      <div className={styles.row}>
        {gateway.kind !== "browser" ? (
          <Button appearance="primary" onClick={() => void read()}>
            {t("readScores")}
          </Button>
        ) : (
          <FilePicker
            label={t("uploadXlsx")}
            accept=".xlsx"
            onFail={fail}
            onFile={(bytes, name) =>
              busy(t("reading", { file: name }), () => (gateway as BrowserGateway).openFile(bytes, name)).then(
                read,
                fail,
              )
            }
          />
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
            {t("total")}：{result.score.total?.toFixed() ?? "—"}　{t("grade")}：
            {stands ? (result.score.grade ?? "—") : t("gradeHeld")}
          </Text>
          {result.rules && <Text>{result.rules}</Text>}
          {result.scored?.panel && (
            <Text>
              {t("panelScored", {
                experts: String(result.scored.panel.experts),
                scored: String(result.scored.panel.scored),
              })}
            </Text>
          )}
          {result.problems.length > 0 && (
            <Notice intent="warning">
              {t("scoreProblems", { count: String(result.problems.length) })}{" "}
              {result.problems.map((p) => `${p.at} ${problemText(p, lang)}`).join(lang === "en" ? "; " : "；")}
            </Notice>
          )}
          {result.judgement && result.judgement.length > 0 && (
            <Notice intent="info">
              {t("judgement")}{" "}
              {result.judgement.map((p) => `${p.at} ${problemText(p, lang)}`).join(lang === "en" ? "; " : "；")}
            </Notice>
          )}
          {result.scored && <ReadingNotes scored={result.scored} settingsProblems={result.settingsProblems} />}
          {stands ? (
            <>
              <Textarea readOnly value={sentences} aria-label={t("sentences")} resize="vertical" rows={4} />
              {sentencesEn && (
                <Textarea readOnly value={sentencesEn} aria-label={t("sentencesEn")} resize="vertical" rows={4} />
              )}
              <div className={styles.row}>
                <Button
                  onClick={() =>
                    navigator.clipboard?.writeText(sentences).then(() => onMessage("success", t("copiedText")), fail)
                  }
                >
                  {t("copyText")}
                </Button>
                {gateway.kind !== "browser" && (
                  <Button
                    onClick={() =>
                      gateway
                        .insertSummary(
                          result.title,
                          result.score.levels.map((l) => ({
                            name: l.name,
                            weight: l.weight.toNumber(),
                            score: l.score.toNumber(),
                            rate: l.rate?.toNumber() ?? null,
                          })),
                          result.score.total?.toNumber() ?? null,
                          result.score.grade,
                        )
                        .then((sheet) => onMessage("success", t("summaryInserted", { sheet })), fail)
                    }
                  >
                    {t(gateway.kind === "wps" ? "insertSummaryTable" : "insertSummary")}
                  </Button>
                )}
              </div>
            </>
          ) : (
            <Notice intent="warning">{t("sentencesHeld")}</Notice>
          )}
        </>
      )}
      {canReview(gateway) && <ReviewFiles gateway={gateway} onMessage={onMessage} />}
    </section>
  );
}
