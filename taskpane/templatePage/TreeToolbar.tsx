import type { ReactElement } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  AddIcon,
  ChildIcon,
  DeleteIcon,
  DownIcon,
  IndentIcon,
  OutdentIcon,
  RedoIcon,
  UndoIcon,
  UpIcon,
} from "../common/icons";
import { useT, type StringKey } from "../i18n";
import type { TreeActions } from "./useTreeActions";

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: "2px", marginBottom: tokens.spacingVerticalXS },
});

/** The toolbar's buttons in order: what each does, its icon, its words and its key; the last five show only their icon. */
const BUTTONS: readonly {
  readonly action: keyof TreeActions;
  readonly Icon: () => ReactElement;
  readonly label: StringKey;
  readonly keys: string;
  readonly iconOnly?: true;
}[] = [
  { action: "addSibling", Icon: AddIcon, label: "addSibling", keys: "Insert / Shift+Enter" },
  { action: "addChild", Icon: ChildIcon, label: "addChild", keys: "Ctrl+Enter" },
  { action: "remove", Icon: DeleteIcon, label: "remove", keys: "Delete" },
  { action: "up", Icon: UpIcon, label: "moveUp", keys: "Alt+↑", iconOnly: true },
  { action: "down", Icon: DownIcon, label: "moveDown", keys: "Alt+↓", iconOnly: true },
  { action: "indent", Icon: IndentIcon, label: "indent", keys: "Alt+→", iconOnly: true },
  { action: "outdent", Icon: OutdentIcon, label: "outdent", keys: "Alt+←", iconOnly: true },
  { action: "undo", Icon: UndoIcon, label: "undo", keys: "Ctrl+Z", iconOnly: true },
  { action: "redo", Icon: RedoIcon, label: "redo", keys: "Ctrl+Y", iconOnly: true },
];

/** The tree's toolbar: add, remove, move, indent, undo and redo, each with its key in the title. */
export function TreeToolbar({
  actions,
  canUndo,
  canRedo,
}: {
  readonly actions: TreeActions;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}) {
  const t = useT();
  const styles = useStyles();
  const disabled: Partial<Record<keyof TreeActions, boolean>> = { undo: !canUndo, redo: !canRedo };
  return (
    <div role="toolbar" aria-label={t("tree")} className={styles.toolbar}>
      {BUTTONS.map(({ action, Icon, label, keys, iconOnly }) => (
        <Button
          key={action}
          size="small"
          appearance="subtle"
          icon={<Icon />}
          onClick={actions[action]}
          disabled={disabled[action]}
          title={keys}
          aria-label={iconOnly ? t(label) : undefined}
        >
          {iconOnly ? undefined : t(label)}
        </Button>
      ))}
    </div>
  );
}
