import type { Dispatch, SetStateAction } from "react";
import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { SurveyMethod } from "../../src/kinds/survey/presets";
import { METHOD_FIELDS, type SurveyFields } from "../../src/kinds/survey/surveyFields";
import type { SatisfactionLeaf } from "../../src/kinds/survey/surveyWrite";
import { Labeled } from "../common/Labeled";
import { useT, type StringKey } from "../i18n";

const useStyles = makeStyles({
  // Two fields side by side where there is room; one under the other in a 350 px pane.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9.5em, 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  wide: { gridColumn: "1 / -1" },
  fill: { width: "100%", minWidth: 0 },
});

const METHOD_WORDS: Record<SurveyMethod, StringKey> = {
  weighted: "methodWeighted",
  share: "methodShare",
  mean: "methodMean",
};
const FIELD_WORDS: Record<"levels" | "satisfied" | "max" | "meanLevels", StringKey> = {
  levels: "surveyLevels",
  satisfied: "surveySatisfied",
  max: "surveyMax",
  meanLevels: "surveyMeanLevels",
};

/**
 * The method and its options as `jx survey` takes them (levels, satisfied answers, top level), the questions
 * and their weights, the points and digits; points and digits come from the linked leaf when there is one.
 */
export function SurveyOptions({
  fields,
  setFields,
  leaf,
}: {
  readonly fields: SurveyFields;
  readonly setFields: Dispatch<SetStateAction<SurveyFields>>;
  readonly leaf: SatisfactionLeaf | null;
}) {
  const t = useT();
  const styles = useStyles();
  const set = (k: keyof SurveyFields) => (_: unknown, d: { value: string }) =>
    setFields((f) => ({ ...f, [k]: d.value }));
  return (
    <>
      <Field label={t("surveyMethod")}>
        <RadioGroup
          value={fields.method}
          onChange={(_, d) => setFields((f) => ({ ...f, method: d.value as SurveyMethod }))}
        >
          {(Object.keys(METHOD_WORDS) as SurveyMethod[]).map((m) => (
            <Radio key={m} value={m} label={t(METHOD_WORDS[m])} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.fields}>
        {METHOD_FIELDS[fields.method].map((k) => (
          <Labeled
            key={k}
            label={t(FIELD_WORDS[k])}
            className={k === "levels" || k === "meanLevels" ? styles.wide : undefined}
          >
            <Input className={styles.fill} value={fields[k]} onChange={set(k)} />
          </Labeled>
        ))}
        <Labeled label={t("surveyQuestions")}>
          <Input className={styles.fill} value={fields.questions} onChange={set("questions")} />
        </Labeled>
        <Labeled label={t("surveyWeights")}>
          <Input className={styles.fill} value={fields.weights} onChange={set("weights")} />
        </Labeled>
        <Labeled label={t("surveyPoints")}>
          <Input
            className={styles.fill}
            inputMode="decimal"
            value={leaf ? leaf.points.toFixed() : fields.points}
            disabled={leaf !== null}
            onChange={set("points")}
          />
        </Labeled>
        <Labeled label={t("surveyDigits")}>
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={leaf?.digits !== undefined ? String(leaf.digits) : fields.digits}
            disabled={leaf?.digits !== undefined}
            onChange={set("digits")}
          />
        </Labeled>
      </div>
    </>
  );
}
