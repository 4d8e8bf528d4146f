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
export interface EncodingRefusal {
  readonly zh: string;
  readonly en: string;
}

const SAVE_AS_UTF8 = {
  zh: "请用记事本或 VS Code 打开，“另存为”时把编码选为 UTF-8，再重新导入。",
  en: "Open it in Notepad or VS Code and Save As with the encoding UTF-8, then try again.",
};

/**
 * The text of a file: UTF-8 (with or without a byte-order mark) or UTF-16 with one. Anything else, notably
 * the Windows "ANSI" code page GBK/GB18030, is refused with how to save it as UTF-8: read as UTF-8 every
 * Chinese character would silently become U+FFFD.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { refusal: EncodingRefusal } {
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)) };
    if (a === 0xff && b === 0xfe) return { text: new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    if (a === 0xfe && b === 0xff) return { text: new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
  } catch {
    return { refusal: { zh: `文件的编码标记与内容不符，无法读取。${SAVE_AS_UTF8.zh}`, en: `The file's byte-order mark does not match its content. ${SAVE_AS_UTF8.en}` } };
  }
  if (bytes.length >= 2 && bytes.subarray(0, Math.min(bytes.length, 200)).includes(0)) {
    return { refusal: { zh: `文件像是没有编码标记的 UTF-16，无法确定字节顺序。${SAVE_AS_UTF8.zh}`, en: `The file looks like UTF-16 without a byte-order mark. ${SAVE_AS_UTF8.en}` } };
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
    return {
      refusal: gb
        ? { zh: `文件不是 UTF-8 编码，看来是 GBK/GB18030（Windows 的“ANSI”）。${SAVE_AS_UTF8.zh}`, en: `The file is not UTF-8; it looks like GBK/GB18030 (the Windows "ANSI" code page). ${SAVE_AS_UTF8.en}` }
        : { zh: `文件不是 UTF-8 编码，无法读取。${SAVE_AS_UTF8.zh}`, en: `The file is not UTF-8 text. ${SAVE_AS_UTF8.en}` },
    };
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
        if (property === "__proto__") problems.push(problem(at, "unreadable", "不允许使用名为 __proto__ 的字段", 'a field named "__proto__" is not allowed'));
        const seen = keys[keys.length - 1];
        if (seen?.has(property)) problems.push(problem(at, "unreadable", `字段“${property}”重复出现，无法确定用哪一个`, `the field "${property}" appears twice; which one is meant cannot be told`));
        seen?.add(property);
      },
      onLiteralValue: (value, offset, length, _line, _col, pathSupplier) => {
        if (typeof value !== "number") return;
        const raw = text.slice(offset, offset + length);
        const at = pointer(pathSupplier());
        if (!Number.isFinite(value) || Math.abs(value) > JSON_LIMITS.magnitude) {
          problems.push(problem(at, "unreadable", `数字 ${shortNumber(raw)} 超出可用范围（绝对值应不超过 10^15）`, `the number ${shortNumber(raw)} is out of range (at most 10^15 in size)`));
        } else if (value === 0 && /[1-9]/.test(raw.replace(/[eE].*$/, ""))) {
          problems.push(problem(at, "unreadable", `数字 ${shortNumber(raw)} 太小，会被读成 0`, `the number ${shortNumber(raw)} is so small it would read as 0`));
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
      problems: [problem(lineAndColumn(body, deep), "unreadable", `嵌套超过 ${JSON_LIMITS.depth} 层，不是有效的模板文件`, `nested more than ${JSON_LIMITS.depth} levels deep; not a valid file`)],
    };
  }
  const errors: ParseError[] = [];
  const data: unknown = parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    return {
      data: null,
      problems: errors.map((e) => problem(lineAndColumn(body, e.offset), "unreadable", `不是有效的 JSON（${printParseErrorCode(e.error)}）`, `not valid JSON (${printParseErrorCode(e.error)})`)),
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
  return { problems: [problem("编码 encoding", "unreadable", decoded.refusal.zh, decoded.refusal.en)] };
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
