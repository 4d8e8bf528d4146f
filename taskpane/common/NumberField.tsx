import { useEffect, useState } from "react";
import { Input, makeStyles, type InputProps } from "@fluentui/react-components";
import { Labeled } from "./Labeled";
import { useT, type StringKey } from "../i18n";
import { readNumberText, textMeans, type NumberReading, type NumberRule } from "./numberText";

const useStyles = makeStyles({ input: { width: "100%", minWidth: 0 } });

const REASONS: Record<Extract<NumberReading, { kind: "error" }>["reason"], StringKey> = {
  notNumber: "numberNotNumber",
  percent: "numberPercent",
  notPositive: "numberNotPositive",
  negative: "numberNegative",
  required: "numberRequired",
};

export interface NumberFieldProps extends NumberRule {
  readonly label: string;
  /** The stored figure; the field shows it until the person types. */
  readonly value: number | undefined;
  /** Called only with a number the person typed, or undefined for a cleared optional field. */
  readonly onValue: (value: number | undefined) => void;
  /** Told whether the field holds an acceptable entry, so a page can hold back writing. */
  readonly onValidity?: (valid: boolean) => void;
  readonly size?: InputProps["size"];
  readonly className?: string;
  /** Label hidden from sight (a table cell): the label is still the field's accessible name. */
  readonly hideLabel?: boolean;
}

/** A number field that keeps the person's text, reads it with the core's number rule and says beside it what is wrong. */
export function NumberField({
  label,
  value,
  onValue,
  onValidity,
  size,
  className,
  hideLabel,
  ...rule
}: NumberFieldProps) {
  const t = useT();
  const styles = useStyles();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const reading = readNumberText(text, rule);
  // An outside change (a preset, an import, undo) replaces the text; the person's own typing never does.
  useEffect(() => {
    setText((cur) => (textMeans(cur, value, rule) ? cur : value === undefined ? "" : String(value)));
  }, [value]);
  const ok = reading.kind !== "error";
  useEffect(() => {
    onValidity?.(ok);
    // Only when the verdict changes; the callback may be a fresh closure on every render.
  }, [ok]);
  useEffect(() => () => onValidity?.(true), []);
  const error = reading.kind === "error" ? t(REASONS[reading.reason]) : undefined;
  return (
    <Labeled label={label} error={error} className={className} hideLabel={hideLabel}>
      <Input
        size={size}
        className={styles.input}
        inputMode="decimal"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const next = readNumberText(d.value, rule);
          if (next.kind === "number") onValue(next.value);
          else if (next.kind === "blank") onValue(undefined);
        }}
      />
    </Labeled>
  );
}
