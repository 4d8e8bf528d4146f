import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, SaveRegular } from "@fluentui/react-icons";
import { GRADE_SCHEMES } from "../../src/grades";
import { PRESETS } from "../../src/presets";
import { checkTemplateData, readTemplate } from "../../src/template/readTemplate";
import { Dec, decimalOf, sameAtNine } from "../../src/decimal";
import type { Gateway } from "../gateway/gateway";
import { FilePicker } from "../common/FilePicker";
import { downloadFile } from "../common/download";
import { useT } from "../i18n";
import { TreeEditor } from "./TreeEditor";
import type { TemplateEditor } from "./useTemplateEditor";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface TemplatePageProps {
  readonly editor: TemplateEditor;
  readonly gateway: Gateway;
  readonly onMessage: (intent: "success" | "error" | "info", text: string) => void;
}

/** 模板: start from a preset or a file, edit the tree, see every weight problem in words, keep the template. */
export function TemplatePage({ editor, gateway, onMessage }: TemplatePageProps) {
  const t = useT();
  const styles = useStyles();
  const [presetId, setPresetId] = useState(PRESETS[0].id);
  const tpl = editor.template;
  const problems = checkTemplateData(tpl).problems;
  const total = decimalOf(tpl.total ?? 100);
  const topSum = tpl.indicators.reduce((s, i) => s.plus(decimalOf(i.weight)), new Dec(0));
  const scheme = GRADE_SCHEMES.find((g) => JSON.stringify(g.bands) === JSON.stringify(tpl.grades ?? GRADE_SCHEMES[0].bands))?.id ?? "";
  const set = (fields: Partial<typeof tpl>) => editor.apply((cur, p) => ({ template: { ...cur, ...fields }, path: p }));

  return (
    <section className={styles.page} aria-label={t("tabTemplate")}>
      <div className={styles.row}>
        <Field label={t("preset")} className={styles.grow}>
          <Select value={presetId} onChange={(_, d) => setPresetId(d.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={() => editor.replace(structuredClone(PRESETS.find((p) => p.id === presetId)?.template ?? PRESETS[0].template))}>
          {t("usePreset")}
        </Button>
      </div>
      <div className={styles.row}>
        <FilePicker
          label={t("importFile")}
          accept=".json,application/json"
          onFile={(bytes) => {
            const reading = readTemplate(new TextDecoder().decode(bytes));
            if (!reading.template) {
              onMessage("error", `${t("importFailed", { count: String(reading.problems.length) })} ${reading.problems.map((p) => `${p.at} ${p.message}`).join("；")}`);
              return;
            }
            editor.replace(reading.template);
            onMessage(reading.problems.length ? "info" : "success", reading.problems.length ? t("problemsFound", { count: String(reading.problems.length) }) : reading.template.title);
          }}
        />
        <Button icon={<ArrowDownloadRegular />} onClick={() => downloadFile(`${JSON.stringify(tpl, null, 2)}\n`, `${tpl.title}.json`, "application/json")}>
          {t("exportFile")}
        </Button>
        <Button
          icon={<SaveRegular />}
          onClick={() =>
            gateway.saveTemplate(tpl).then(
              () => onMessage("success", t("savedToWorkbook")),
              (e: unknown) => onMessage("error", `${t("errorTitle")}：${e instanceof Error ? e.message : String(e)}`),
            )
          }
        >
          {t("saveToWorkbook")}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t("title")} className={styles.grow}>
          <Input value={tpl.title} onChange={(_, d) => editor.apply((cur, p) => ({ template: { ...cur, title: d.value }, path: p }), "title")} />
        </Field>
        <Field label={t("gradeScheme")}>
          <Select value={scheme} onChange={(_, d) => set({ grades: [...(GRADE_SCHEMES.find((g) => g.id === d.value)?.bands ?? [])] })}>
            {scheme === "" && <option value="">—</option>}
            {GRADE_SCHEMES.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("decimalsTotal")}>
          <Select value={String(tpl.decimals?.total ?? 2)} onChange={(_, d) => set({ decimals: { ...tpl.decimals, total: Number(d.value) } })}>
            {[0, 1, 2, 3].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Subtitle2 as="h2">
        {t("tree")}（{t("topSum", { sum: topSum.toFixed(), total: total.toFixed() })}）
      </Subtitle2>
      <TreeEditor editor={editor} />
      {problems.length === 0 && sameAtNine(topSum, total) ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("noProblems", { total: total.toFixed() })}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("problemsFound", { count: String(problems.length) })}
            <ul className={styles.problems} aria-label={t("problemsFound", { count: String(problems.length) })}>
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
