/**
 * The Office.js APIs the add-in's code uses, each with the requirement set @types/office-js (and
 * @types/custom-functions-runtime) gives it in its "[Api set: Name x.y]" remark. Found by the
 * TypeScript checker: every property access, call and `new` in the given files whose symbol is
 * declared in those typings, and every property of an object literal given where those typings
 * expect one (Excel.run's options, a rule object).
 */
import path from 'path';
import ts from 'typescript';

export interface ApiUse {
  /** "Excel.Range.getResizedRange", "CustomFunctions.Error". */
  api: string;
  /** "ExcelApi", "CustomFunctionsRuntime"; undefined when the typings give no set (common API such as context.sync). */
  set?: string;
  version?: string;
  /** Where it is first used, relative to the project root. */
  where: string;
}

const TYPINGS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const API_SET = /\[Api set: ([A-Za-z]+) (\d+\.\d+)/;

function apiSetOf(declaration: ts.Declaration): { set: string; version: string } | undefined {
  const source = declaration.getSourceFile();
  // The remark sits in the JSDoc right above the declaration (or above its enclosing declaration list).
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const comments = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
    for (const range of comments) {
      const match = API_SET.exec(source.text.slice(range.pos, range.end));
      if (match) return { set: match[1], version: match[2] };
    }
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node)) break;
  }
  return undefined;
}

/** Compares "1.10" above "1.9". */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}

export function officeApiUses(root: string, files: readonly string[]): ApiUse[] {
  const program = ts.createProgram(files as string[], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js', 'custom-functions-runtime'],
  });
  const checker = program.getTypeChecker();
  const found = new Map<string, ApiUse>();
  const wanted = new Set(files.map((f) => path.resolve(f)));

  const note = (node: ts.Node, symbol: ts.Symbol | undefined, declaration?: ts.Declaration): void => {
    if (!symbol) return;
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = declaration ?? resolved.declarations?.[0];
    if (!decl || !TYPINGS.test(decl.getSourceFile().fileName)) return;
    const api = checker.getFullyQualifiedName(resolved).replace(/^"[^"]*"\./, '');
    const set = apiSetOf(decl);
    const key = `${api}|${set?.set ?? ''}|${set?.version ?? ''}`;
    if (found.has(key)) return;
    const source = node.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.set(key, { api, ...set, where: `${path.relative(root, source.fileName)}:${line + 1}` });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
      const declaration = call ? checker.getResolvedSignature(call)?.declaration : undefined;
      note(
        node,
        checker.getSymbolAtLocation(node.name),
        declaration && !ts.isJSDocSignature(declaration) ? declaration : undefined,
      );
    }
    if (ts.isObjectLiteralExpression(node)) {
      const type = checker.getContextualType(node);
      for (const property of node.properties) {
        const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
        const symbol = type && name !== undefined ? type.getProperty(name) : undefined;
        if (symbol) note(property, symbol);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const source of program.getSourceFiles()) if (wanted.has(path.resolve(source.fileName))) visit(source);
  return [...found.values()].sort((a, b) => a.api.localeCompare(b.api));
}

/** The highest version of each requirement set among the uses. */
export function highestSets(uses: readonly ApiUse[]): Record<string, { version: string; api: string }> {
  const highest: Record<string, { version: string; api: string }> = {};
  for (const use of uses) {
    if (!use.set || !use.version) continue;
    const seen = highest[use.set];
    if (!seen || compareVersions(use.version, seen.version) > 0)
      highest[use.set] = { version: use.version, api: use.api };
  }
  return highest;
}
