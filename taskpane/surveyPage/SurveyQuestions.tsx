import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SurveyResult } from "../../src/kinds/survey/score";
import { answerShares, percentText } from "../../src/kinds/survey/surveyFields";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  question: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  counts: { width: "100%", tableLayout: "fixed" },
});

/** 逐题统计: per question its answers with their counts and shares, 有效/跳过, the mean and the question's rate. */
export function SurveyQuestions({ result }: { readonly result: SurveyResult }) {
  const t = useT();
  const comma = useLang() === "zh" ? "，" : ", ";
  const styles = useStyles();
  const digits = result.digits;
  return (
    <>
      <Subtitle2 as="h2">{t("surveyPerQuestion")}</Subtitle2>
      {result.questions.map((q) => (
        <div key={q.column} className={styles.question}>
          <Text weight="semibold">
            {q.column}　{q.text}
          </Text>
          <Table size="extra-small" className={styles.counts} aria-label={`${q.column} ${q.text}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("surveyAnswer")}</TableHeaderCell>
                <TableHeaderCell>{t("surveyCount")}</TableHeaderCell>
                <TableHeaderCell>{t("surveyShare")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {answerShares(q).map((a) => (
                <TableRow key={a.answer}>
                  <TableCell>{a.answer}</TableCell>
                  <TableCell>{a.count}</TableCell>
                  <TableCell>{percentText(a.share, digits)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text size={200}>
            {t("surveyAnswered", { answered: String(q.answered), skipped: String(q.skipped) })}
            {q.mean !== null && `${comma}${t("surveyMean", { mean: q.mean.toFixed(2) })}`}
            {`${comma}${t("surveyQuestionRate", { rate: percentText(q.rate, digits) })}`}
          </Text>
        </div>
      ))}
    </>
  );
}
