import { useEffect, useRef, type KeyboardEvent } from "react";
import { Button, Caption1, Input, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Labeled } from "../common/Labeled";
import { NumberField } from "../common/NumberField";
import { AddIcon, ChildIcon, DeleteIcon, DownIcon, IndentIcon, OutdentIcon, RedoIcon, UndoIcon, UpIcon } from "../common/icons";
import { Dec, decimalOf, sameAtNine } from "../../src/decimal";
import { addChild, addSibling, flatten, indentNode, moveNode, nodeAt, outdentNode, removeNode, updateNode, type NodePath } from "../../src/tree/edit";
import type { TemplateIndicator } from "../../src/kinds/table/model";
import { useT } from "../i18n";
import type { TemplateEditor } from "./useTemplateEditor";
import { rowId } from "./problemPath";

const useStyles = makeStyles({
  tree: { display: "flex", flexDirection: "column", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, maxHeight: "360px", overflowY: "auto", padding: tokens.spacingVerticalXXS },
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: "3px",
    paddingBottom: "3px",
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
    outlineStyle: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  name: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  weight: { fontVariantNumeric: "tabular-nums", minWidth: "3em", textAlign: "right" },
  sum: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: "flex", flexWrap: "wrap", gap: "2px", marginBottom: tokens.spacingVerticalXS },
  details: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 6em 6em", gap: tokens.spacingHorizontalS, "@media (max-width: 400px)": { gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)" } },
  wide: { gridColumn: "1 / -1" },
  nameField: { "@media (max-width: 400px)": { gridColumn: "1 / -1" } },
});

function childSum(node: TemplateIndicator): Dec | null {
  if (!node.children?.length) return null;
  return node.children.reduce((s, c) => s.plus(decimalOf(c.weight)), new Dec(0));
}

const samePath = (a: NodePath, b: NodePath): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The tree, its toolbar and the selected indicator's fields; every action has a key (see keyboardHelp). */
export function TreeEditor({ editor }: { readonly editor: TemplateEditor }) {
  const t = useT();
  const styles = useStyles();
  const rows = flatten(editor.template);
  const selected = nodeAt(editor.template, editor.selected);
  const rowRefs = useRef(new Map<string, HTMLDivElement>());
  const nameRef = useRef<HTMLInputElement>(null);
  // Focus goes to the selected row once, after a tree key or a toolbar action, never after typing in a field.
  const focusRequested = useRef(false);
  const key = editor.selected.join(".");
  const focusTree = (): void => {
    focusRequested.current = true;
  };

  useEffect(() => {
    if (!focusRequested.current) return;
    focusRequested.current = false;
    rowRefs.current.get(key)?.focus();
  });

  const fresh = (): TemplateIndicator => ({ name: t("newIndicator"), weight: 1 });
  const onTree = (edit: Parameters<TemplateEditor["apply"]>[0]) => (): void => {
    focusTree();
    editor.apply(edit);
  };
  const actions = {
    addSibling: onTree((tpl, p) => addSibling(tpl, p, fresh())),
    addChild: onTree((tpl, p) => addChild(tpl, p, fresh())),
    remove: onTree((tpl, p) => removeNode(tpl, p)),
    up: onTree((tpl, p) => moveNode(tpl, p, -1)),
    down: onTree((tpl, p) => moveNode(tpl, p, 1)),
    indent: onTree((tpl, p) => indentNode(tpl, p)),
    outdent: onTree((tpl, p) => outdentNode(tpl, p)),
    undo: () => {
      focusTree();
      editor.undo();
    },
    redo: () => {
      focusTree();
      editor.redo();
    },
  };

  function onTreeKey(e: KeyboardEvent<HTMLDivElement>): void {
    const i = rows.findIndex((r) => samePath(r.path, editor.selected));
    const handled = (): void => {
      e.preventDefault();
      focusTree();
    };
    if (e.altKey && e.key === "ArrowUp") return handled(), actions.up();
    if (e.altKey && e.key === "ArrowDown") return handled(), actions.down();
    if (e.altKey && e.key === "ArrowRight") return handled(), actions.indent();
    if (e.altKey && e.key === "ArrowLeft") return handled(), actions.outdent();
    if (e.key === "ArrowUp" && i > 0) return handled(), editor.select(rows[i - 1].path);
    if (e.key === "ArrowDown" && i < rows.length - 1) return handled(), editor.select(rows[i + 1].path);
    if (e.key === "Home") return handled(), editor.select(rows[0].path);
    if (e.key === "End") return handled(), editor.select(rows[rows.length - 1].path);
    if (e.key === "Insert" || (e.key === "Enter" && e.ctrlKey === false && e.shiftKey)) return handled(), actions.addSibling();
    if (e.key === "Enter" && e.ctrlKey) return handled(), actions.addChild();
    if (e.key === "Delete") return handled(), actions.remove();
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      nameRef.current?.focus();
      nameRef.current?.select();
    }
  }

  function onEditorKey(e: KeyboardEvent<HTMLDivElement>): void {
    const undo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !e.shiftKey;
    const redo = (e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === "y" || (e.key.toLowerCase() === "z" && e.shiftKey));
    if (undo || redo) {
      e.preventDefault();
      // Undo inside a field keeps the caret there; from the tree or the toolbar, the tree keeps focus.
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (inField) (undo ? editor.undo : editor.redo)();
      else (undo ? actions.undo : actions.redo)();
    }
    if (e.key === "Escape" && !(e.target instanceof HTMLDivElement && e.target.getAttribute("role") === "treeitem")) {
      rowRefs.current.get(key)?.focus();
    }
  }

  return (
    <div onKeyDown={onEditorKey}>
      <div role="toolbar" aria-label={t("tree")} className={styles.toolbar}>
        <Button size="small" appearance="subtle" icon={<AddIcon />} onClick={actions.addSibling} title="Insert / Shift+Enter">{t("addSibling")}</Button>
        <Button size="small" appearance="subtle" icon={<ChildIcon />} onClick={actions.addChild} title="Ctrl+Enter">{t("addChild")}</Button>
        <Button size="small" appearance="subtle" icon={<DeleteIcon />} onClick={actions.remove} title="Delete">{t("remove")}</Button>
        <Button size="small" appearance="subtle" icon={<UpIcon />} onClick={actions.up} title="Alt+↑" aria-label={t("moveUp")} />
        <Button size="small" appearance="subtle" icon={<DownIcon />} onClick={actions.down} title="Alt+↓" aria-label={t("moveDown")} />
        <Button size="small" appearance="subtle" icon={<IndentIcon />} onClick={actions.indent} title="Alt+→" aria-label={t("indent")} />
        <Button size="small" appearance="subtle" icon={<OutdentIcon />} onClick={actions.outdent} title="Alt+←" aria-label={t("outdent")} />
        <Button size="small" appearance="subtle" icon={<UndoIcon />} onClick={actions.undo} disabled={!editor.canUndo} title="Ctrl+Z" aria-label={t("undo")} />
        <Button size="small" appearance="subtle" icon={<RedoIcon />} onClick={actions.redo} disabled={!editor.canRedo} title="Ctrl+Y" aria-label={t("redo")} />
      </div>
      <div role="tree" aria-label={t("tree")} className={styles.tree} onKeyDown={onTreeKey}>
        {rows.map(({ node, path, level }) => {
          const sum = childSum(node);
          const mismatch = sum !== null && !sameAtNine(sum, decimalOf(node.weight));
          const isSelected = samePath(path, editor.selected);
          const id = path.join(".");
          return (
            <div
              key={id}
              ref={(el) => {
                if (el) rowRefs.current.set(id, el);
                else rowRefs.current.delete(id);
              }}
              id={rowId(path)}
              role="treeitem"
              aria-level={level}
              aria-selected={isSelected}
              aria-expanded={node.children?.length ? true : undefined}
              // The name says what the row shows, in the order it shows it (name, 下级合计, 分值), then a mismatch.
              aria-label={`${node.code ? `${node.code} ` : ""}${node.name}，${sum !== null ? `${t("childrenSum", { sum: sum.toFixed() })}，` : ""}${node.weight}${mismatch ? `，${t("mismatch")}` : ""}`}
              tabIndex={isSelected ? 0 : -1}
              className={mergeClasses(styles.row, isSelected && styles.selected)}
              style={{ paddingLeft: `${(level - 1) * 18 + 6}px` }}
              onClick={() => {
                focusTree();
                editor.select(path);
              }}
            >
              <span className={styles.name}>
                {node.code ? `${node.code} ` : ""}
                {node.name}
              </span>
              {/* A space after the sum keeps its figure apart from the weight's, for the eye and for screen readers alike. */}
              {sum !== null && <span className={mergeClasses(styles.sum, mismatch && styles.bad)}>{t("childrenSum", { sum: sum.toFixed() })} </span>}
              <span className={mergeClasses(styles.weight, mismatch && styles.bad)}>{node.weight}</span>
            </div>
          );
        })}
      </div>
      <Caption1>{t("keyboardHelp")}</Caption1>
      {selected && (
        <div className={styles.details}>
          <Labeled label={t("name")} className={styles.nameField}>
            <Input
              ref={nameRef}
              value={selected.name}
              onChange={(_, d) => editor.apply((tpl, p) => ({ template: updateNode(tpl, p, { name: d.value }), path: p }), `name:${key}`)}
              onKeyDown={(e) => {
                if (e.key === "Enter") rowRefs.current.get(key)?.focus();
              }}
            />
          </Labeled>
          <Labeled label={t("code")}>
            <Input value={selected.code ?? ""} onChange={(_, d) => editor.apply((tpl, p) => ({ template: updateNode(tpl, p, { code: d.value || undefined }), path: p }), `code:${key}`)} />
          </Labeled>
          <NumberField
            key={key}
            label={t("weight")}
            required
            sign="positive"
            value={selected.weight}
            onValue={(weight) => {
              if (weight !== undefined) editor.apply((tpl, p) => ({ template: updateNode(tpl, p, { weight }), path: p }), `weight:${key}`);
            }}
          />
          <Labeled label={t("criteria")} className={styles.wide}>
            <Textarea value={selected.criteria ?? ""} resize="vertical" onChange={(_, d) => editor.apply((tpl, p) => ({ template: updateNode(tpl, p, { criteria: d.value || undefined }), path: p }), `criteria:${key}`)} />
          </Labeled>
          <Labeled label={t("explanation")} className={styles.wide}>
            <Textarea value={selected.explanation ?? ""} resize="vertical" onChange={(_, d) => editor.apply((tpl, p) => ({ template: updateNode(tpl, p, { explanation: d.value || undefined }), path: p }), `explanation:${key}`)} />
          </Labeled>
        </div>
      )}
    </div>
  );
}
