import { JSON_SYNTAX, refusalWords, type Words } from "../messages";
import { createScanner, parse, printParseErrorCode, visit, type JSONPath, type ParseError } from "jsonc-parser";
import { problem, type Problem } from "../tree/checkTree";

/**
 * Limits of a template or form file: nesting (a template is at most a dozen levels deep; thousands would
 * overflow the stack) and the size of a number (beyond 10^15 a double no longer holds every whole number).
 */
export const JSON_LIMITS = { depth: 64, magnitude: 1e15 } as const;

/** Line and column of an offset in the text, as a person counts them. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `第 ${before.split("\n").length} 行第 ${offset - before.lastIndexOf("\n")} 列`;
}

/** A JSON pointer, as the schema problems give their place: /indicators/0/weight. */
export function pointer(path: JSONPath): string {
  return path.length ? path.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("") : "/";
}

/** Why bytes are not text this reader takes: a message in both languages. */
export type EncodingRefusal = Words;

const save = { save: refusalWords("saveAsUtf8") };

/**
 * The text of a file: UTF-8 (with or without a byte-order mark) or UTF-16 with one. Anything else, notably
 * the Windows "ANSI" code page GBK/GB18030, is refused with how to save it as UTF-8: read as UTF-8 every
 * Chinese character would silently become U+FFFD.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { refusal: EncodingRefusal } {
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf)
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)) };
    if (a === 0xff && b === 0xfe)
      return { text: new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    if (a === 0xfe && b === 0xff)
      return { text: new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
  } catch {
    return { refusal: refusalWords("encodingMarkWrong", save) };
  }
  if (bytes.length >= 2 && bytes.subarray(0, Math.min(bytes.length, 200)).includes(0)) {
    return { refusal: refusalWords("encodingUtf16Unmarked", save) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    let gb = false;
    try {
      new TextDecoder("gb18030", { fatal: true }).decode(bytes);
      gb = true;
    } catch {
      gb = false;
    }
    return { refusal: refusalWords(gb ? "encodingGbk" : "encodingNotUtf8", save) };
  }
}

// jsonc-parser's SyntaxKind (a const enum, which isolated modules cannot read).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** Where nesting first goes beyond the limit (an offset), read token by token so no stack is needed; -1 when it does not. */
function tooDeepAt(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > JSON_LIMITS.depth) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth--;
  }
  return -1;
}

/** A number as short text for a message: its first digits and its size. */
function shortNumber(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 12)}…（共 ${raw.length} 个字符）` : raw;
}

/** Keys named __proto__, keys given twice, and numbers that are not finite or beyond ±10^15, each at its JSON path. */
function suspiciousParts(text: string): Problem[] {
  const problems: Problem[] = [];
  const keys: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (property, _offset, _length, _line, _col, pathSupplier) => {
        const at = pointer([...pathSupplier(), property]);
        if (property === "__proto__") problems.push(problem(at, "jsonProto"));
        const seen = keys[keys.length - 1];
        if (seen?.has(property)) problems.push(problem(at, "jsonDuplicateField", { field: property }));
        seen?.add(property);
      },
      onLiteralValue: (value, offset, length, _line, _col, pathSupplier) => {
        if (typeof value !== "number") return;
        const raw = text.slice(offset, offset + length);
        const at = pointer(pathSupplier());
        if (!Number.isFinite(value) || Math.abs(value) > JSON_LIMITS.magnitude) {
          problems.push(problem(at, "jsonNumberTooLarge", { number: shortNumber(raw) }));
        } else if (value === 0 && /[1-9]/.test(raw.replace(/[eE].*$/, ""))) {
          problems.push(problem(at, "jsonNumberTooSmall", { number: shortNumber(raw) }));
        }
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return problems;
}

/**
 * Parses a template or form file's JSON: syntax errors with their line and column; nesting beyond
 * JSON_LIMITS.depth, __proto__ and duplicate keys, and numbers out of range refused at their place.
 * `data` is null whenever there is a problem.
 */
export function parseJsonText(text: string): { data: unknown; problems: Problem[] } {
  const body = text.replace(/^\uFEFF/, "");
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    return {
      data: null,
      problems: [problem(lineAndColumn(body, deep), "jsonTooDeep", { depth: JSON_LIMITS.depth })],
    };
  }
  const errors: ParseError[] = [];
  const data: unknown = parse(body, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  if (errors.length) {
    return {
      data: null,
      problems: errors.map((e) => {
        const code = printParseErrorCode(e.error);
        return problem(lineAndColumn(body, e.offset), "jsonSyntax", { what: JSON_SYNTAX[code] ?? code });
      }),
    };
  }
  const problems = suspiciousParts(body);
  return { data: problems.length ? null : data, problems };
}

/** Text or bytes of a file into text; bytes in another encoding become one problem. */
export function textOf(input: string | Uint8Array): { text: string } | { problems: Problem[] } {
  if (typeof input === "string") return { text: input };
  const decoded = decodeText(input);
  if ("text" in decoded) return decoded;
  return { problems: [problem("编码 encoding", "fileEncoding", { why: decoded.refusal })] };
}

/**
 * A file's data without its top-level `"$schema"` (a string): editors use it to find the schema, and it is
 * no part of the template or form itself. Anything else under that name is left for the schema to refuse.
 */
export function withoutSchemaPointer(data: unknown): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data) || !Object.hasOwn(data, "$schema")) return data;
  const { $schema, ...rest } = data as Record<string, unknown>;
  return typeof $schema === "string" ? rest : data;
}
