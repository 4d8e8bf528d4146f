/**
 * The error policy, decided once: a rule returns a Result. A failure carries the Excel error code
 * and a reason key; the Chinese and English words for every key live in `messages.ts`.
 * Only programmer mistakes throw.
 */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!" | "#N/A";

export type ReasonKey = keyof typeof import("./messages").MESSAGES;

export interface Failure {
  readonly ok: false;
  readonly code: ExcelErrorCode;
  readonly reason: ReasonKey;
  /** Values for the message's placeholders ({arg}, {got} …); `arg`/`argEn` name the argument. */
  readonly params: Readonly<Record<string, string>>;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: ExcelErrorCode, reason: ReasonKey, params: Record<string, string> = {}): Failure {
  return { ok: false, code, reason, params };
}
