import type { KeyboardEvent, RefObject } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Dec, decimalOf, sameAtNine, sum } from "../../src/decimal";
import { flatten, type NodePath } from "../../src/tree/edit";
import type { TemplateIndicator } from "../../src/kinds/table/model";
import { useT } from "../i18n";
import type { TemplateEditor } from "./useTemplateEditor";
import type { TreeActions } from "./useTreeActions";
import { rowId } from "./problemPath";

const useStyles = makeStyles({
  tree: {
    display: "flex",
    flexDirection: "column",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "360px",
    overflowY: "auto",
    padding: tokens.spacingVerticalXXS,
  },
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
});

/** The sum of a parent's children's weights, as decimals; null for a leaf. */
function childSum(node: TemplateIndicator): Dec | null {
  if (!node.children?.length) return null;
  return sum(node.children.map((c) => decimalOf(c.weight)));
}

export const samePath = (a: NodePath, b: NodePath): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export interface TreeRowsProps {
  readonly editor: TemplateEditor;
  readonly actions: TreeActions;
  readonly focusTree: () => void;
  readonly rowRefs: RefObject<Map<string, HTMLDivElement>>;
  readonly nameRef: RefObject<HTMLInputElement | null>;
}

/** The tree itself: a row per indicator with its children's sum beside its weight, moved through and edited by keys. */
export function TreeRows({ editor, actions, focusTree, rowRefs, nameRef }: TreeRowsProps) {
  const t = useT();
  const styles = useStyles();
  const rows = flatten(editor.template);

  function onTreeKey(e: KeyboardEvent<HTMLDivElement>): void {
    const i = rows.findIndex((r) => samePath(r.path, editor.selected));
    const handled = (): void => {
      e.preventDefault();
      focusTree();
    };
    if (e.altKey && e.key === "ArrowUp") return (handled(), actions.up());
    if (e.altKey && e.key === "ArrowDown") return (handled(), actions.down());
    if (e.altKey && e.key === "ArrowRight") return (handled(), actions.indent());
    if (e.altKey && e.key === "ArrowLeft") return (handled(), actions.outdent());
    if (e.key === "ArrowUp" && i > 0) return (handled(), editor.select(rows[i - 1].path));
    if (e.key === "ArrowDown" && i < rows.length - 1) return (handled(), editor.select(rows[i + 1].path));
    if (e.key === "Home") return (handled(), editor.select(rows[0].path));
    if (e.key === "End") return (handled(), editor.select(rows[rows.length - 1].path));
    if (e.key === "Insert" || (e.key === "Enter" && e.ctrlKey === false && e.shiftKey))
      return (handled(), actions.addSibling());
    if (e.key === "Enter" && e.ctrlKey) return (handled(), actions.addChild());
    if (e.key === "Delete") return (handled(), actions.remove());
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      nameRef.current?.focus();
      nameRef.current?.select();
    }
  }

  return (
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
              if (el) rowRefs.current?.set(id, el);
              else rowRefs.current?.delete(id);
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
            {sum !== null && (
              <span className={mergeClasses(styles.sum, mismatch && styles.bad)}>
                {t("childrenSum", { sum: sum.toFixed() })}{" "}
              </span>
            )}
            <span className={mergeClasses(styles.weight, mismatch && styles.bad)}>{node.weight}</span>
          </div>
        );
      })}
    </div>
  );
}
