import { useState } from "react";
import { Button, Input, Link, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DownloadIcon, SaveIcon } from "../common/icons";
import { GRADE_SCHEMES } from "../../src/grades";
import { PRESET_TITLES, type PresetId } from "../../src/kinds/table/presets/list";
import { checkTemplateData } from "../../src/template/checkTemplate";
import { Dec, decimalOf, sameAtNine } from "../../src/decimal";
import { FilePicker } from "../common/FilePicker";
import { Labeled } from "../common/Labeled";
import { Notice } from "../common/Notice";
import { downloadFile } from "../common/download";
import { useLang, useT } from "../i18n";
import { importProblemText, problemText, titleIn } from "../common/words";
import { nodePathOf, rowId } from "./problemPath";
import { useBusy, useFail, type PageProps } from "../common/pageProps";
import { TreeEditor } from "./TreeEditor";
import type { TemplateEditor } from "./useTemplateEditor";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  // A native select is as wide as its longest option unless told otherwise; in a 350 px pane it must shrink.
  fill: { width: "100%", minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface TemplatePageProps extends PageProps {
  readonly editor: TemplateEditor;
}

/** 模板: start from a preset or a file, edit the tree, see every weight problem in words, keep the template. */
export function TemplatePage({ editor, gateway, onMessage }: TemplatePageProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [presetId, setPresetId] = useState<PresetId>("national-2020");
  const fail = useFail(onMessage);
  const busy = useBusy(onMessage);
  const tpl = editor.template;
  const problems = checkTemplateData(tpl).problems;
  const total = decimalOf(tpl.total ?? 100);
  const topSum = tpl.indicators.reduce((s, i) => s.plus(decimalOf(i.weight)), new Dec(0));
  const scheme =
    GRADE_SCHEMES.find((g) => JSON.stringify(g.bands) === JSON.stringify(tpl.grades ?? GRADE_SCHEMES[0].bands))?.id ??
    "";
  const set = (fields: Partial<typeof tpl>) => editor.apply((cur, p) => ({ template: { ...cur, ...fields }, path: p }));

  return (
    <section className={styles.page} aria-label={t("tabTemplate")}>
      {/* The verdict comes first, where the eye is; each problem selects its indicator. */}
      {problems.length === 0 && sameAtNine(topSum, total) ? (
        <Notice intent="success">{t("noProblems", { total: total.toFixed() })}</Notice>
      ) : (
        <Notice intent="error">
          {t("problemsFound", { count: String(problems.length) })}
          <ul className={styles.problems} aria-label={t("problemsFound", { count: String(problems.length) })}>
            {problems.map((p, i) => {
              const path = nodePathOf(p.at);
              return (
                <li key={i}>
                  {path ? (
                    <Link
                      as="button"
                      onClick={() => {
                        editor.select(path);
                        // The row exists once the selection has rendered.
                        setTimeout(() => document.getElementById(rowId(path))?.focus(), 0);
                      }}
                    >
                      {problemText(p, lang)}
                    </Link>
                  ) : (
                    problemText(p, lang)
                  )}
                </li>
              );
            })}
          </ul>
        </Notice>
      )}
      <div className={styles.row}>
        <Labeled label={t("preset")} className={styles.grow}>
          <Select className={styles.fill} value={presetId} onChange={(_, d) => setPresetId(d.value as PresetId)}>
            {Object.entries(PRESET_TITLES).map(([id, title]) => (
              <option key={id} value={id}>
                {titleIn(lang, id, title)}
              </option>
            ))}
          </Select>
        </Labeled>
        <Button
          appearance="primary"
          onClick={() =>
            // The preset trees load when one is chosen, not with the pane.
            import("../../src/kinds/table/presets").then(({ presetById }) => {
              const preset = presetById(presetId);
              if (preset) editor.replace(structuredClone(preset.template));
            }, fail)
          }
        >
          {t("usePreset")}
        </Button>
      </div>
      <div className={styles.row}>
        <FilePicker
          label={t("importFile")}
          accept=".json,application/json"
          onFail={fail}
          onFile={(bytes) =>
            import("../../src/template/readTemplate").then(({ readTemplate }) => {
              const reading = readTemplate(bytes);
              if (!reading.template) {
                onMessage(
                  "error",
                  `${t("importFailed", { count: String(reading.problems.length) })}${reading.problems.map((p) => importProblemText(p, lang)).join(lang === "en" ? "; " : "；")}`,
                );
                return;
              }
              editor.replace(reading.template);
              onMessage(
                reading.problems.length ? "info" : "success",
                reading.problems.length
                  ? t("problemsFound", { count: String(reading.problems.length) })
                  : reading.template.title,
              );
            }, fail)
          }
        />
        <Button
          icon={<DownloadIcon />}
          onClick={() => downloadFile(`${JSON.stringify(tpl, null, 2)}\n`, `${tpl.title}.json`, "application/json")}
        >
          {t("exportFile")}
        </Button>
        <Button
          icon={<SaveIcon />}
          onClick={() =>
            busy(t("writing"), () => gateway.saveTemplate(tpl)).then(
              () => onMessage("success", t(gateway.kind !== "browser" ? "savedToWorkbook" : "savedInBrowser")),
              fail,
            )
          }
        >
          {t(gateway.kind !== "browser" ? "saveToWorkbook" : "saveInBrowser")}
        </Button>
      </div>
      <div className={styles.row}>
        <Labeled label={t("title")} className={styles.grow}>
          <Input
            value={tpl.title}
            onChange={(_, d) => editor.apply((cur, p) => ({ template: { ...cur, title: d.value }, path: p }), "title")}
          />
        </Labeled>
        <Labeled label={t("gradeScheme")}>
          <Select
            className={styles.fill}
            value={scheme}
            onChange={(_, d) => set({ grades: [...(GRADE_SCHEMES.find((g) => g.id === d.value)?.bands ?? [])] })}
          >
            {scheme === "" && <option value="">—</option>}
            {GRADE_SCHEMES.map((g) => (
              <option key={g.id} value={g.id}>
                {titleIn(lang, g.id, g.title)}
              </option>
            ))}
          </Select>
        </Labeled>
        <Labeled label={t("decimalsTotal")}>
          <Select
            value={String(tpl.decimals?.total ?? 2)}
            onChange={(_, d) => set({ decimals: { ...tpl.decimals, total: Number(d.value) } })}
          >
            {[0, 1, 2, 3].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </Select>
        </Labeled>
      </div>
      <Subtitle2 as="h2">{t("treeHeading", { sum: topSum.toFixed(), total: total.toFixed() })}</Subtitle2>
      <TreeEditor editor={editor} />
    </section>
  );
}
