/* A few 20 px line icons drawn here: @fluentui/react-icons does not tree-shake in this build and
 * would add megabytes for a dozen glyphs. */
import type { ReactElement } from "react";

function icon(d: string): () => ReactElement {
  const Icon = () => (
    <svg
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
  return Icon;
}

export const AddIcon = icon("M10 4v12M4 10h12");
export const ChildIcon = icon("M5 4v8h6M11 12l-2-2M11 12l-2 2M13 8h3M13 14h3");
export const DeleteIcon = icon("M4 6h12M8 6V4h4v2M6 6l1 10h6l1-10");
export const UpIcon = icon("M10 16V4M5 9l5-5 5 5");
export const DownIcon = icon("M10 4v12M5 11l5 5 5-5");
export const IndentIcon = icon("M4 5h12M9 10h7M9 15h7M4 8l3 2-3 2");
export const OutdentIcon = icon("M4 5h12M9 10h7M9 15h7M7 8l-3 2 3 2");
export const UndoIcon = icon("M7 5L4 8l3 3M4 8h8a4 4 0 010 8H9");
export const RedoIcon = icon("M13 5l3 3-3 3M16 8H8a4 4 0 000 8h3");
export const SearchIcon = icon("M9 15a6 6 0 100-12 6 6 0 000 12zM13.5 13.5L17 17");
export const UploadIcon = icon("M10 13V3M6 7l4-4 4 4M4 13v3h12v-3");
export const DownloadIcon = icon("M10 3v10M6 9l4 4 4-4M4 13v3h12v-3");
export const SaveIcon = icon("M4 4h10l2 2v10H4zM7 4v4h6V4M7 16v-5h6v5");
