/*
 * The part of the WPS 表格 (ET) object model the WPS gateway uses. WPS add-ins reach the spreadsheet
 * through `window.Application` (or `wps.EtApplication()`), whose objects follow Excel's COM object
 * model: 1-based rows and columns, `Range("A1:C3").Value2` / `.Formula` as 2-D arrays, `.Merge()`,
 * `Validation.Add`, `FormatConditions.Add`, `Names.Add`, `PageSetup`. The public WPS material on the
 * spreadsheet objects is thin; these declarations follow the Excel COM names WPS mirrors and are
 * checked by the mock in test/wps/, not against a running WPS.
 */

export interface EtFont {
  Name: string;
  Bold: boolean;
  Italic: boolean;
  Size: number;
  /** A BGR colour number, as Excel's COM model has it. */
  Color: number;
}

export interface EtValidation {
  Add(type: number, alertStyle: number, operator: number, formula1: string): void;
  Delete(): void;
  ErrorTitle: string;
  ErrorMessage: string;
  InputTitle: string;
  InputMessage: string;
  ShowError: boolean;
  ShowInput: boolean;
}

export interface EtFormatCondition {
  Interior: { Color: number };
  Font: { Color: number; Bold: boolean };
}

export interface EtRange {
  /** 1-based row and column of the range's first cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** A single value for one cell, a 2-D array (rows of columns) for more. */
  Value2: unknown;
  Formula: unknown;
  /** One format for the whole range; null when its cells differ (Excel's COM behaviour). */
  NumberFormat: unknown;
  /** True, false, or null when only some cells are merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(across?: boolean): void;
  readonly Validation: EtValidation;
  readonly FormatConditions: { Add(type: number, operator?: number, formula1?: string): EtFormatCondition };
  readonly Interior: { Color: number; ColorIndex: number };
  readonly Font: EtFont;
  readonly Borders: { LineStyle: number };
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  readonly EntireColumn: { Hidden: boolean };
  Select(): void;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

export interface EtWorksheet {
  Name: string;
  /** xlSheetVisible (-1), xlSheetHidden (0). */
  Visible: number;
  Range(address: string): EtRange;
  readonly UsedRange: EtRange;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
}

export interface EtName {
  readonly Name: string;
  Delete(): void;
}

export interface EtWorkbook {
  readonly Worksheets: {
    readonly Count: number;
    /** 1-based index or a sheet name. */
    Item(index: number | string): EtWorksheet;
    /** The new sheet goes after `after` when given; it becomes the active sheet. */
    Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
  };
  readonly Names: {
    readonly Count: number;
    Item(index: number): EtName;
    Add(name: string, refersTo: string): EtName;
  };
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet;
  readonly ActiveCell: EtRange;
  readonly Selection: EtRange;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
}

/** The Excel constants the gateway writes (their numeric values, as the COM model takes them). */
export const XL = {
  validateCustom: 7,
  validAlertStop: 1,
  between: 1,
  expression: 2,
  center: -4108,
  left: -4131,
  top: -4160,
  continuous: 1,
  landscape: 2,
  paperA4: 9,
  sheetHidden: 0,
  sheetVisible: -1,
  colorIndexNone: -4142,
} as const;

/** "#EDEDED" → the BGR number Excel's COM colours take. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
}
