import type { Dispatch, SetStateAction } from "react";
import { Input } from "@fluentui/react-components";
import type { SelfEvalForm } from "../../src/kinds/form/model";
import { Labeled } from "../common/Labeled";
import { NumberField } from "../common/NumberField";
import { useT, type StringKey } from "../i18n";
import { useFormStyles } from "./formStyles";

type Project = SelfEvalForm["project"];
type Funds = SelfEvalForm["funds"]["rows"][number];

/** The project's fields, two a row; the first two grow, the year keeps its width. */
const PROJECT_FIELDS: readonly (readonly {
  readonly label: StringKey;
  readonly key: keyof Project;
  readonly grow: boolean;
}[])[] = [
  [
    { label: "projectName", key: "name", grow: true },
    { label: "year", key: "year", grow: false },
  ],
  [
    { label: "department", key: "department", grow: true },
    { label: "unit", key: "unit", grow: true },
  ],
];

/** The funds fields of the form's first funds row (万元). */
const FUNDS_FIELDS: readonly { readonly label: StringKey; readonly key: "initial" | "annual" | "executed" }[] = [
  { label: "initialBudget", key: "initial" },
  { label: "annualBudget", key: "annual" },
  { label: "executed", key: "executed" },
];

/** 项目名称, 年度, 主管部门, 实施单位 and the funds: the form's heading fields. */
export function ProjectFields({
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
  const funds = form.funds.rows[0];
  const setFunds = (fields: Partial<Funds>) =>
    setForm((f) => ({
      ...f,
      funds: { ...f.funds, rows: [{ ...f.funds.rows[0], ...fields }, ...f.funds.rows.slice(1)] },
    }));
  return (
    <>
      {PROJECT_FIELDS.map((row, r) => (
        <div key={r} className={styles.row}>
          {row.map(({ label, key, grow }) => (
            <Labeled key={key} label={t(label)} className={grow ? styles.grow : undefined}>
              <Input
                value={String(form.project[key] ?? "")}
                onChange={(_, d) => setForm((f) => ({ ...f, project: { ...f.project, [key]: d.value } }))}
              />
            </Labeled>
          ))}
        </div>
      ))}
      <div className={styles.row}>
        {FUNDS_FIELDS.map(({ label, key }) => (
          <NumberField
            key={key}
            className={styles.grow}
            label={t(label)}
            sign="nonNegative"
            value={funds[key]}
            onValue={(value) => setFunds({ [key]: value })}
            onValidity={valid(key)}
          />
        ))}
      </div>
    </>
  );
}
