import * as fs from "fs";
import * as path from "path";
import { printParseErrorCode } from "jsonc-parser";
import {
  AUDIT_FINDINGS,
  AUDIT_SUGGESTIONS,
  JSON_SYNTAX,
  MESSAGES,
  NOTES,
  OPEN_FAILURES,
  PROBLEMS,
  REFUSALS,
  WRITE_FAILURES,
} from "../../src/messages";

/** The catalogues whose keys the code names as literals: a key no file names is words nobody can read. */
const CATALOGUES: Record<string, Readonly<Record<string, { readonly zh: string; readonly en: string }>>> = {
  MESSAGES,
  PROBLEMS,
  AUDIT_FINDINGS,
  AUDIT_SUGGESTIONS,
  REFUSALS,
  NOTES,
};

const ROOT = path.join(__dirname, "..", "..");
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.generated\.ts$/.test(e.name) ? [full] : [];
  });
}
const CATALOGUE_FILE = path.join(ROOT, "src", "messages.ts");
const CODE = ["src", "functions", "taskpane"]
  .flatMap((d) => sources(path.join(ROOT, d)))
  .filter((f) => f !== CATALOGUE_FILE)
  .map((f) => fs.readFileSync(f, "utf8"))
  .join("\n");

const entries = Object.entries(CATALOGUES).flatMap(([name, table]) =>
  Object.entries(table).map(([key, words]) => [`${name}.${key}`, key, words] as const),
);
const CJK = /[\u4e00-\u9fff]/;

describe("one message catalogue: every message a person reads, Chinese first, then English", () => {
  test.each(entries)("%s has Chinese and English words", (_, _key, words) => {
    expect(typeof words.zh).toBe("string");
    expect(typeof words.en).toBe("string");
    expect(words.zh.trim()).not.toBe("");
    expect(words.en.trim()).not.toBe("");
    // Chinese words are Chinese: what is left besides placeholders (words that are themselves in both
    // languages), option names and punctuation.
    const own = words.zh.replace(/\{\w+\}|--[\w-]+/g, "").replace(/[\s：。，；:.,;—]/g, "");
    if (own) expect(words.zh).toMatch(CJK);
  });

  test.each(entries)("%s is used by the code", (_, key) => {
    expect(CODE.includes(`"${key}"`)).toBe(true);
  });

  test.each(
    Object.entries({
      ...Object.fromEntries(Object.entries(OPEN_FAILURES).map(([k, w]) => [`open ${k}`, w])),
      ...Object.fromEntries(Object.entries(WRITE_FAILURES).map(([k, w]) => [`write ${k}`, w])),
    }),
  )("a file that cannot be %s: the reason in both languages, keyed by the system's error code", (_code, words) => {
    expect(words.zh).toMatch(CJK);
    expect(words.en).toMatch(/^[\x20-\x7e]+$/);
  });

  test("refusals are made from the catalogue's reasons: none is written inline", () => {
    // Refused and its kinds (UnreadableWorkbook, UsageError, Refusal, SurveySpecError) are made by
    // `because(reason, …)`, or `of(words)` for words that come from the catalogue already.
    const inline = CODE.split("\n").filter((line) =>
      /new (Refused|UnreadableWorkbook|UsageError|Refusal|SurveySpecError)\(/.test(line),
    );
    expect(inline).toEqual([]);
    // Nor is anything thrown with Chinese words written where it is thrown.
    expect(CODE.match(/throw new \w+\(\s*[`"'][^`"']*[\u4e00-\u9fff][^\n]*/g) ?? []).toEqual([]);
  });

  test("words with figures in them are filled from the catalogue, not written beside the code", () => {
    // A \`zh: \`…${x}…\`\` pair outside the catalogue is a message the catalogue does not know.
    expect(CODE.match(/\bzh: `[^\n]*/g) ?? []).toEqual([]);
  });

  test("every JSON syntax error the parser can give has words, and only those", () => {
    // ParseErrorCode is a const enum numbered from 1; past its end the parser prints "<unknown ParseErrorCode>".
    const codes = Array.from({ length: 64 }, (_, i) => printParseErrorCode(i + 1)).filter(
      (name) => !name.startsWith("<"),
    );
    expect(Object.keys(JSON_SYNTAX).sort()).toEqual(codes.sort());
    for (const words of Object.values(JSON_SYNTAX))
      expect([words.zh.trim() !== "", words.en.trim() !== ""]).toEqual([true, true]);
  });
});
