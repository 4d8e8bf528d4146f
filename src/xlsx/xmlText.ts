/** Small readers of XML text for the parts of an .xlsx we read: attributes, entities, cell addresses. */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** `&amp;`, `&#x4E2D;`… as the characters they stand for; a code point beyond Unicode as nothing. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== "#") return ENTITIES[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Excel's own escape for characters XML cannot hold (`_x000D_` is a carriage return) in cell text. */
export function unescapeExcel(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** An element's attributes by name (prefixes kept, `r:id`), entities resolved. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** 1-based row and column of "B7" / "$B$7"; null when not an address within the sheet. */
export function cellOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}

/**
 * The text of every `<t>` inside `xml` joined, leaving out phonetic runs (`<rPh>`, the furigana Excel keeps
 * beside Japanese text and never shows): a shared string or an inline string as the cell shows it.
 */
export function textRuns(xml: string): string {
  const body = xml.indexOf("rPh") < 0 ? xml : xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g)) out += m[1] ?? "";
  return unescapeExcel(unescapeXml(out));
}
