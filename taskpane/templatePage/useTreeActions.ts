import { useEffect, useRef, type RefObject } from "react";
import { addChild, addSibling, indentNode, moveNode, outdentNode, removeNode } from "../../src/tree/edit";
import type { TemplateIndicator } from "../../src/kinds/table/model";
import { useT } from "../i18n";
import type { TemplateEditor } from "./useTemplateEditor";

/** What the toolbar and the tree keys do to the selected indicator; each leaves the focus on the tree. */
export interface TreeActions {
  readonly addSibling: () => void;
  readonly addChild: () => void;
  readonly remove: () => void;
  readonly up: () => void;
  readonly down: () => void;
  readonly indent: () => void;
  readonly outdent: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

/**
 * The tree's edits, and the focus they leave: after a tree key or a toolbar action the selected row takes the
 * focus once (never after typing in a field).
 */
export function useTreeActions(
  editor: TemplateEditor,
  rowRefs: RefObject<Map<string, HTMLDivElement>>,
): { actions: TreeActions; focusTree: () => void } {
  const t = useT();
  const focusRequested = useRef(false);
  const key = editor.selected.join(".");
  const focusTree = (): void => {
    focusRequested.current = true;
  };

  useEffect(() => {
    if (!focusRequested.current) return;
    focusRequested.current = false;
    rowRefs.current?.get(key)?.focus();
  });

  const fresh = (): TemplateIndicator => ({ name: t("newIndicator"), weight: 1 });
  const onTree = (edit: Parameters<TemplateEditor["apply"]>[0]) => (): void => {
    focusTree();
    editor.apply(edit);
  };
  const actions: TreeActions = {
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
  return { actions, focusTree };
}
