import { makeStyles, tokens } from "@fluentui/react-components";

/** The 自评表 page's looks: rows of fields, and the indicator table that stacks in a narrow pane. */
export const useFormStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  grid: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    // In a narrow pane each indicator's fields stack under their names instead of widening the pane.
    "@media (max-width: 560px)": {
      "& thead": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
      "& tr": {
        display: "grid",
        gridTemplateColumns: "1fr 1fr",
        columnGap: tokens.spacingHorizontalS,
        paddingBottom: tokens.spacingVerticalS,
        marginBottom: tokens.spacingVerticalS,
        borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      },
      "& td": { display: "block" },
      "& td::before": { content: "attr(data-label)", display: "block", color: tokens.colorNeutralForeground3 },
    },
  },
  cell: { padding: "2px", minWidth: 0 },
  fill: { width: "100%", minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  weightCol: { width: "6em" },
  removeCol: { width: "2.5em" },
});
