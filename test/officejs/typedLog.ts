import * as path from "path";
import * as ts from "typescript";
import { programOf, ROOT } from "./apiSets";
import { stepsOf, type Entry } from "../taskpane/recordingContext";

/* Checks a recording against Office.js's own declarations: every path walked, every load() path,
 * every property set (with a value of the property's type, never a read-only one) and every method
 * called must exist on the Excel type the path has reached. */

const FILE = path.join(ROOT, "test/officejs/__context__.ts");
let cached: { checker: ts.TypeChecker; context: ts.Type; at: ts.Node } | undefined;

function office(): { checker: ts.TypeChecker; context: ts.Type; at: ts.Node } {
  if (cached) return cached;
  const program = programOf([], { [FILE]: "export declare const context: Excel.RequestContext;\n" });
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(FILE);
  const decl = sf?.statements[0] as ts.VariableStatement;
  const id = decl.declarationList.declarations[0].name;
  cached = { checker, context: checker.getTypeAtLocation(id), at: id };
  return cached;
}

function member(type: ts.Type, name: string): ts.Symbol | undefined {
  return type.getNonNullableType().getProperty(name);
}

function typeOfMember(symbol: ts.Symbol): ts.Type {
  const { checker, at } = office();
  return checker.getTypeOfSymbolAtLocation(symbol, at);
}

function isReadonly(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0);
}

/** The type a path reaches, or the step where it leaves the Excel API. */
export function walk(pathText: string): { type: ts.Type } | { error: string } {
  const steps = stepsOf(pathText);
  if (steps[0] !== "context") return { error: `${pathText}: does not start at the request context` };
  let type = office().context;
  for (const step of steps.slice(1)) {
    const call = /^([^(]+)\((.*)\)$/.exec(step);
    const name = call ? call[1] : step;
    const symbol = member(type, name);
    if (!symbol) return { error: `${pathText}: ${office().checker.typeToString(type)} has no ${name}` };
    const t = typeOfMember(symbol);
    if (call) {
      const signatures = t.getCallSignatures();
      if (!signatures.length) return { error: `${pathText}: ${name} is not a method` };
      type = signatures[0].getReturnType();
    } else type = t;
  }
  return { type };
}

/** Whether a JavaScript value fits a declared type (string literal unions, numbers, booleans, arrays, option objects). */
function fits(value: unknown, type: ts.Type, depth = 0): string | null {
  const { checker } = office();
  const t = type.getNonNullableType();
  if (typeof value === "function") return "an Office.js object (a proxy), not a value: a property read before load?";
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return null;
  const parts = t.isUnion() ? t.types : [t];
  const literals = parts.filter((p) => p.isStringLiteral()).map((p) => (p as ts.StringLiteralType).value);
  const plainString = parts.some((p) => p.flags & ts.TypeFlags.String);
  if (typeof value === "string") {
    if (plainString || literals.includes(value) || parts.some((p) => p.flags & ts.TypeFlags.Any)) return null;
    return literals.length
      ? `"${value}" is not one of ${literals.slice(0, 6).join(", ")}…`
      : `a string where ${checker.typeToString(t)} is wanted`;
  }
  if (typeof value === "number")
    return parts.some((p) => p.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral))
      ? null
      : `a number where ${checker.typeToString(t)} is wanted`;
  if (typeof value === "boolean")
    return parts.some((p) => p.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral))
      ? null
      : `a boolean where ${checker.typeToString(t)} is wanted`;
  if (Array.isArray(value))
    return parts.some((p) => checker.isArrayType(p)) ? null : `an array where ${checker.typeToString(t)} is wanted`;
  if (value && typeof value === "object" && depth < 4) {
    const objectType = parts.find((p) => p.flags & ts.TypeFlags.Object && !checker.isArrayType(p));
    if (!objectType) return `an object where ${checker.typeToString(t)} is wanted`;
    for (const [k, v] of Object.entries(value)) {
      const symbol = objectType.getProperty(k);
      if (!symbol) return `${checker.typeToString(objectType)} has no ${k}`;
      const problem = fits(v, typeOfMember(symbol), depth + 1);
      if (problem) return `${k}: ${problem}`;
    }
  }
  return null;
}

/** A load("a,b/c,items/name") path checked step by step (items of a collection are its element type). */
function checkLoad(type: ts.Type, what: string): string | null {
  const { checker } = office();
  for (const part of what
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    let t = type;
    for (const name of part.split("/")) {
      const symbol = member(t, name);
      if (!symbol) return `load("${part}"): ${checker.typeToString(t)} has no ${name}`;
      t = typeOfMember(symbol).getNonNullableType();
      if (checker.isArrayType(t)) t = checker.getTypeArguments(t as ts.TypeReference)[0];
    }
  }
  return null;
}

/** How many arguments a signature needs. */
function requiredCount(s: ts.Signature): number {
  const { checker } = office();
  return s.parameters.filter((p) => {
    const decl = p.valueDeclaration;
    return !(decl && ts.isParameter(decl) && (checker.isOptionalParameter(decl) || decl.dotDotDotToken));
  }).length;
}

/** Every problem in a recording: unknown members, read-only or ill-typed sets, unknown methods or load paths. */
export function typeProblems(log: readonly Entry[]): string[] {
  const problems: string[] = [];
  for (const e of log) {
    const at = walk(e.path);
    if ("error" in at) {
      problems.push(at.error);
      continue;
    }
    if (e.op === "call" && e.name === "load") {
      const p = checkLoad(at.type, String(e.args?.[0] ?? ""));
      if (p) problems.push(`${e.path}.${p}`);
      continue;
    }
    const symbol = member(at.type, e.name);
    if (!symbol) {
      problems.push(`${e.path}: ${office().checker.typeToString(at.type)} has no ${e.name}`);
      continue;
    }
    if (e.op === "set") {
      if (isReadonly(symbol)) problems.push(`${e.path}.${e.name}: read-only`);
      const p = fits(e.value, typeOfMember(symbol));
      if (p) problems.push(`${e.path}.${e.name}: ${p}`);
    } else {
      const signatures = typeOfMember(symbol).getCallSignatures();
      if (!signatures.length) problems.push(`${e.path}.${e.name}: not a method`);
      else if (
        !signatures.some(
          (s) => (e.args ?? []).length >= requiredCount(s) && (e.args ?? []).length <= s.parameters.length,
        )
      ) {
        problems.push(`${e.path}.${e.name}: ${(e.args ?? []).length} arguments`);
      } else {
        // String arguments must fit the parameter of some overload.
        const ok = signatures.some((s) =>
          (e.args ?? []).every(
            (a, i) => typeof a !== "string" || !s.parameters[i] || fits(a, typeOfMember(s.parameters[i])) === null,
          ),
        );
        if (!ok)
          problems.push(
            `${e.path}.${e.name}(${(e.args ?? []).map((a) => JSON.stringify(typeof a === "string" ? a : typeof a)).join(",")}): no overload takes these arguments`,
          );
      }
    }
  }
  return problems;
}
