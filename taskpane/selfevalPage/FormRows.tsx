import type { Dispatch, SetStateAction } from "react";
import { Button, Input } from "@fluentui/react-components";
import type { SelfEvalForm } from "../../src/kinds/form/model";
import { storedText } from "../../src/kinds/form/targetOf";
import { NumberField } from "../common/NumberField";
import { AddIcon, DeleteIcon } from "../common/icons";
import { useT, type StringKey } from "../i18n";
import { useFormStyles } from "./formStyles";

type Row = SelfEvalForm["indicators"][number];

/** The text columns of an indicator row: the heading's words, and how the row's field is read and set. */
const TEXT_COLUMNS: readonly {
  readonly heading: StringKey;
  readonly value: (r: Row) => string;
  readonly set: (v: string) => Partial<Row>;
}[] = [
  { heading: "level1", value: (r) => r.level1, set: (level1) => ({ level1 }) },
  { heading: "level2", value: (r) => r.level2, set: (level2) => ({ level2 }) },
  { heading: "level3", value: (r) => r.name, set: (name) => ({ name }) },
  {
    heading: "targetText",
    value: (r) => (typeof r.target === "string" ? r.target : storedText(r.target)),
    set: (target) => ({ target }),
  },
];

/** The form's indicator rows as a table (stacked in a narrow pane): names, target and 分值 each editable, a row removed or added. */
export function FormRows({
  form,
  setForm,
  valid,
}: {
  readonly form: SelfEvalForm;
  readonly setForm: Dispatch<SetStateAction<SelfEvalForm>>;
  readonly valid: (field: string) => (ok: boolean) => void;
}) {
  const t = useT();
  const styles = useFormStyles();
  const setRow = (i: number, fields: Partial<Row>) =>
    setForm((f) => ({ ...f, indicators: f.indicators.map((r, k) => (k === i ? { ...r, ...fields } : r)) }));
  return (
    <>
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
              {TEXT_COLUMNS.map((c) => (
                <td key={c.heading} className={styles.cell} data-label={t(c.heading)}>
                  <Input
                    className={styles.fill}
                    size="small"
                    aria-label={`${t(c.heading)} ${i + 1}`}
                    value={c.value(r)}
                    onChange={(_, d) => setRow(i, c.set(d.value))}
                  />
                </td>
              ))}
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
    </>
  );
}
