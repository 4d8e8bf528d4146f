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
import { useT } from "../i18n";
import type { TreeActions } from "./useTreeActions";

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: "2px", marginBottom: tokens.spacingVerticalXS },
});

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
  return (
    <div role="toolbar" aria-label={t("tree")} className={styles.toolbar}>
      <Button
        size="small"
        appearance="subtle"
        icon={<AddIcon />}
        onClick={actions.addSibling}
        title="Insert / Shift+Enter"
      >
        {t("addSibling")}
      </Button>
      <Button size="small" appearance="subtle" icon={<ChildIcon />} onClick={actions.addChild} title="Ctrl+Enter">
        {t("addChild")}
      </Button>
      <Button size="small" appearance="subtle" icon={<DeleteIcon />} onClick={actions.remove} title="Delete">
        {t("remove")}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        icon={<UpIcon />}
        onClick={actions.up}
        title="Alt+↑"
        aria-label={t("moveUp")}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<DownIcon />}
        onClick={actions.down}
        title="Alt+↓"
        aria-label={t("moveDown")}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<IndentIcon />}
        onClick={actions.indent}
        title="Alt+→"
        aria-label={t("indent")}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<OutdentIcon />}
        onClick={actions.outdent}
        title="Alt+←"
        aria-label={t("outdent")}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<UndoIcon />}
        onClick={actions.undo}
        disabled={!canUndo}
        title="Ctrl+Z"
        aria-label={t("undo")}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<RedoIcon />}
        onClick={actions.redo}
        disabled={!canRedo}
        title="Ctrl+Y"
        aria-label={t("redo")}
      />
    </div>
  );
}
