import type { WorkbookLayout } from "../layout/model";
import { addChartParts } from "./chartParts";
import { packZip, unpackZip } from "./zip";

/**
 * The bytes exceljs wrote, with the layout's charts added as parts of the zip (unpacked and packed again,
 * deflated); the bytes as they are when the layout has no chart.
 */
export async function withCharts(bytes: Uint8Array, layout: WorkbookLayout): Promise<Uint8Array> {
  if (!layout.sheets.some((s) => s.charts?.length)) return bytes;
  return packZip(addChartParts(await unpackZip(bytes), layout));
}
