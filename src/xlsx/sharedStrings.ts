import { textRuns } from "./xmlText";

/** The shared strings of `xl/sharedStrings.xml`, in order: each `<si>`'s text, rich runs joined. */
export function sharedStringsOf(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g))
    out.push(m[1] ? textRuns(m[1]) : "");
  return out;
}
