import { useRef, type KeyboardEvent } from "react";
import { Caption1 } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { TemplateEditor } from "./useTemplateEditor";
import { useTreeActions } from "./useTreeActions";
import { TreeToolbar } from "./TreeToolbar";
import { TreeRows } from "./TreeRows";
import { NodeFields } from "./NodeFields";

/** The tree, its toolbar and the selected indicator's fields; every action has a key (see keyboardHelp). */
export function TreeEditor({ editor }: { readonly editor: TemplateEditor }) {
  const t = useT();
  const rowRefs = useRef(new Map<string, HTMLDivElement>());
  const nameRef = useRef<HTMLInputElement>(null);
  const { actions, focusTree } = useTreeActions(editor, rowRefs);
  const key = editor.selected.join(".");

  /** Undo and redo anywhere in the editor; Escape from a field back to the tree. */
  function onEditorKey(e: KeyboardEvent<HTMLDivElement>): void {
    const undo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !e.shiftKey;
    const redo =
      (e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === "y" || (e.key.toLowerCase() === "z" && e.shiftKey));
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
      <TreeToolbar actions={actions} canUndo={editor.canUndo} canRedo={editor.canRedo} />
      <TreeRows editor={editor} actions={actions} focusTree={focusTree} rowRefs={rowRefs} nameRef={nameRef} />
      <Caption1>{t("keyboardHelp")}</Caption1>
      <NodeFields editor={editor} nameRef={nameRef} rowRefs={rowRefs} />
    </div>
  );
}
