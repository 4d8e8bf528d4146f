import { makeStyles, tokens } from "@fluentui/react-components";
import { decimalOf, roundHalfUp } from "../../src/decimal";
import type { LayoutCell, SheetLayout } from "../../src/layout/model";

const useStyles = makeStyles({
  wrap: {
    overflowX: "auto",
    maxHeight: "420px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 4px",
    verticalAlign: "middle",
    overflowWrap: "anywhere",
  },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400, textAlign: "center", border: "none" },
  // In a narrow pane the wide table scrolls; the title stays in sight at the left.
  titleText: { position: "sticky", left: "4px", right: "4px" },
  number: { textAlign: "center" },
  score: { backgroundColor: "#FFF8E1", textAlign: "center" },
  check: { color: tokens.colorPaletteRedForeground1 },
});

function shown(c: LayoutCell): string {
  const content = c.content;
  if (!content) return "";
  if (content.kind === "text") return content.text;
  const v = content.kind === "number" ? content.value : content.result;
  if (v === null || v === "") return "";
  // Rounded half-up on decimals, as the sheet shows it (a double's toFixed shows 2.675 as 2.67).
  if (typeof v === "number" && c.numFmt?.endsWith("%")) return `${roundHalfUp(decimalOf(v).times(100), 2).toFixed(2)}%`;
  if (typeof v === "number" && c.numFmt && /^0\.?(0*)$/.test(c.numFmt)) {
    const places = c.numFmt.split(".")[1]?.length ?? 0;
    return roundHalfUp(decimalOf(v), places).toFixed(places);
  }
  return String(v);
}

/** The scoring sheet as an HTML grid with its merged cells, as it will print. */
export function LayoutPreview({ sheet, label }: { readonly sheet: SheetLayout; readonly label: string }) {
  const styles = useStyles();
  const at = new Map<string, LayoutCell>();
  for (const c of sheet.cells) at.set(`${c.row},${c.col}`, c);
  const covered = new Set<string>();
  const span = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    span.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const hidden = new Set(sheet.columns.flatMap((c, i) => (c?.hidden ? [i] : [])));
  const rows = Array.from({ length: sheet.rowCount }, (_, r) => r);
  const cols = Array.from({ length: sheet.colCount }, (_, c) => c).filter((c) => !hidden.has(c));
  return (
    // A scrolling region reachable by Tab, so the preview scrolls with the arrow keys too.
    <div className={styles.wrap} role="region" aria-label={label} tabIndex={0}>
      <table
        className={styles.table}
        aria-label={label}
        style={{
          width: `${cols.reduce((w, c) => w + (sheet.columns[c]?.width ?? 9) * 0.5, 0)}em`,
          tableLayout: "fixed",
        }}
      >
        {/* Each column keeps (about) its width in the sheet; the region scrolls rather than squeeze names into slivers. */}
        <colgroup>
          {cols.map((c) => (
            <col key={c} style={{ width: `${(sheet.columns[c]?.width ?? 9) * 0.5}em` }} />
          ))}
        </colgroup>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              {cols.map((c) => {
                const k = `${r},${c}`;
                if (covered.has(k)) return null;
                const cell = at.get(k);
                const s = span.get(k);
                const colSpan = s ? s.cols - [...hidden].filter((h) => h > c && h < c + s.cols).length : 1;
                const cls =
                  cell?.style === "title"
                    ? styles.title
                    : cell?.style === "heading"
                      ? styles.heading
                      : cell?.style === "score"
                        ? styles.score
                        : cell?.style === "check"
                          ? styles.check
                          : ["weight", "rate", "total", "totalLabel"].includes(cell?.style ?? "")
                            ? styles.number
                            : undefined;
                const Tag = cell?.style === "heading" ? "th" : "td";
                return (
                  <Tag
                    key={k}
                    rowSpan={s?.rows}
                    colSpan={colSpan > 1 ? colSpan : undefined}
                    className={`${styles.cell} ${cls ?? ""}`}
                  >
                    {cell?.style === "title" ? (
                      <span className={styles.titleText}>{shown(cell)}</span>
                    ) : cell ? (
                      shown(cell)
                    ) : (
                      ""
                    )}
                  </Tag>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
