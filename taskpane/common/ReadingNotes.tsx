import { useContext } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoredSheet } from "../../src/readers/scoreWorkbook";
import { LangContext, useT } from "../i18n";
import type { Problem } from "../../src/tree/checkTree";
import { problemText } from "./words";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" } });

/**
 * What the reader understood and every number it did not use, with its cell: the page's view of
 * `jx score --explain`, so a dropped figure can never hide.
 */
export function ReadingNotes({
  scored,
  settingsProblems = [],
}: {
  scored: ScoredSheet;
  settingsProblems?: readonly Problem[];
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const styles = useStyles();
  return (
    <>
      {settingsProblems.length > 0 && (
        <details open>
          <summary>
            <Text weight="semibold">{t("settingsIgnored", { count: String(settingsProblems.length) })}</Text>
          </summary>
          <ul className={styles.list} aria-label={t("settingsIgnored", { count: String(settingsProblems.length) })}>
            {settingsProblems.map((p, i) => (
              <li key={i}>
                {p.at} {problemText(p, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {scored.unread.length > 0 && (
        <details open>
          <summary>
            <Text weight="semibold">{t("unreadNumbers", { count: String(scored.unread.length) })}</Text>
          </summary>
          <ul className={styles.list} aria-label={t("unreadNumbers", { count: String(scored.unread.length) })}>
            {scored.unread.map((u) => (
              <li key={u.cell}>
                {u.cell} {u.value}：{lang === "zh" ? u.why : u.whyEn}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>
          <Text>{t("whatWasRead")}</Text>
        </summary>
        <ul className={styles.list} aria-label={t("whatWasRead")}>
          {scored.explain.map((line, i) => (
            <li key={i}>{lang === "zh" ? line.zh : line.en}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
