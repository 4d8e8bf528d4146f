import { useState } from "react";
import { Body1, Button, Caption1, Card, CardHeader, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SearchIcon } from "../common/icons";
import type { Gateway } from "../gateway/gateway";
import { useT } from "../i18n";
import { matches, type FunctionInfo } from "./functionInfo";
import { NATIVE_FORMULAS, NATIVE_LABEL } from "./nativeFormulas";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

export interface FunctionsPageProps {
  readonly functions: readonly FunctionInfo[];
  readonly gateway: Gateway;
  /** Reports what happened (written, copied, failed) to the app's message bar. */
  readonly onMessage: (intent: "success" | "error", text: string) => void;
}

/** 函数: every custom function with its help and an example, searchable, with a button that writes the example. */
export function FunctionsPage({ functions, gateway, onMessage }: FunctionsPageProps) {
  const t = useT();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const shown = functions.filter((f) => matches(f, query));

  async function insert(info: FunctionInfo, native = false): Promise<void> {
    const { formula, result } = native ? NATIVE_FORMULAS[info.id] : info.examples[0];
    try {
      const where = await gateway.insertFormula(formula);
      onMessage(
        "success",
        gateway.kind !== "browser" ? t("inserted", { where, formula }) : t("copied", { formula, result }),
      );
    } catch (e) {
      onMessage("error", `${t("errorTitle")}：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <section className={styles.page} aria-label={t("tabFunctions")}>
      <Input
        contentBefore={<SearchIcon />}
        placeholder={t("searchFunctions")}
        aria-label={t("searchFunctions")}
        value={query}
        onChange={(_, d) => setQuery(d.value)}
      />
      {shown.length === 0 && <Body1>{t("noMatch")}</Body1>}
      <ul className={styles.list}>
        {shown.map((info) => (
          <li key={info.id}>
            <Card aria-label={info.id}>
              <CardHeader
                header={<Text weight="semibold">JIXIAO.{info.id}</Text>}
                description={<Caption1>{info.description}</Caption1>}
              />
              <ul className={styles.params} aria-label={`${info.id} ${t("parameters")}`}>
                {info.parameters.map((p) => (
                  <li key={p.name}>
                    <Caption1>
                      <strong>{p.optional ? `[${p.name}]` : p.name}</strong> {p.description}
                    </Caption1>
                  </li>
                ))}
              </ul>
              <div className={styles.row}>
                <span>
                  <Caption1>{t("example")} </Caption1>
                  <code className={styles.formula}>{info.examples[0].formula}</code>
                  <Caption1> → {info.examples[0].result}</Caption1>
                </span>
                <Button size="small" appearance="primary" onClick={() => void insert(info)}>
                  {gateway.kind === "excel" ? t("insert") : t("copy")}
                </Button>
              </div>
              {gateway.kind === "wps" && NATIVE_FORMULAS[info.id] && (
                <div className={styles.row} aria-label={`${info.id} ${NATIVE_LABEL}`}>
                  <span>
                    <Caption1>
                      {NATIVE_LABEL}（{NATIVE_FORMULAS[info.id].kind}）{" "}
                    </Caption1>
                    <code className={styles.formula}>{NATIVE_FORMULAS[info.id].formula}</code>
                    <Caption1> → {NATIVE_FORMULAS[info.id].result}</Caption1>
                  </span>
                  <Button size="small" onClick={() => void insert(info, true)}>
                    {t("insert")}
                  </Button>
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
