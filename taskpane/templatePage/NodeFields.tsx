import type { RefObject } from "react";
import { Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Labeled } from "../common/Labeled";
import { NumberField } from "../common/NumberField";
import { nodeAt, updateNode } from "../../src/tree/edit";
import { useT } from "../i18n";
import type { TemplateEditor } from "./useTemplateEditor";

const useStyles = makeStyles({
  details: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 6em 6em",
    gap: tokens.spacingHorizontalS,
    "@media (max-width: 400px)": { gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)" },
  },
  wide: { gridColumn: "1 / -1" },
  nameField: { "@media (max-width: 400px)": { gridColumn: "1 / -1" } },
});

/** The selected indicator's fields: name, code, weight (in points: 12% is 12), criteria and explanation. */
export function NodeFields({
  editor,
  nameRef,
  rowRefs,
}: {
  readonly editor: TemplateEditor;
  readonly nameRef: RefObject<HTMLInputElement | null>;
  readonly rowRefs: RefObject<Map<string, HTMLDivElement>>;
}) {
  const t = useT();
  const styles = useStyles();
  const selected = nodeAt(editor.template, editor.selected);
  const key = editor.selected.join(".");
  if (!selected) return null;
  // Each field's edits merge into one undo step per field and indicator (the key names both).
  const edit = (field: string, fields: Parameters<typeof updateNode>[2]): void =>
    editor.apply((tpl, p) => ({ template: updateNode(tpl, p, fields), path: p }), `${field}:${key}`);
  return (
    <div className={styles.details}>
      <Labeled label={t("name")} className={styles.nameField}>
        <Input
          ref={nameRef}
          value={selected.name}
          onChange={(_, d) => edit("name", { name: d.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter") rowRefs.current?.get(key)?.focus();
          }}
        />
      </Labeled>
      <Labeled label={t("code")}>
        <Input value={selected.code ?? ""} onChange={(_, d) => edit("code", { code: d.value || undefined })} />
      </Labeled>
      <NumberField
        key={key}
        label={t("weight")}
        required
        sign="positive"
        points
        value={selected.weight}
        onValue={(weight) => {
          if (weight !== undefined) edit("weight", { weight });
        }}
      />
      <Labeled label={t("criteria")} className={styles.wide}>
        <Textarea
          value={selected.criteria ?? ""}
          resize="vertical"
          onChange={(_, d) => edit("criteria", { criteria: d.value || undefined })}
        />
      </Labeled>
      <Labeled label={t("explanation")} className={styles.wide}>
        <Textarea
          value={selected.explanation ?? ""}
          resize="vertical"
          onChange={(_, d) => edit("explanation", { explanation: d.value || undefined })}
        />
      </Labeled>
    </div>
  );
}
