import { useRef, useState } from "react";
import {
  Button,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
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
import type { ReviewSummary } from "../../src/review/layoutReview";
import { isSampleProblem, sampleSpecOf, type SampleSpec } from "../../src/review/sample";
import type { Gateway, ReviewDoor } from "../gateway/gateway";
import { UploadIcon } from "../common/icons";
import { Labeled } from "../common/Labeled";
import { useLang, useT } from "../i18n";
import { useFail, type PageProps } from "../common/pageProps";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  field: { width: "9em" },
});

type SampleBy = "none" | SampleSpec["by"];

/**
 * 汇总多个文件 (task pane and browser page): choose many .xlsx files, optionally a 复核 sample, see the grade
 * distribution, then write the review's sheets into the workbook (Excel) or download them (browser). The
 * reading, sampling and sheets are the review's own (src/review), through the gateway; nothing is worked out here.
 */
export function ReviewFiles({
  gateway,
  onMessage,
}: {
  readonly gateway: Gateway & ReviewDoor;
  readonly onMessage: PageProps["onMessage"];
}) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const fail = useFail(onMessage);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ files: number; review: ReviewSummary } | null>(null);
  const [by, setBy] = useState<SampleBy>("none");
  const [share, setShare] = useState("20%");
  const [seed, setSeed] = useState("1");

  const spec = by === "none" ? null : sampleSpecOf(by, share, seed);
  const problem = spec && isSampleProblem(spec) ? (lang === "en" ? spec.en : spec.zh) : null;
  /** A change of the sample's settings drops a summary drawn with the old ones, so it is never written by mistake. */
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setSummary(null);
    };

  async function review(list: FileList): Promise<void> {
    if (spec && isSampleProblem(spec)) return onMessage("error", problem ?? "");
    const files = [...list].map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
    setSummary(null);
    try {
      const result = await gateway.reviewFiles(files, { sample: spec }, (done, total) => setProgress({ done, total }));
      setSummary({ files: files.length, review: result });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }

  async function save(s: ReviewSummary): Promise<void> {
    try {
      const out = await gateway.saveReview(s);
      onMessage(
        "success",
        out.status === "written"
          ? t("reviewWritten", { sheets: out.sheets.join(lang === "en" ? ", " : "、") })
          : t("reviewDownloaded", { file: out.fileName }),
      );
    } catch (e) {
      fail(e);
    }
  }

  const sample = summary?.review.sample ?? null;
  return (
    <section className={styles.box} aria-label={t("reviewTitle")}>
      <Text weight="semibold">{t("reviewTitle")}</Text>
      <RadioGroup
        layout="horizontal"
        aria-label={t("reviewSample")}
        value={by}
        onChange={(_, d) => changed(setBy)(d.value as SampleBy)}
      >
        <Radio value="none" label={t("reviewSampleNone")} />
        <Radio value="projects" label={t("reviewSampleProjects")} />
        <Radio value="funds" label={t("reviewSampleFunds")} />
      </RadioGroup>
      {by !== "none" && (
        <div className={styles.row}>
          <Labeled label={t("reviewShare")} error={problem ?? undefined} className={styles.field}>
            <Input value={share} onChange={(_, d) => changed(setShare)(d.value)} />
          </Labeled>
          <Labeled label={t("reviewSeed")} className={styles.field}>
            <Input value={seed} inputMode="numeric" onChange={(_, d) => changed(setSeed)(d.value)} />
          </Labeled>
        </div>
      )}
      <div className={styles.row}>
        <Button
          icon={<UploadIcon />}
          disabled={progress !== null || problem !== null}
          onClick={() => input.current?.click()}
        >
          {t("reviewChoose")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx"
          aria-label={t("reviewChoose")}
          style={{ display: "none" }}
          onChange={(e) => {
            const list = e.target.files;
            if (list?.length) void review(list).then(() => (e.target.value = ""));
          }}
        />
      </div>
      {progress && (
        <>
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={t("reviewTitle")} />
          <Text role="status">
            {t("reviewProgress", { done: String(progress.done), total: String(progress.total) })}
          </Text>
        </>
      )}
      {summary && (
        <>
          <Text>
            {t("reviewResult", {
              files: String(summary.files),
              projects: String(summary.review.projects.length),
              unreadable: String(summary.review.unreadable.length),
            })}
          </Text>
          <Table aria-label={t("reviewTitle")} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("grade")}</TableHeaderCell>
                <TableHeaderCell>#</TableHeaderCell>
                <TableHeaderCell>{t("annualBudget")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.review.grades.map((g) => (
                <TableRow key={g.label}>
                  <TableCell>{g.label}</TableCell>
                  <TableCell>{g.count}</TableCell>
                  <TableCell>{g.funds.toFixed()}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {summary.review.unreadable.map((u) => (
            <Text key={u.file}>
              ✗ {u.file}：{u.error}
            </Text>
          ))}
          {sample && (
            <>
              <Text weight="semibold">{t("reviewSampled", { count: String(sample.projects.length) })}</Text>
              <Text>{sample.how}</Text>
            </>
          )}
          {summary.review.sentences.map((s) => (
            <Text key={s.zh}>{lang === "en" ? s.en : s.zh}</Text>
          ))}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void save(summary.review)}>
              {t(gateway.kind === "browser" ? "reviewDownload" : "reviewWrite")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
