import { useState } from "react";
import { Button, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { formWeights, type SelfEvalForm } from "../../src/kinds/form/model";
import { layoutForm } from "../../src/kinds/form/layout";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import { DEFAULT_SCORING, SCORING_RULES, scoringOf } from "../../src/kinds/form/scoringRules";
import { readFormFile } from "../../src/kinds/form/readFormFile";
import { storedText } from "../../src/kinds/form/targetOf";
import { FilePicker } from "../common/FilePicker";
import { Labeled } from "../common/Labeled";
import { NumberField } from "../common/NumberField";
import { Notice } from "../common/Notice";
import { downloadFile } from "../common/download";
import { AddIcon, DeleteIcon, DownloadIcon } from "../common/icons";
import { LayoutPreview } from "../insertPage/LayoutPreview";
import { useLang, useT } from "../i18n";
import { importProblemText, titleIn } from "../common/words";
import { useBusy, useFail, type PageProps } from "../common/pageProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  grid: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    // In a narrow pane each indicator's fields stack under their names instead of widening the pane.
    "@media (max-width: 560px)": {
      "& thead": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
      "& tr": {
        display: "grid",
        gridTemplateColumns: "1fr 1fr",
        columnGap: tokens.spacingHorizontalS,
        paddingBottom: tokens.spacingVerticalS,
        marginBottom: tokens.spacingVerticalS,
        borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      },
      "& td": { display: "block" },
      "& td::before": { content: "attr(data-label)", display: "block", color: tokens.colorNeutralForeground3 },
    },
  },
  cell: { padding: "2px", minWidth: 0 },
  fill: { width: "100%", minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  weightCol: { width: "6em" },
  removeCol: { width: "2.5em" },
});

export type SelfEvalPageProps = PageProps;

/** 自评表: the national 项目支出绩效自评表 from a preset or a file, its rows edited, written or downloaded. */
export function SelfEvalPage({ gateway, onMessage }: SelfEvalPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [presetId, setPresetId] = useState(FORM_PRESETS[0].id);
  const [form, setForm] = useState<SelfEvalForm>(() => structuredClone(FORM_PRESETS[0].form));
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);
  const { rows: rowsSum, total: sum } = formWeights(form);
  const setRow = (i: number, fields: Partial<SelfEvalForm["indicators"][number]>) =>
    setForm((f) => ({ ...f, indicators: f.indicators.map((r, k) => (k === i ? { ...r, ...fields } : r)) }));
  const funds = form.funds.rows[0];
  const setFunds = (fields: Partial<typeof funds>) =>
    setForm((f) => ({
      ...f,
      funds: { ...f.funds, rows: [{ ...f.funds.rows[0], ...fields }, ...f.funds.rows.slice(1)] },
    }));
  // Fields holding text that is not an acceptable number: nothing is written until they are fixed.
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const valid = (field: string) => (ok: boolean) =>
    setInvalid((cur) => {
      if (ok !== cur.has(field)) return cur;
      const next = new Set(cur);
      if (ok) next.delete(field);
      else next.add(field);
      return next;
    });

  async function write(): Promise<void> {
    try {
      const out = await busy(t("writing"), () => gateway.insertForm(form));
      onMessage(
        "success",
        out.status === "written"
          ? t("written", { sheet: out.sheet, syncs: String(out.syncs) })
          : out.status === "downloaded"
            ? t("downloaded", { file: out.fileName })
            : "",
      );
    } catch (e) {
      fail(e);
    }
  }

  return (
    <section className={styles.page} aria-label={t("tabSelfEval")}>
      <div className={styles.row}>
        <Labeled label={t("formPreset")} className={styles.grow}>
          <Select className={styles.fill} value={presetId} onChange={(_, d) => setPresetId(d.value)}>
            {FORM_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {titleIn(lang, p.id, p.title)}
              </option>
            ))}
          </Select>
        </Labeled>
        <Button
          appearance="primary"
          onClick={() =>
            setForm(structuredClone(FORM_PRESETS.find((p) => p.id === presetId)?.form ?? FORM_PRESETS[0].form))
          }
        >
          {t("usePreset")}
        </Button>
      </div>
      <div className={styles.row}>
        <Labeled label={t("scoringRules")} className={styles.grow}>
          <Select
            value={form.scoring ?? DEFAULT_SCORING}
            onChange={(_, d) => setForm((f) => ({ ...f, scoring: scoringOf(d.value) ?? DEFAULT_SCORING }))}
          >
            {SCORING_RULES.map((r) => (
              <option key={r} value={r}>
                {t(`scoring${r}`)}
              </option>
            ))}
          </Select>
        </Labeled>
      </div>
      <div className={styles.row}>
        <FilePicker
          label={t("importForm")}
          accept=".json,application/json"
          onFail={fail}
          onFile={(bytes) => {
            const reading = readFormFile(bytes);
            if (!reading.form)
              onMessage(
                "error",
                `${t("importFailed", { count: String(reading.problems.length) })}${reading.problems.map((p) => importProblemText(p, lang)).join(lang === "en" ? "; " : "；")}`,
              );
            else setForm(reading.form);
          }}
        />
        <Button
          icon={<DownloadIcon />}
          onClick={() =>
            downloadFile(`${JSON.stringify(form, null, 2)}\n`, `${form.project.name}.json`, "application/json")
          }
        >
          {t("exportForm")}
        </Button>
      </div>
      <div className={styles.row}>
        <Labeled label={t("projectName")} className={styles.grow}>
          <Input
            value={form.project.name}
            onChange={(_, d) => setForm((f) => ({ ...f, project: { ...f.project, name: d.value } }))}
          />
        </Labeled>
        <Labeled label={t("year")}>
          <Input
            value={String(form.project.year ?? "")}
            onChange={(_, d) => setForm((f) => ({ ...f, project: { ...f.project, year: d.value } }))}
          />
        </Labeled>
      </div>
      <div className={styles.row}>
        <Labeled label={t("department")} className={styles.grow}>
          <Input
            value={form.project.department ?? ""}
            onChange={(_, d) => setForm((f) => ({ ...f, project: { ...f.project, department: d.value } }))}
          />
        </Labeled>
        <Labeled label={t("unit")} className={styles.grow}>
          <Input
            value={form.project.unit ?? ""}
            onChange={(_, d) => setForm((f) => ({ ...f, project: { ...f.project, unit: d.value } }))}
          />
        </Labeled>
      </div>
      <div className={styles.row}>
        <NumberField
          className={styles.grow}
          label={t("initialBudget")}
          sign="nonNegative"
          value={funds.initial}
          onValue={(initial) => setFunds({ initial })}
          onValidity={valid("initial")}
        />
        <NumberField
          className={styles.grow}
          label={t("annualBudget")}
          sign="nonNegative"
          value={funds.annual}
          onValue={(annual) => setFunds({ annual })}
          onValidity={valid("annual")}
        />
        <NumberField
          className={styles.grow}
          label={t("executed")}
          sign="nonNegative"
          value={funds.executed}
          onValue={(executed) => setFunds({ executed })}
          onValidity={valid("executed")}
        />
      </div>
      <table className={styles.grid} aria-label={t("tabSelfEval")}>
        <thead>
          <tr>
            {[t("level1"), t("level2"), t("level3"), t("targetText"), t("weight"), t("removeRow")].map((h, i) => (
              <th key={i} scope="col" className={i === 4 ? styles.weightCol : i === 5 ? styles.removeCol : undefined}>
                {i === 5 ? <span className={styles.srOnly}>{h}</span> : h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {form.indicators.map((r, i) => (
            <tr key={i}>
              <td className={styles.cell} data-label={t("level1")}>
                <Input
                  className={styles.fill}
                  size="small"
                  aria-label={`${t("level1")} ${i + 1}`}
                  value={r.level1}
                  onChange={(_, d) => setRow(i, { level1: d.value })}
                />
              </td>
              <td className={styles.cell} data-label={t("level2")}>
                <Input
                  className={styles.fill}
                  size="small"
                  aria-label={`${t("level2")} ${i + 1}`}
                  value={r.level2}
                  onChange={(_, d) => setRow(i, { level2: d.value })}
                />
              </td>
              <td className={styles.cell} data-label={t("level3")}>
                <Input
                  className={styles.fill}
                  size="small"
                  aria-label={`${t("level3")} ${i + 1}`}
                  value={r.name}
                  onChange={(_, d) => setRow(i, { name: d.value })}
                />
              </td>
              <td className={styles.cell} data-label={t("targetText")}>
                <Input
                  className={styles.fill}
                  size="small"
                  aria-label={`${t("targetText")} ${i + 1}`}
                  value={typeof r.target === "string" ? r.target : storedText(r.target)}
                  onChange={(_, d) => setRow(i, { target: d.value })}
                />
              </td>
              <td className={styles.cell} data-label={t("weight")}>
                <NumberField
                  className={styles.fill}
                  size="small"
                  hideLabel
                  label={`${t("weight")} ${i + 1}`}
                  required
                  sign="positive"
                  points
                  value={r.weight}
                  onValue={(weight) => weight !== undefined && setRow(i, { weight })}
                  onValidity={valid(`weight${i}`)}
                />
              </td>
              <td className={styles.cell}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteIcon />}
                  aria-label={`${t("removeRow")} ${i + 1}`}
                  disabled={form.indicators.length <= 1}
                  onClick={() => setForm((f) => ({ ...f, indicators: f.indicators.filter((_, k) => k !== i) }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.row}>
        <Button
          icon={<AddIcon />}
          onClick={() =>
            setForm((f) => ({
              ...f,
              indicators: [
                ...f.indicators,
                { level1: "产出指标", level2: "数量指标", name: t("newIndicator"), target: "≥100%", weight: 1 },
              ],
            }))
          }
        >
          {t("addRow")}
        </Button>
      </div>
      <Notice intent={sum.eq(100) ? "success" : "error"}>
        {t("formWeights", { funds: String(form.funds.weight), rows: rowsSum.toFixed(), sum: sum.toFixed() })}
      </Notice>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!sum.eq(100) || invalid.size > 0} onClick={() => void write()}>
          {gateway.kind !== "browser" ? t("insertForm") : t("downloadForm")}
        </Button>
      </div>
      <Subtitle2 as="h2">{t("preview")}</Subtitle2>
      <LayoutPreview sheet={layoutForm(form).sheets[0]} label={t("preview")} />
    </section>
  );
}
