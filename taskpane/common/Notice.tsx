import type { ReactNode } from "react";
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";

export type Intent = "success" | "error" | "info" | "warning";

const useStyles = makeStyles({
  bar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium, ...shorthands.borderWidth("1px"), ...shorthands.borderStyle("solid"), fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1), color: tokens.colorPaletteRedForeground1 },
});

/** A message bar: errors are announced at once (role alert), everything else politely (role status). */
export function Notice({ intent, children }: { intent: Intent; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div role={intent === "error" ? "alert" : "status"} className={mergeClasses(styles.bar, styles[intent])}>
      {children}
    </div>
  );
}
