import { useState } from "react";
import { Button, Select, Subtitle2 } from "@fluentui/react-components";
import { formWeights, type SelfEvalForm } from "../../src/kinds/form/model";
import { layoutForm } from "../../src/kinds/form/layout";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import { DEFAULT_SCORING, SCORING_RULES, scoringOf } from "../../src/kinds/form/scoringRules";
import { readFormFile } from "../../src/kinds/form/readFormFile";
import { FilePicker } from "../common/FilePicker";
import { FormRows } from "./FormRows";
import { ProjectFields } from "./ProjectFields";
import { useFormStyles } from "./formStyles";
import { Labeled } from "../common/Labeled";
import { Notice } from "../common/Notice";
import { downloadFile } from "../common/download";
import { DownloadIcon } from "../common/icons";
import { LayoutPreview } from "../insertPage/LayoutPreview";
import { useLang, useT } from "../i18n";
import { importProblemText, titleIn } from "../common/words";
import { useBusy, useFail, type PageProps } from "../common/pageProps";

export type SelfEvalPageProps = PageProps;

/** 自评表: the national 项目支出绩效自评表 from a preset or a file, its rows edited, written or downloaded. */
export function SelfEvalPage({ gateway, onMessage }: SelfEvalPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useFormStyles();
  const [presetId, setPresetId] = useState(FORM_PRESETS[0].id);
  const [form, setForm] = useState<SelfEvalForm>(() => structuredClone(FORM_PRESETS[0].form));
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);
  const { rows: rowsSum, total: sum } = formWeights(form);
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
      <ProjectFields form={form} setForm={setForm} valid={valid} />
      <FormRows form={form} setForm={setForm} valid={valid} />
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
