import { useContext, useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { checkReading } from "../../src/readers/checkSheet";
import { readSheet } from "../../src/readers/readSheet";
import type { Problem } from "../../src/tree/checkTree";
import type { Gateway } from "../gateway/gateway";
import { LangContext, useT } from "../i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Verdict {
  readonly sheet: string;
  readonly ok: string;
  readonly problems: readonly Problem[];
}

/** 校验所有工作表: a workbook that keeps one project per sheet gets a verdict for every sheet, each named. */
export function AllSheetsCheck({ gateway, onError }: { gateway: Gateway; onError: (e: unknown) => void }) {
  const t = useT();
  const lang = useContext(LangContext);
  const styles = useStyles();
  const [verdicts, setVerdicts] = useState<Verdict[] | null>(null);

  async function checkAll(): Promise<void> {
    try {
      const grids = await gateway.readSheets();
      const found: Verdict[] = [];
      for (const grid of grids) {
        const reading = readSheet(grid, { settings: grid.settings ?? null });
        if (!reading || reading.kind === "funds") continue;
        const { problems, ok } = checkReading(reading);
        found.push({ sheet: grid.name, ok: lang === "zh" ? ok.zh : ok.en, problems });
      }
      setVerdicts(found);
    } catch (e) {
      onError(e);
    }
  }

  return (
    <div className={styles.list}>
      <div>
        <Button onClick={() => void checkAll()}>{t("checkAllSheets")}</Button>
      </div>
      {verdicts && verdicts.length === 0 && <Text>{t("noTable")}</Text>}
      {verdicts?.map((v) => (
        <MessageBar key={v.sheet} intent={v.problems.length ? "error" : "success"} layout="multiline">
          <MessageBarBody>
            <Text weight="semibold">［{v.sheet}］</Text>{" "}
            {v.problems.length ? t("problemsFound", { count: String(v.problems.length) }) : v.ok}
            {v.problems.length > 0 && (
              <ul className={styles.problems} aria-label={`［${v.sheet}］`}>
                {v.problems.map((p, i) => (
                  <li key={i}>
                    <Link onClick={() => void gateway.selectCell(v.sheet, p.at).catch(onError)}>{p.at}</Link>{" "}
                    {lang === "zh" ? p.message : p.en}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
