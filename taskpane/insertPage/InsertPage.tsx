import { useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { layoutScoringWorkbook, panelChoiceProblem, type PanelChoice } from "../../src/kinds/panel/layout";
import type { PanelMethod } from "../../src/kinds/panel/presets";
import { checkTemplateData } from "../../src/template/checkTemplate";
import type { Template } from "../../src/kinds/table/model";
import type { InsertTarget } from "../gateway/gateway";
import { useLang, useT } from "../i18n";
import { Notice } from "../common/Notice";
import { problemText } from "../common/words";
import { useBusy, useFail, type PageProps } from "../common/pageProps";
import { LayoutPreview } from "./LayoutPreview";
import { NumberField } from "../common/NumberField";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  experts: { maxWidth: "16em" },
});

export interface InsertPageProps extends PageProps {
  readonly template: Template;
}

/** 插入: writes the table into a new sheet (or an empty area at the selection), asking before anything is overwritten. */
export function InsertPage({ template, gateway, onMessage }: InsertPageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [target, setTarget] = useState<InsertTarget>("newSheet");
  const [force, setForce] = useState(false);
  const [occupied, setOccupied] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // 专家评分: one score column per expert, as jx template --experts N [--panel trimmed] lays it out (0 = none).
  const [experts, setExperts] = useState<number | undefined>(0);
  const [method, setMethod] = useState<PanelMethod>("mean");
  const [expertsValid, setExpertsValid] = useState(true);
  const panel: PanelChoice = { experts: experts ?? 0, method };
  const panelProblem = panelChoiceProblem(panel);
  const withPanel = panel.experts > 0 && panelProblem === null;
  const problems = checkTemplateData(template).problems;
  const layout = layoutScoringWorkbook(template, problems, {}, withPanel ? panel : undefined);
  const fail = useFail(onMessage);
  const withSpinner = useBusy(onMessage);

  async function insert(overwrite: boolean): Promise<void> {
    setBusy(true);
    try {
      const where = gateway.kind !== "browser" && !withPanel ? target : "newSheet";
      const out = await withSpinner(t("writing"), () =>
        gateway.insertTable(template, problems, where, overwrite, withPanel ? panel : undefined),
      );
      if (out.status === "occupied") setOccupied(out.address);
      else if (out.status === "written")
        onMessage("success", t("written", { sheet: out.sheet, syncs: String(out.syncs) }));
      else onMessage("success", t("downloaded", { file: out.fileName }));
      if (gateway.kind !== "browser" && out.status === "written") await gateway.saveTemplate(template);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.page} aria-label={t("tabInsert")}>
      <NumberField
        className={styles.experts}
        label={t("expertsCount")}
        value={experts}
        sign="nonNegative"
        onValue={setExperts}
        onValidity={setExpertsValid}
      />
      {panelProblem && <Notice intent="error">{lang === "zh" ? panelProblem.zh : panelProblem.en}</Notice>}
      {panel.experts > 0 && (
        <Field label={t("panelMethod")}>
          <RadioGroup value={method} onChange={(_, d) => setMethod(d.value as PanelMethod)}>
            <Radio value="mean" label={t("panelMean")} />
            <Radio value="trimmed" label={t("panelTrimmed")} />
          </RadioGroup>
        </Field>
      )}
      {withPanel && <Notice intent="info">{t("panelNewSheet")}</Notice>}
      {gateway.kind !== "browser" && !withPanel && (
        <Field label={t("target")}>
          <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as InsertTarget)}>
            <Radio value="newSheet" label={t("targetNewSheet")} />
            <Radio value="selection" label={t("targetSelection")} />
          </RadioGroup>
        </Field>
      )}
      {problems.length > 0 && (
        <Notice intent="warning">
          {t(gateway.kind !== "browser" ? "blockedWrite" : "blockedDownload", { count: String(problems.length) })}
          <ul aria-label={t("problemsFound", { count: String(problems.length) })}>
            {problems.map((p, i) => (
              <li key={i}>{problemText(p, lang)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {problems.length > 0 && (
        <Checkbox
          checked={force}
          onChange={(_, d) => setForce(d.checked === true)}
          label={t(gateway.kind !== "browser" ? "insertWithProblems" : "downloadWithProblems")}
        />
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={(problems.length > 0 && !force) || panelProblem !== null || !expertsValid}
          disabledFocusable={busy}
          onClick={() => void insert(false)}
        >
          {gateway.kind !== "browser" ? t("insertTable") : t("downloadXlsx")}
        </Button>
      </div>
      <Subtitle2 as="h2">{t("preview")}</Subtitle2>
      <LayoutPreview sheet={layout.sheets[0]} label={t("preview")} />
      <Dialog open={occupied !== null} onOpenChange={(_, d) => !d.open && setOccupied(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("occupiedTitle")}</DialogTitle>
            <DialogContent>{t("occupiedBody", { address: occupied ?? "" })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setOccupied(null);
                  void insert(true);
                }}
              >
                {t("overwrite")}
              </Button>
              <Button
                // The safe answer has the focus: Enter keeps the person's cells.
                autoFocus
                onClick={() => {
                  setOccupied(null);
                  onMessage("info", t("cancelled"));
                }}
              >
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
