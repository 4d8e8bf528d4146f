import type { ReactNode } from "react";
import { Button, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";

/** The four intents of a Fluent message bar, and "busy": an upload, a read or a write under way (a spinner). */
export type Intent = "success" | "error" | "info" | "warning" | "busy";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  mark: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold, minWidth: "1em", textAlign: "center" },
  body: { flexGrow: 1, minWidth: 0 },
});

/** A mark before the words, so the intent is not told by colour alone. */
const MARKS: Record<Exclude<Intent, "busy">, string> = { success: "✓", error: "✕", warning: "!", info: "i" };

/**
 * The pane's one message style, in Fluent's colours and tokens (without its MessageBar, which brought a third of
 * the page's initial JavaScript): errors are announced at once (role alert), the rest politely.
 */
export function Notice({
  intent,
  children,
  onDismiss,
}: {
  intent: Intent;
  children: ReactNode;
  onDismiss?: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  const look = intent === "busy" || intent === "info" ? undefined : styles[intent];
  return (
    <div className={mergeClasses(styles.bar, look)} role={intent === "error" ? "alert" : "status"}>
      {intent === "busy" ? (
        <Spinner size="extra-tiny" />
      ) : (
        <span className={styles.mark} aria-hidden="true">
          {MARKS[intent]}
        </span>
      )}
      <div className={styles.body}>{children}</div>
      {onDismiss && (
        <Button appearance="transparent" size="small" aria-label={t("dismiss")} onClick={onDismiss}>
          ×
        </Button>
      )}
    </div>
  );
}
