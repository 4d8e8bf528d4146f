import type { ChartLayout, LayoutCell, SheetLayout, WorkbookLayout } from "../layout/model";
import { onSheet } from "../layout/refs";
import { columnLetters } from "../sheet/grid";
import type { ZipPart } from "./zip";
import { Refused } from "../messages";

/* exceljs writes no charts. The layout's charts are added to the zip it wrote: per sheet with charts one
 * drawing (xl/drawings/drawingN.xml and its rels), per chart one part (xl/charts/chartN.xml), the sheet's
 * <drawing> element and relationship, and the [Content_Types] overrides. Each series keeps the values the
 * layout computed as its cache, so a reader that does not recalculate still draws the bars. */

const NS = {
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;
const REL_TYPE = { drawing: `${NS.r}/drawing`, chart: `${NS.r}/chart` } as const;
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const esc = (s: string): string => s.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);
const unesc = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

/** $A$3:$A$7 on the chart's sheet. */
const absArea = (sheet: string, top: number, bottom: number, col: number): string =>
  onSheet(sheet, `$${columnLetters(col)}$${top + 1}:$${columnLetters(col)}$${bottom + 1}`);

/** What a cell of the layout shows before any recalculation: its text, number, or the formula's cached result. */
function shown(cells: ReadonlyMap<string, LayoutCell>, row: number, col: number): string | number | null {
  const c = cells.get(`${row},${col}`)?.content;
  if (!c) return null;
  if (c.kind === "text") return c.text;
  if (c.kind === "number") return c.value;
  return c.result;
}

function points(values: readonly (string | number | null)[], numbers: boolean): string {
  return values
    .map((v, i) =>
      v === null || v === "" || (numbers && typeof v !== "number")
        ? ""
        : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`,
    )
    .join("");
}

/** The chart part of one chart over its sheet's cells. */
export function chartXml(sheet: SheetLayout, chart: ChartLayout): string {
  const cells = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const rows = Array.from({ length: chart.categories.bottom - chart.categories.top + 1 }, (_, i) => i);
  const cats = rows.map((i) => shown(cells, chart.categories.top + i, chart.categories.left));
  const vals = rows.map((i) => shown(cells, chart.values.top + i, chart.values.left));
  const name = chart.seriesName.text;
  const fmt = esc(chart.numFmt);
  const upright = chart.kind === "column";
  const noFill = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";
  const text = (t: string, size: number, bold: boolean) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>`,
    `<c:title>${text(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`,
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${upright ? "col" : "bar"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>`,
    `<c:ser><c:idx val="0"/><c:order val="0"/>`,
    `<c:tx><c:strRef><c:f>${esc(onSheet(sheet.name, `$${columnLetters(chart.seriesName.col)}$${chart.seriesName.row + 1}`))}</c:f><c:strCache><c:ptCount val="1"/>${points([name], false)}</c:strCache></c:strRef></c:tx>`,
    `<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`,
    `<c:dLbls><c:numFmt formatCode="${fmt}" sourceLinked="0"/>${noFill}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`,
    `<c:cat><c:strRef><c:f>${esc(absArea(sheet.name, chart.categories.top, chart.categories.bottom, chart.categories.left))}</c:f><c:strCache><c:ptCount val="${rows.length}"/>${points(cats, false)}</c:strCache></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${esc(absArea(sheet.name, chart.values.top, chart.values.bottom, chart.values.left))}</c:f><c:numCache><c:formatCode>${fmt}</c:formatCode><c:ptCount val="${rows.length}"/>${points(vals, true)}</c:numCache></c:numRef></c:val>`,
    `</c:ser><c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>`,
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${upright ? "minMax" : "maxMin"}"/></c:scaling><c:delete val="0"/><c:axPos val="${upright ? "b" : "l"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${upright ? "l" : "b"}"/><c:majorGridlines/><c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="${upright ? "autoZero" : "max"}"/><c:crossBetween val="between"/></c:valAx>`,
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`,
  ].join("");
}

/** The drawing part of one sheet: each chart in a frame over the cells of its anchor. */
export function drawingXml(charts: readonly ChartLayout[], firstRel: number): string {
  const anchors = charts.map((ch, i) => {
    const at = (col: number, row: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(ch.anchor.left, ch.anchor.top)}</xdr:from><xdr:to>${at(ch.anchor.right + 1, ch.anchor.bottom + 1)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(`图表 ${i + 1}`)}" descr="${esc(ch.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${firstRel + i}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;
}

const relationships = (rels: readonly { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"/>`).join("")}</Relationships>`;

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unesc(m[1]) : null;
};

/** Sheet name → its part ("xl/worksheets/sheet2.xml"), from workbook.xml and its relationships. */
function sheetParts(text: (name: string) => string | null): Map<string, string> {
  const workbook = text("xl/workbook.xml") ?? "";
  const rels = text("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id");
    const part = id ? targets.get(id) : undefined;
    if (name !== null && part) out.set(name, part);
  }
  return out;
}

/** Elements a worksheet keeps after <drawing>, in the schema's order: the drawing goes before the first of them. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function withDrawing(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  // A sheet has at most one drawing: one exceljs wrote (pictures) would need the charts joined to it, which no layout asks for yet.
  if (/<drawing[\s/>]/.test(xml)) throw Refused.because("chartOnDrawing");
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  const element = `<drawing r:id="${relId}"/>`;
  const at = AFTER_DRAWING.map((name) => xml.search(new RegExp(`<${name}[\\s/>]`))).filter((i) => i >= 0);
  const end = xml.lastIndexOf("</worksheet>");
  const where = at.length ? Math.min(...at) : end;
  if (where < 0) throw new Error("worksheet part without </worksheet>");
  return `${xml.slice(0, where)}${element}${xml.slice(where)}`;
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const newPart = (name: string, content: string): ZipPart => ({
  rawName: encode(name),
  name,
  flags: 0,
  content: encode(content),
});

/** The parts of the zip exceljs wrote, with the layout's charts added (the parts themselves when it has none). */
export function addChartParts(parts: readonly ZipPart[], layout: WorkbookLayout): ZipPart[] {
  const withCharts = layout.sheets.filter((s) => s.charts?.length);
  if (!withCharts.length) return [...parts];
  const byName = new Map(parts.map((p) => [p.name, p]));
  const decoder = new TextDecoder("utf-8");
  const text = (name: string): string | null => {
    const p = byName.get(name);
    return p ? decoder.decode(p.content) : null;
  };
  const put = (name: string, content: string): void => {
    const old = byName.get(name);
    byName.set(name, old ? { ...old, content: encode(content) } : newPart(name, content));
  };
  const located = sheetParts(text);
  const overrides: string[] = [];
  let chartNo = 0;
  withCharts.forEach((sheet, d) => {
    const part = located.get(sheet.name);
    if (!part) throw new Error(`no part for sheet ${sheet.name}`);
    const drawing = `xl/drawings/drawing${d + 1}.xml`;
    const charts = sheet.charts ?? [];
    put(drawing, drawingXml(charts, 1));
    put(
      `xl/drawings/_rels/drawing${d + 1}.xml.rels`,
      relationships(
        charts.map((_, i) => ({
          id: `rId${i + 1}`,
          type: REL_TYPE.chart,
          target: `../charts/chart${chartNo + i + 1}.xml`,
        })),
      ),
    );
    overrides.push(`<Override PartName="/${drawing}" ContentType="${CONTENT_TYPE.drawing}"/>`);
    for (const ch of charts) {
      chartNo++;
      put(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, ch));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CONTENT_TYPE.chart}"/>`);
    }
    const slash = part.lastIndexOf("/");
    const relsName = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const oldRels = text(relsName);
    const kept = oldRels
      ? [...oldRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
          id: attr(m[0], "Id") ?? "",
          type: attr(m[0], "Type") ?? "",
          target: attr(m[0], "Target") ?? "",
        }))
      : [];
    let n = kept.length + 1;
    while (kept.some((r) => r.id === `rId${n}`)) n++;
    const relId = `rId${n}`;
    put(
      relsName,
      relationships([...kept, { id: relId, type: REL_TYPE.drawing, target: `../drawings/drawing${d + 1}.xml` }]),
    );
    put(part, withDrawing(text(part) ?? "", relId));
  });
  const types = text("[Content_Types].xml") ?? "";
  put("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return [...byName.values()];
}
