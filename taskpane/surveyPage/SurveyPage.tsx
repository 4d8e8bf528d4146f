import { useDeferredValue, useMemo, useState } from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SurveySheet } from "../../src/kinds/survey/read";
import { surveySheetIn } from "../../src/kinds/survey/options";
import { INITIAL_FIELDS, percentText, surveyFromFields, type SurveyFields } from "../../src/kinds/survey/surveyFields";
import { workbookLeaves, type SatisfactionLeaf } from "../../src/kinds/survey/surveyWrite";
import { templateSatisfactionLeaves } from "../../src/kinds/survey/templateSurvey";
import type { Template } from "../../src/kinds/table/model";
import { UnreadableWorkbook } from "../../src/xlsx/unreadable";
import { FilePicker } from "../common/FilePicker";
import { SurveyQuestions } from "./SurveyQuestions";
import { SurveyOptions } from "./SurveyOptions";
import { Notice } from "../common/Notice";
import { useBusy, useFail, type PageProps } from "../common/pageProps";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Where the answers came from: a file the person chose, or the active sheet (the pane). */
interface Source {
  readonly label: string;
  readonly survey: SurveySheet;
}

/**
 * 满意度: a survey export (an .xlsx file, or in the pane the active sheet) read into its question columns; per
 * question the answer counts and shares; the method and its options as `jx survey` takes them; the rate and the
 * score; then 满意度统计 and 问卷数据 written into the workbook (the satisfaction leaf's 得分 linked) or downloaded.
 * Every figure comes from src/survey.
 */
export interface SurveyPageProps extends PageProps {
  /** The template being edited: in the browser page its scoring workbook can be downloaded with the survey linked. */
  readonly template: Template;
}

export function SurveyPage({ gateway, onMessage, template }: SurveyPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);
  const [source, setSource] = useState<Source | null>(null);
  const [fields, setFields] = useState<SurveyFields>(INITIAL_FIELDS);
  const [leaves, setLeaves] = useState<SatisfactionLeaf[]>([]);
  // Inside a workbook its satisfaction leaf is linked unless the person says not; the browser page links on request.
  const [link, setLink] = useState(gateway.kind !== "browser");
  const leaf = link ? (leaves[0] ?? null) : null;
  // Typing stays immediate: the figures follow the fields a moment later (about 0.1 s for 10,000 respondents × 20 questions).
  const deferredFields = useDeferredValue(fields);
  const outcome = useMemo(
    () => (source ? surveyFromFields(source.survey, deferredFields, leaf) : null),
    [source, deferredFields, leaf],
  );
  const words = (e: { zh: string; en: string }): string => (lang === "zh" ? e.zh : e.en);
  const sep = lang === "zh" ? { comma: "，", gap: "　", list: "；" } : { comma: ", ", gap: "   ", list: "; " };

  /** Reads the question columns of the grids, and in the pane the workbook's satisfaction leaves. */
  async function take(label: string, grids: Parameters<typeof surveySheetIn>[0]): Promise<void> {
    try {
      const survey = surveySheetIn(grids);
      const found =
        gateway.kind !== "browser" ? workbookLeaves(await gateway.readSheets()) : templateSatisfactionLeaves(template);
      setLeaves(found);
      setSource({ label, survey });
      onMessage(
        "info",
        t("surveyRead", {
          source: label,
          sheet: survey.sheet,
          respondents: String(survey.respondents),
          questions: String(survey.questions.length),
        }),
      );
    } catch (e) {
      setSource(null);
      if (e instanceof UnreadableWorkbook) onMessage("error", `${t("errorTitle")}：${words(e)}`);
      else fail(e);
    }
  }

  async function openFile(bytes: Uint8Array, name: string): Promise<void> {
    try {
      const { readWorkbook } = await import("../../src/xlsx/readWorkbook");
      const wb = await busy(t("reading", { file: name }), () => readWorkbook(bytes));
      await take(name, wb.sheets);
    } catch (e) {
      if (e instanceof UnreadableWorkbook) onMessage("error", `${t("errorTitle")}：${name} ${words(e)}`);
      else fail(e);
    }
  }

  async function readActiveSheet(): Promise<void> {
    try {
      const grid = await busy(t("working"), () => gateway.readSheet("sheet"));
      if (!grid) {
        onMessage("error", t("surveyNoSheet"));
        return;
      }
      await take(grid.name, [grid]);
    } catch (e) {
      fail(e);
    }
  }

  async function write(): Promise<void> {
    if (!outcome?.ok) return;
    try {
      const out = await busy(t("writing"), () =>
        gateway.insertSurvey({
          survey: outcome.survey,
          result: outcome.result,
          choice: outcome.choice,
          leaf,
          ...(gateway.kind === "browser" && leaf ? { template } : {}),
        }),
      );
      if (out.status === "downloaded")
        onMessage(
          "success",
          `${t("downloaded", { file: out.fileName })}${leaf ? t("surveyLinked", { leaf: leaf.name, at: leaf.sheet }) : ""}`,
        );
      else if (out.status === "written")
        onMessage(
          "success",
          `${t("written", { sheet: out.sheet, syncs: String(out.syncs) })}${leaf ? t("surveyLinked", { leaf: leaf.name, at: `${leaf.sheet}!${leaf.at}` }) : ""}`,
        );
    } catch (e) {
      fail(e);
    }
  }

  const result = outcome?.ok ? outcome.result : null;
  const digits = result?.digits ?? 2;
  return (
    <section className={styles.page} aria-label={t("tabSurvey")}>
      <div className={styles.row}>
        <FilePicker
          label={t("surveyFile")}
          accept=".xlsx"
          onFail={fail}
          onFile={(bytes, name) => void openFile(bytes, name)}
        />
        {gateway.kind !== "browser" && <Button onClick={() => void readActiveSheet()}>{t("surveyActive")}</Button>}
      </div>
      <Text size={200}>{t("surveyPrivacy")}</Text>
      {source && (
        <>
          {source.survey.passedOver.length > 0 && (
            <Text size={200}>
              {t("surveyPassedOver", {
                list: source.survey.passedOver.map((p) => `${p.column} ${p.heading}`).join(sep.list),
              })}
            </Text>
          )}
          <SurveyOptions fields={fields} setFields={setFields} leaf={leaf} />
          {leaves.length > 0 && (
            <Checkbox
              checked={link}
              onChange={(_, d) => setLink(d.checked === true)}
              label={
                gateway.kind !== "browser"
                  ? t("surveyLink", {
                      leaf: leaves[0].name,
                      at: `${leaves[0].sheet}!${leaves[0].at}`,
                      points: leaves[0].points.toFixed(),
                    })
                  : t("surveyLinkTemplate", {
                      leaf: leaves[0].name,
                      points: leaves[0].points.toFixed(),
                      title: template.title,
                    })
              }
            />
          )}
          {outcome && !outcome.ok && <Notice intent="error">{words(outcome)}</Notice>}
          {result && (
            <>
              <div className={styles.figures} role="status" aria-label={t("surveyFigures")}>
                <Text weight="semibold">
                  {t("surveyRate", { rate: percentText(result.rate, digits) })}
                  {result.score !== null && `${sep.gap}${t("surveyScore", { score: result.score.toFixed(digits) })}`}
                </Text>
                <Text size={200}>{t("surveyRespondents", { respondents: String(result.respondents) })}</Text>
              </div>
              {result.offScale.length > 0 && (
                <Notice intent="warning">
                  {t("surveyOffScale", { list: result.offScale.map((q) => `${q.column} ${q.text}`).join(sep.list) })}
                </Notice>
              )}
              <div className={styles.row}>
                <Button appearance="primary" onClick={() => void write()}>
                  {gateway.kind !== "browser"
                    ? t("surveyWrite")
                    : leaf
                      ? t("surveyDownloadTemplate")
                      : t("surveyDownload")}
                </Button>
              </div>
              <SurveyQuestions result={result} />
            </>
          )}
        </>
      )}
    </section>
  );
}
