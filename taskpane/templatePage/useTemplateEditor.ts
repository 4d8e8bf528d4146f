import { useCallback, useState } from "react";
import type { NodePath } from "../../src/tree/edit";
import type { Template } from "../../src/kinds/table/model";

const HISTORY = 200;

interface State {
  readonly template: Template;
  readonly selected: NodePath;
  readonly past: readonly { template: Template; selected: NodePath }[];
  readonly future: readonly { template: Template; selected: NodePath }[];
  /** The field last typed into: further typing in it joins the same undo step. */
  readonly typing: string | null;
}

export interface TemplateEditor {
  readonly template: Template;
  readonly selected: NodePath;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  select(path: NodePath): void;
  /** Applies an edit; `typing` names a field so that each keystroke does not become its own undo step. */
  apply(edit: (t: Template, selected: NodePath) => { template: Template; path: NodePath }, typing?: string): void;
  /** Replaces the whole template (a preset, an imported file), undoably. */
  replace(template: Template): void;
  undo(): void;
  redo(): void;
}

/** The tree being edited, with undo and redo. */
export function useTemplateEditor(initial: Template): TemplateEditor {
  const [s, setS] = useState<State>({ template: initial, selected: [0], past: [], future: [], typing: null });
  const apply = useCallback<TemplateEditor["apply"]>((edit, typing) => {
    setS((cur) => {
      const next = edit(cur.template, cur.selected);
      if (next.template === cur.template) return { ...cur, selected: next.path, typing: null };
      const joins = typing !== undefined && typing === cur.typing && cur.past.length > 0;
      const past = joins ? cur.past : [...cur.past, { template: cur.template, selected: cur.selected }].slice(-HISTORY);
      return { template: next.template, selected: next.path, past, future: [], typing: typing ?? null };
    });
  }, []);
  return {
    template: s.template,
    selected: s.selected,
    canUndo: s.past.length > 0,
    canRedo: s.future.length > 0,
    select: (path) => setS((cur) => ({ ...cur, selected: path, typing: null })),
    apply,
    replace: (template) => apply(() => ({ template, path: [0] })),
    undo: () =>
      setS((cur) => {
        const prev = cur.past[cur.past.length - 1];
        if (!prev) return cur;
        return {
          ...prev,
          past: cur.past.slice(0, -1),
          future: [{ template: cur.template, selected: cur.selected }, ...cur.future],
          typing: null,
        };
      }),
    redo: () =>
      setS((cur) => {
        const [next, ...rest] = cur.future;
        if (!next) return cur;
        return {
          ...next,
          past: [...cur.past, { template: cur.template, selected: cur.selected }],
          future: rest,
          typing: null,
        };
      }),
  };
}
