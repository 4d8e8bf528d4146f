import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useT } from "../i18n";

/** The four intents of Fluent's MessageBar, and "busy": an upload, a read or a write under way (a spinner). */
export type Intent = "success" | "error" | "info" | "warning" | "busy";

/** The pane's one message style: Fluent's MessageBar; errors are announced at once (role alert), the rest politely. */
export function Notice({ intent, children, onDismiss }: { intent: Intent; children: ReactNode; onDismiss?: () => void }) {
  const t = useT();
  return (
    <MessageBar intent={intent === "busy" ? "info" : intent} layout="multiline" icon={intent === "busy" ? <Spinner size="extra-tiny" /> : undefined} role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{children}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t("dismiss")} onClick={onDismiss}>×</Button>} />
      )}
    </MessageBar>
  );
}
