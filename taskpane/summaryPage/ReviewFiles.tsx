import { useRef, useState } from "react";
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewSummary } from "../../src/review/layoutReview";
import type { BrowserGateway } from "../gateway/browserGateway";
import { UploadIcon } from "../common/icons";
import { useT } from "../i18n";
import { useFail, type PageProps } from "../common/pageProps";

const useStyles = makeStyles({ box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }, row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" } });

/** 汇总多个文件 (browser page): choose many .xlsx files, see the grade distribution, download the summary workbook. */
export function ReviewFiles({ gateway, onMessage }: { readonly gateway: BrowserGateway; readonly onMessage: PageProps["onMessage"] }) {
  const t = useT();
  const styles = useStyles();
  const fail = useFail(onMessage);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ files: number; review: ReviewSummary } | null>(null);

  async function review(list: FileList): Promise<void> {
    const files = [...list].map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
    try {
      const result = await gateway.reviewFiles(files, (done, total) => setProgress(t("reviewProgress", { done: String(done), total: String(total) })));
      setSummary({ files: files.length, review: result });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className={styles.box} aria-label={t("reviewTitle")}>
      <Text weight="semibold">{t("reviewTitle")}</Text>
      <div className={styles.row}>
        <Button icon={<UploadIcon />} onClick={() => input.current?.click()}>
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
        {progress && <Text role="status">{progress}</Text>}
      </div>
      {summary && (
        <>
          <Text>{t("reviewResult", { files: String(summary.files), projects: String(summary.review.projects.length), unreadable: String(summary.review.unreadable.length) })}</Text>
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
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => gateway.downloadReview(summary.review).then((file) => onMessage("success", t("reviewDownloaded", { file })), fail)}>
              {t("reviewDownload")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
