import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/* Finds every Excel API member a program uses — property reads and writes, method calls, enum values
 * written as strings, option objects — from the TypeScript program itself, and maps each to the
 * `[Api set: ExcelApi 1.x]` annotation of its declaration in @types/office-js. A use inside
 * `if (Office.context.requirements.isSetSupported("ExcelApi", "1.n"))` (or the right side of `&&`
 * after that test) is guarded up to 1.n. */

export const ROOT = path.join(__dirname, "../..");
const OFFICE_TYPES = fs.realpathSync(path.join(ROOT, "node_modules/@types/office-js/index.d.ts"));

export interface ApiUse {
  /** Excel.Range.getMergedAreasOrNullObject, Excel.ChartType.barClustered … */
  readonly member: string;
  /** "1.13" for ExcelApi 1.13; "ExcelApiOnline 1.1" for another set (always beyond Office 2021); null when unannotated. */
  readonly set: string | null;
  /** The ExcelApi version an enclosing isSetSupported test guarantees, if any. */
  readonly guard: string | null;
  /** file:line where it is used. */
  readonly at: string;
}

/** A version of ExcelApi itself ("1.13"), not another set. */
export function isExcelApi(set: string): boolean {
  return /^\d+\.\d+$/.test(set);
}

/** Compares "1.9" and "1.14" as versions. */
export function compareSets(a: string, b: string): number {
  if (!isExcelApi(a)) return isExcelApi(b) ? 1 : 0;
  if (!isExcelApi(b)) return -1;
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["office-js"],
  typeRoots: [path.join(ROOT, "node_modules/@types")],
};

let last: ts.Program | undefined; // reused, so that Office.js's declarations are checked once
const parsed = new Map<string, ts.SourceFile>(); // every real file parsed once

/** A program over real files, plus virtual ones given as text (for tests of the checker itself). */
export function programOf(files: readonly string[], virtual: Record<string, string> = {}): ts.Program {
  const host = ts.createCompilerHost(OPTIONS, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => {
    if (name in virtual) return ts.createSourceFile(name, virtual[name], lang, true);
    let sf = parsed.get(name);
    if (!sf) {
      sf = getSourceFile(name, lang, onError, create);
      if (sf) parsed.set(name, sf);
    }
    return sf;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in virtual || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name in virtual ? virtual[name] : readFile(name));
  last = ts.createProgram([...files, ...Object.keys(virtual)], OPTIONS, host, last);
  return last;
}

/**
 * The requirement set a declaration's comment names: "1.13" for `[Api set: ExcelApi 1.13]`, the highest
 * version for `[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]`, and the whole text
 * for any other set (ExcelApiOnline, ExcelApiDesktop…), which Office 2021 does not have.
 */
export function annotationOf(comment: string): string | null {
  const m = /\[Api set: ([A-Za-z]+) ([^\]]*)\]/.exec(comment);
  if (!m) return null;
  if (m[1] !== "ExcelApi") return `${m[1]} ${m[2]}`;
  const versions = m[2].match(/\d+\.\d+/g) ?? [];
  return versions.reduce((a, b) => (compareSets(a, b) >= 0 ? a : b), "1.1");
}

function annotation(decl: ts.Declaration): string | null {
  const sf = decl.getSourceFile();
  const text = sf.getFullText();
  for (const r of ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? []) {
    const set = annotationOf(text.slice(r.pos, r.end));
    if (set) return set;
  }
  return null;
}

const realPaths = new Map<string, string>();
function realPath(file: string): string {
  let r = realPaths.get(file);
  if (r === undefined) {
    r = fs.existsSync(file) ? fs.realpathSync(file) : path.resolve(file);
    realPaths.set(file, r);
  }
  return r;
}

/** The declaration's name as Excel.Type.member, when it is declared in the Excel namespace of office-js. */
function excelName(decl: ts.Declaration): string | null {
  if (realPath(decl.getSourceFile().fileName) !== OFFICE_TYPES) return null;
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    if (
      (ts.isClassDeclaration(n) ||
        ts.isInterfaceDeclaration(n) ||
        ts.isEnumDeclaration(n) ||
        ts.isModuleDeclaration(n) ||
        ts.isFunctionDeclaration(n)) &&
      n.name
    )
      parts.unshift(n.name.getText());
    else if (
      (ts.isPropertyDeclaration(n) ||
        ts.isPropertySignature(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isMethodSignature(n) ||
        ts.isEnumMember(n) ||
        ts.isGetAccessor(n) ||
        ts.isSetAccessor(n)) &&
      n.name
    )
      parts.unshift(n.name.getText());
  }
  return parts[0] === "Excel" && !parts.includes("Interfaces") ? parts.join(".") : null;
}

const GUARD = /isSetSupported\(\s*["']ExcelApi["']\s*,\s*["'](\d+\.\d+)["']\s*\)/;

/** The highest ExcelApi version an enclosing isSetSupported test guarantees at this node. */
function guardOf(node: ts.Node): string | null {
  let best: string | null = null;
  const take = (cond: ts.Expression): void => {
    const m = GUARD.exec(cond.getText());
    if (m && (!best || compareSets(m[1], best) > 0)) best = m[1];
  };
  for (let child: ts.Node = node, n = node.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n) && n.thenStatement === child) take(n.expression);
    if (ts.isConditionalExpression(n) && n.whenTrue === child) take(n.condition);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && n.right === child)
      take(n.left);
  }
  return best;
}

/** Every Excel API member used in the given source files of the program. */
export function excelApiUses(program: ts.Program, files: readonly string[]): ApiUse[] {
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => path.resolve(f)));
  const uses: ApiUse[] = [];
  const record = (symbol: ts.Symbol | undefined, node: ts.Node): void => {
    let s = symbol;
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    for (const decl of s?.declarations ?? []) {
      if (ts.isModuleDeclaration(decl)) continue;
      const member = excelName(decl);
      if (!member) continue;
      const sf = node.getSourceFile();
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      uses.push({
        member,
        set: annotation(decl),
        guard: guardOf(node),
        at: `${path.relative(ROOT, sf.fileName)}:${line}`,
      });
      return;
    }
  };
  /** A string literal that stands for an Excel enum member ("BarClustered" for Excel.ChartType.barClustered). */
  const enumMemberOf = (lit: ts.StringLiteralLike): ts.Symbol | undefined => {
    const inType = (type: ts.Type | undefined): ts.Symbol | undefined =>
      (type?.isUnion() ? type.types : type ? [type] : []).find(
        (t) => t.flags & ts.TypeFlags.EnumLiteral && t.isStringLiteral() && t.value === lit.text,
      )?.symbol;
    const found = inType(checker.getContextualType(lit as ts.Expression));
    if (found || !ts.isCallExpression(lit.parent)) return found;
    // Office.js overloads each enum parameter: one signature with the enum, one with its strings.
    const call = lit.parent;
    const index = call.arguments.indexOf(lit as ts.Expression);
    const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
    for (const decl of checker.getSymbolAtLocation(callee)?.declarations ?? []) {
      const param = ts.isFunctionLike(decl) ? decl.parameters[index] : undefined;
      const symbol = param?.type && inType(checker.getTypeFromTypeNode(param.type));
      if (symbol) return symbol;
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node.name);
    else if (ts.isIdentifier(node) && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node)
      record(checker.getSymbolAtLocation(node), node);
    else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isImportDeclaration(node.parent)
    )
      record(enumMemberOf(node), node);
    else if (ts.isObjectLiteralExpression(node)) {
      const type = checker.getContextualType(node);
      for (const p of node.properties) {
        if (!p.name || !ts.isIdentifier(p.name)) continue;
        record(type?.getNonNullableType().getProperty(p.name.text), p.name);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of program.getSourceFiles()) if (wanted.has(path.resolve(sf.fileName))) visit(sf);
  return uses;
}

/** The uses that need more than `ceiling` without a guard that covers them. */
export function beyond(uses: readonly ApiUse[], ceiling: string): ApiUse[] {
  return uses.filter(
    (u) => u.set !== null && compareSets(u.set, ceiling) > 0 && !(u.guard && compareSets(u.guard, u.set) >= 0),
  );
}

/** The highest set the unguarded uses need. */
export function unguardedMaximum(uses: readonly ApiUse[]): string {
  return uses
    .filter((u) => u.set !== null && !(u.guard && compareSets(u.guard, u.set) >= 0))
    .map((u) => u.set as string)
    .reduce((a, b) => (compareSets(a, b) >= 0 ? a : b), "1.1");
}

/** The gateway's TypeScript files: where the task pane talks to Excel. */
export function gatewayFiles(): string[] {
  const dir = path.join(ROOT, "taskpane/gateway");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
}

/** Every TypeScript file of the add-in: the task pane and the custom functions. */
export function addinFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  walk(path.join(ROOT, "taskpane"));
  walk(path.join(ROOT, "functions"));
  return files;
}
