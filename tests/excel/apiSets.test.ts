/**
 * Which Office.js members src/excel uses, with the requirement set @types/office-js documents for
 * each ("[Api set: ExcelApi 1.6]"), and proof that everything newer than ExcelApi 1.1 runs only
 * behind a feature check — so the core works on Excel 2016 (ExcelApi 1.1, nothing newer).
 *
 * What is listed: every property access, element access (literal key), call, `new`, destructured
 * property, object-literal property typed by an Office.js interface, property path named in a
 * `load(...)` string, and type reference in src/excel whose symbol is declared in @types/office-js.
 * Requirement of a member: its own `[Api set: …]` (overloads: the overload the call resolves to,
 * otherwise the lowest); "… 1.1 for get, 1.2 for set" tags count the higher set for writes;
 * `@param x … [Api set: ExcelApi 1.2]` counts when that argument is passed; a member without a tag
 * inherits its class's tag (RangeAreas.load is 1.9); no tag at all (Excel.run, Office common API)
 * counts as 1.1/common. A set no ExcelApi check implies (ExcelApiOnline…) always needs a check.
 *
 * THE GUARD RULE. A use above ExcelApi 1.1 is guarded when one of these holds:
 *  1. Feature check on the path. Walking up from the use to its function, a check establishes
 *     "host ≥ ExcelApi L" with L ≥ the member's set:
 *       - `if (c) <use>` / `c ? <use> : …` / `c && <use>`, or the else branch / `c || <use>`
 *         when c is false;
 *       - early exit: an earlier statement of the same block `if (c) return|throw|continue|break;`
 *         (or a block ending so) — the use then runs only when c is false;
 *     where a check is a capability flag — a property of the Capabilities/HostSupport interfaces
 *     of src/excel/capabilities.ts, whose level is the "ExcelApi X.Y" of its doc comment —
 *     or `isSetSupported('ExcelApi', 'X.Y')` with literal arguments, combined with `!`, `&&`, `||`. A stronger flag covers a weaker set
 *     (requirement sets are cumulative): `support.rangeAreas` (1.9) covers conditional formats (1.6).
 *     Arrow functions and function expressions do not stop the walk: a closure is created after
 *     the checks above it, and a host's requirement sets do not change while it runs.
 *  2. Private helper reached only under a check. At a function declaration that is not exported: if every reference to it in its file is a direct call,
 *     the function is guarded at the lowest level of its call sites (each judged by this same
 *     rule, recursively; recursion counts as unguarded). An exported helper, or one passed as a
 *     value (`list.forEach(helper)`), is not: it can be called from anywhere.
 *  3. The receiver proves it. A member of an Office.js class (not interface) whose set is at most
 *     the class's own set — `formats.add()` on an Excel.ConditionalFormatCollection (1.6), `areas`
 *     of an Excel.RangeAreas (1.9): such an object exists only if the call that returned it ran,
 *     and that call is itself listed and checked. Casts to Office.js types are therefore listed
 *     ("cast") and must be guarded like calls.
 *  Type annotations are erased: listed as "type", never need a guard.
 * And flags are trusted only if src/excel never makes or changes them outside capabilities.ts
 * (no object literal typed Capabilities/HostSupport, no assignment to a flag, no cast to them).
 * Not seen by the analysis: values typed `any`. A check written in any other form (a flag copied
 * into a local variable, `support['x']`, `=== true`, a helper bound to a const) is not recognised
 * and errs towards failing: src/excel uses none, and each accepted form has a probe below.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { CAPABILITY_API_SET, type Capabilities } from '../../src/excel/capabilities';

const ROOT = path.resolve(__dirname, '../..');
const EXCEL_DIR = path.join(ROOT, 'src', 'excel');
const CAPABILITIES_FILE = posix(path.join(EXCEL_DIR, 'capabilities.ts'));
const FLAG_INTERFACES = new Set(['Capabilities', 'HostSupport']);

function posix(file: string): string {
  return file.split(path.sep).join('/');
}

// ─── Requirement sets ────────────────────────────────────────────────────────────────────────

/** ExcelApi X.Y as a comparable number: 1.13 → 1013 > 1.6 → 1006. */
type Level = number;
/** Office common API, or a member with no requirement tag: available wherever the pane runs. */
const COMMON: Level = 0;
const CORE: Level = level('1.1');
/** A requirement set that no ExcelApi check implies (ExcelApiOnline, ExcelApiDesktop…). */
const OTHER_SET: Level = Number.POSITIVE_INFINITY;

function level(version: string): Level {
  const [major, minor] = version.split('.').map(Number);
  return major * 1000 + minor;
}

/** `((x))` → `x`: parentheses change nothing about what an expression reads or checks. */
function withoutParentheses(expression: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(expression) ? withoutParentheses(expression.expression) : expression;
}

function levelText(value: Level): string {
  if (value === COMMON) return 'common';
  if (value === OTHER_SET) return 'other set';
  return `${Math.floor(value / 1000)}.${value % 1000}`;
}

interface Requirement {
  read: Level;
  write: Level;
  /** As printed: "1.6", "1.1 / set 1.2", "common (Settings)", "no tag"… */
  text: string;
}

const NO_TAG: Requirement = { read: COMMON, write: COMMON, text: 'no tag' };

/** The JSDoc comments right before a declaration (a variable's are on its statement). */
function docOf(node: ts.Node): string {
  const target = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const text = target.getSourceFile().text;
  return (ts.getLeadingCommentRanges(text, target.getFullStart()) ?? [])
    .map((range) => text.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith('/**'))
    .join('\n');
}

/** The declaration's own requirement (its @param lines excluded), if its doc states one. */
function parseRequirement(doc: string): Requirement | undefined {
  const own = doc.split(/@param\b/)[0];
  const apiSet = /\[Api set:\s*([^\]]*)\]/.exec(own);
  if (apiSet) {
    const tag = apiSet[1].trim();
    const excel = /^ExcelApi (\d+\.\d+)/.exec(tag);
    if (!excel) return { read: OTHER_SET, write: OTHER_SET, text: tag };
    const read = level(excel[1]);
    const setter = /(\d+\.\d+) for (?:set|setting|writing)\b/i.exec(tag);
    const write = setter ? Math.max(read, level(setter[1])) : read;
    return { read, write, text: write > read ? `${excel[1]} / set ${setter?.[1]}` : excel[1] };
  }
  const common = /\*\*Requirement set\*\*:\s*(?:\{@link [^|}]*\|\s*([^}]*)\}|([^\n]*))/.exec(own);
  if (common) return { read: COMMON, write: COMMON, text: `common (${(common[1] ?? common[2]).trim()})` };
  return undefined;
}

/** A parameter's own tag: "@param valuesOnly … [Api set: ExcelApi 1.2]". */
function parameterLevel(doc: string, name: string): Level | undefined {
  const param = new RegExp(`@param\\s+${name}\\b([^@]*)`).exec(doc);
  const excel = param && /\[Api set:\s*ExcelApi (\d+\.\d+)/.exec(param[1]);
  return excel ? level(excel[1]) : undefined;
}

function lowest(requirements: Requirement[]): Requirement {
  return requirements.reduce((a, b) => (b.read < a.read || (b.read === a.read && b.write < a.write) ? b : a));
}

// ─── Analysis ────────────────────────────────────────────────────────────────────────────────

type UseKind = 'read' | 'write' | 'call' | 'new' | 'load' | 'literal' | 'type' | 'cast';

interface ApiUse {
  member: string;
  /** "1.6", or "common (Settings)", "no tag"… for members without an ExcelApi requirement. */
  apiSet: string;
  level: Level;
  kind: UseKind;
  file: string;
  line: number;
  guarded: boolean;
  /** Why it is (or is not) guarded. */
  via: string;
}

interface Analysis {
  uses: ApiUse[];
  /** Capability flags made or changed outside capabilities.ts: checks on them prove nothing. */
  flagMisuse: string[];
}

interface Guard {
  level: Level;
  via: string;
}

const NONE: Guard = { level: COMMON, via: '' };

function stronger(a: Guard, b: Guard): Guard {
  return b.level > a.level ? b : a;
}

function analyze(program: ts.Program, fileNames: readonly string[]): Analysis {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const flagMisuse: string[] = [];
  const callerGuards = new Map<ts.Node, Guard>();

  const resolve = (symbol: ts.Symbol | undefined): ts.Symbol | undefined =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const isOfficeDeclaration = (node: ts.Node): boolean =>
    posix(node.getSourceFile().fileName).includes('/node_modules/@types/office-js/');
  const officeDeclarations = (symbol: ts.Symbol | undefined): ts.Declaration[] =>
    symbol && !(symbol.flags & ts.SymbolFlags.Module) ? (symbol.declarations ?? []).filter(isOfficeDeclaration) : [];
  const where = (node: ts.Node): { file: string; line: number } => {
    const sourceFile = node.getSourceFile();
    return {
      file: posix(path.relative(ROOT, sourceFile.fileName)),
      line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    };
  };

  // ── Requirement of a symbol ──
  function requirementOf(declarations: ts.Declaration[]): Requirement {
    const own = declarations.map((d) => parseRequirement(docOf(d))).filter((r): r is Requirement => !!r);
    if (own.length > 0) return lowest(own);
    const containers = declarations
      .map((d) => d.parent)
      .filter((p) => ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isEnumDeclaration(p));
    const inherited = containers.map((c) => parseRequirement(docOf(c))).filter((r): r is Requirement => !!r);
    if (inherited.length === 0) return NO_TAG;
    const requirement = lowest(inherited);
    return { ...requirement, text: `${requirement.text} (class)` };
  }

  /** The set implied by holding the object a member belongs to: its Office.js class's own set. */
  function receiverLevel(declarations: ts.Declaration[]): { level: Level; className: string } | undefined {
    const classes = declarations.map((d) => d.parent);
    if (classes.length === 0 || !classes.every(ts.isClassDeclaration)) return undefined;
    const levels = classes.map((c) => parseRequirement(docOf(c))?.read ?? COMMON);
    const className = checker.getFullyQualifiedName(checker.getSymbolAtLocation(classes[0].name as ts.Node) as ts.Symbol);
    return { level: Math.min(...levels), className };
  }

  // ── Capability flags and requirement-set checks ──
  function flagSymbol(symbol: ts.Symbol | undefined): boolean {
    const declaration = symbol?.declarations?.[0];
    return (
      !!declaration &&
      ts.isPropertySignature(declaration) &&
      ts.isInterfaceDeclaration(declaration.parent) &&
      FLAG_INTERFACES.has(declaration.parent.name.text) &&
      posix(declaration.getSourceFile().fileName) === CAPABILITIES_FILE
    );
  }

  function flagLevel(symbol: ts.Symbol): Level {
    const excel = /ExcelApi (\d+\.\d+)/.exec(docOf(symbol.declarations?.[0] as ts.Node));
    if (!excel) throw new Error(`capability flag ${symbol.name} does not say which ExcelApi set it stands for`);
    return level(excel[1]);
  }

  function literalVersion(node: ts.Expression | undefined): Level | undefined {
    return node && ts.isStringLiteralLike(node) && /^\d+\.\d+$/.test(node.text) ? level(node.text) : undefined;
  }

  /** What is known about the host when `expression` evaluated to `truth`. */
  function factsOf(expression: ts.Expression, truth: boolean): Guard {
    const e = withoutParentheses(expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return factsOf(e.operand, !truth);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return truth ? stronger(factsOf(e.left, true), factsOf(e.right, true)) : NONE;
      if (op === ts.SyntaxKind.BarBarToken) return truth ? NONE : stronger(factsOf(e.left, false), factsOf(e.right, false));
      return NONE;
    }
    if (!truth) return NONE;
    if (ts.isPropertyAccessExpression(e)) {
      const symbol = resolve(checker.getSymbolAtLocation(e.name));
      if (symbol && flagSymbol(symbol)) return { level: flagLevel(symbol), via: e.getText() };
    }
    if (ts.isCallExpression(e)) {
      const callee = resolve(checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e.expression) ? e.expression.name : e.expression));
      const name = callee ? checker.getFullyQualifiedName(callee) : '';
      const [first, second] = e.arguments;
      if (name === 'Office.RequirementSetSupport.isSetSupported' && first && ts.isStringLiteralLike(first) && first.text === 'ExcelApi') {
        const version = literalVersion(second);
        if (version !== undefined) return { level: version, via: e.getText() };
      }
    }
    return NONE;
  }

  /** Return, throw, continue, break — or a block ending in one: what follows is not reached. */
  function exits(statement: ts.Statement): boolean {
    if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
    if (ts.isContinueStatement(statement) || ts.isBreakStatement(statement)) return true;
    if (ts.isBlock(statement)) return statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]);
    if (ts.isIfStatement(statement)) return !!statement.elseStatement && exits(statement.thenStatement) && exits(statement.elseStatement);
    return false;
  }

  /** What is known inside `child` from its parent: the branch it sits in, or early exits before it. */
  function branchFacts(parent: ts.Node, child: ts.Node): Guard {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) return factsOf(parent.expression, true);
      if (child === parent.elseStatement) return factsOf(parent.expression, false);
      return NONE;
    }
    if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) return factsOf(parent.condition, true);
      if (child === parent.whenFalse) return factsOf(parent.condition, false);
      return NONE;
    }
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return factsOf(parent.left, true);
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) return factsOf(parent.left, false);
      return NONE;
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isModuleBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      let best = NONE;
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (!ts.isIfStatement(statement)) continue;
        if (exits(statement.thenStatement)) best = stronger(best, factsOf(statement.expression, false));
        if (statement.elseStatement && exits(statement.elseStatement)) best = stronger(best, factsOf(statement.expression, true));
      }
      return best;
    }
    return NONE;
  }

  /** The host level known wherever `node` runs (rules 1 and 2). */
  function guardAt(node: ts.Node, stack: Set<ts.Node>): Guard {
    let best = NONE;
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      best = stronger(best, branchFacts(parent, child));
      // A closure: the checks around its creation hold when it runs.
      if (ts.isArrowFunction(parent) || ts.isFunctionExpression(parent)) continue;
      if (ts.isFunctionDeclaration(parent)) return stronger(best, callersGuard(parent, stack));
      if (ts.isFunctionLike(parent) || ts.isClassLike(parent)) return best;
    }
    return best;
  }

  /** Rule 2: a private function guarded at the lowest level of its call sites. */
  function callersGuard(fn: ts.FunctionDeclaration, stack: Set<ts.Node>): Guard {
    const known = callerGuards.get(fn);
    if (known) return known;
    if (stack.has(fn)) return NONE;
    const result = computeCallersGuard(fn, stack);
    callerGuards.set(fn, result);
    return result;
  }

  function computeCallersGuard(fn: ts.FunctionDeclaration, stack: Set<ts.Node>): Guard {
    const name = fn.name;
    if (!name || ts.getCombinedModifierFlags(fn) & (ts.ModifierFlags.Export | ts.ModifierFlags.Default)) return NONE;
    const symbol = checker.getSymbolAtLocation(name);
    const sourceFile = fn.getSourceFile();
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (!symbol) return NONE;
    if (moduleSymbol && checker.getExportsOfModule(moduleSymbol).some((e) => resolve(e) === symbol)) return NONE;
    const references: ts.Identifier[] = [];
    const collect = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node !== name) {
        const target = ts.isShorthandPropertyAssignment(node.parent)
          ? checker.getShorthandAssignmentValueSymbol(node.parent)
          : checker.getSymbolAtLocation(node);
        if (target === symbol) references.push(node);
      }
      ts.forEachChild(node, collect);
    };
    collect(sourceFile);
    if (references.length === 0) return NONE;
    stack.add(fn);
    try {
      let weakest: Guard | undefined;
      for (const reference of references) {
        const call = reference.parent;
        // Passed as a value, it can be called from anywhere.
        if (!ts.isCallExpression(call) || call.expression !== reference) return NONE;
        const guard = guardAt(call, stack);
        if (!weakest || guard.level < weakest.level) weakest = guard;
      }
      if (!weakest || weakest.level === COMMON) return NONE;
      return { level: weakest.level, via: `callers of ${name.text}(): ${weakest.via}` };
    } finally {
      stack.delete(fn);
    }
  }

  // ── Recording uses ──
  function record(
    node: ts.Node,
    symbol: ts.Symbol,
    kind: UseKind,
    declarations: ts.Declaration[],
    requirement: Requirement,
    memberSuffix = '',
    levelOverride?: Level,
  ): void {
    const needed = levelOverride ?? (kind === 'write' ? requirement.write : requirement.read);
    let guarded: boolean;
    let via: string;
    if (kind === 'type') {
      [guarded, via] = [true, 'type only'];
    } else if (needed <= CORE) {
      [guarded, via] = [true, '—'];
    } else {
      const guard = guardAt(node, new Set());
      const receiver = kind === 'new' || kind === 'cast' || kind === 'literal' ? undefined : receiverLevel(declarations);
      if (guard.level >= needed) [guarded, via] = [true, guard.via];
      else if (receiver && receiver.level >= needed) [guarded, via] = [true, `receiver is ${receiver.className} (${levelText(receiver.level)})`];
      else [guarded, via] = [false, guard.level > COMMON ? `only ${guard.via} (${levelText(guard.level)})` : 'NO FEATURE CHECK'];
    }
    const apiSet = levelOverride !== undefined ? `${levelText(levelOverride)} (argument)` : requirement.text;
    uses.push({
      member: checker.getFullyQualifiedName(symbol) + memberSuffix,
      apiSet,
      level: needed,
      kind,
      ...where(node),
      guarded,
      via,
    });
  }

  function isWrite(node: ts.Node): boolean {
    const parent = node.parent;
    if (ts.isBinaryExpression(parent) && parent.left === node) {
      const op = parent.operatorToken.kind;
      return op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
    }
    return (
      (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
      (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
    );
  }

  /** A property access, element access or the callee of a call/new. */
  function recordAccess(node: ts.Expression, symbol: ts.Symbol | undefined): void {
    if (flagSymbol(symbol) && isWrite(node) && where(node).file !== CAPABILITIES_FILE) {
      flagMisuse.push(`${where(node).file}:${where(node).line} assigns ${node.getText()}`);
    }
    const declarations = officeDeclarations(symbol);
    if (!symbol || declarations.length === 0) return;
    const parent = node.parent;
    if (ts.isNewExpression(parent) && parent.expression === node) {
      record(node, symbol, 'new', declarations, requirementOf(declarations));
      return;
    }
    if (ts.isCallExpression(parent) && parent.expression === node) {
      const signature = checker.getResolvedSignature(parent)?.declaration;
      const resolved = signature && !ts.isJSDocSignature(signature) && isOfficeDeclaration(signature) ? signature : undefined;
      const requirement = requirementOf(resolved ? [resolved] : declarations);
      // A parameter with its own, newer set counts when the argument is passed.
      let bump: { name: string; level: Level } | undefined;
      if (resolved) {
        const doc = docOf(resolved);
        resolved.parameters.slice(0, parent.arguments.length).forEach((parameter) => {
          const name = parameter.name.getText();
          const parameterSet = parameterLevel(doc, name);
          if (parameterSet !== undefined && parameterSet > requirement.read && (!bump || parameterSet > bump.level)) {
            bump = { name, level: parameterSet };
          }
        });
      }
      if (bump) record(node, symbol, 'call', declarations, requirement, `(${bump.name})`, bump.level);
      else record(node, symbol, 'call', declarations, requirement);
      return;
    }
    const kind = isWrite(node) ? 'write' : 'read';
    record(node, symbol, kind, declarations, requirementOf(declarations));
  }

  function propertyOf(type: ts.Type, name: string): ts.Symbol | undefined {
    const nonNull = checker.getNonNullableType(type);
    const candidates = nonNull.isUnion() ? nonNull.types : [nonNull];
    for (const candidate of candidates) {
      const property = checker.getPropertyOfType(candidate, name);
      if (property) return property;
    }
    return undefined;
  }

  function propertyName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
    return name && (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) ? name.text : undefined;
  }

  /** Strings a load(...) argument names: literals, arrays of them, or a const holding either. */
  function loadStrings(expression: ts.Expression, depth = 0): string[] {
    const e = withoutParentheses(expression);
    if (ts.isStringLiteralLike(e)) return [e.text];
    if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((element) => loadStrings(element, depth));
    if (ts.isAsExpression(e)) return loadStrings(e.expression, depth);
    if (ts.isIdentifier(e) && depth < 3) {
      const declaration = resolve(checker.getSymbolAtLocation(e))?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
        return loadStrings(declaration.initializer, depth + 1);
      }
    }
    return [];
  }

  /** `x.load('items/name')`: each property of each path is a use, at the call. */
  function recordLoadPaths(call: ts.CallExpression): void {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'load') return;
    if (officeDeclarations(resolve(checker.getSymbolAtLocation(callee.name))).length === 0) return;
    const receiver = checker.getNonNullableType(checker.getTypeAtLocation(callee.expression));
    for (const text of call.arguments.flatMap((argument) => loadStrings(argument))) {
      for (const loadPath of text.split(',')) {
        let type = receiver;
        for (const segment of loadPath.trim().split('/')) {
          const property = segment ? propertyOf(type, segment) : undefined;
          const declarations = officeDeclarations(property);
          if (!property || declarations.length === 0) break;
          record(call, property, 'load', declarations, requirementOf(declarations));
          type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, call));
          if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
        }
      }
    }
  }

  function isFlagInterface(type: ts.Type | undefined): boolean {
    if (!type) return false;
    const parts = type.isUnion() || type.isIntersection() ? type.types : [type];
    return parts.some((part) => {
      const declaration = part.getSymbol()?.declarations?.[0];
      return (
        !!declaration &&
        ts.isInterfaceDeclaration(declaration) &&
        FLAG_INTERFACES.has(declaration.name.text) &&
        posix(declaration.getSourceFile().fileName) === CAPABILITIES_FILE
      );
    });
  }

  function visit(node: ts.Node): void {
    const sourceFile = node.getSourceFile();
    const inCapabilities = posix(sourceFile.fileName) === CAPABILITIES_FILE;
    if (ts.isPropertyAccessExpression(node)) {
      recordAccess(node, resolve(checker.getSymbolAtLocation(node.name)));
    } else if (ts.isElementAccessExpression(node)) {
      const keyType = checker.getTypeAtLocation(node.argumentExpression);
      const keys = (keyType.isUnion() ? keyType.types : [keyType]).filter((t): t is ts.StringLiteralType => t.isStringLiteral());
      const objectType = checker.getTypeAtLocation(node.expression);
      for (const key of keys) recordAccess(node, propertyOf(objectType, key.value));
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = propertyName(node.propertyName ?? node.name);
      const property = name ? propertyOf(checker.getTypeAtLocation(node.parent), name) : undefined;
      const declarations = officeDeclarations(property);
      if (property && declarations.length > 0) record(node, property, 'read', declarations, requirementOf(declarations));
    } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
      const name = propertyName(node.name);
      const contextual = checker.getContextualType(node.parent);
      const property = name && contextual ? propertyOf(contextual, name) : undefined;
      const declarations = officeDeclarations(property);
      if (property && declarations.length > 0) record(node, property, 'literal', declarations, requirementOf(declarations));
    } else if (ts.isTypeReferenceNode(node)) {
      const typeName = ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName;
      const symbol = resolve(checker.getSymbolAtLocation(typeName));
      let outer: ts.Node = node.parent;
      while (ts.isTypeNode(outer)) outer = outer.parent;
      const cast = ts.isAsExpression(outer) || ts.isTypeAssertionExpression(outer);
      const declarations = officeDeclarations(symbol);
      if (symbol && declarations.length > 0) record(node, symbol, cast ? 'cast' : 'type', declarations, requirementOf(declarations));
      if (cast && !inCapabilities && isFlagInterface(checker.getTypeAtLocation(node))) {
        flagMisuse.push(`${where(node).file}:${where(node).line} casts to ${node.getText()}`);
      }
    }
    if (ts.isCallExpression(node)) recordLoadPaths(node);
    if (ts.isObjectLiteralExpression(node) && !inCapabilities && isFlagInterface(checker.getContextualType(node))) {
      flagMisuse.push(`${where(node).file}:${where(node).line} builds a capabilities object`);
    }
    ts.forEachChild(node, visit);
  }

  for (const fileName of fileNames) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) throw new Error(`not in the program: ${fileName}`);
    visit(sourceFile);
  }
  uses.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.member.localeCompare(b.member));
  return { uses, flagMisuse };
}

// ─── Programs ────────────────────────────────────────────────────────────────────────────────

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return { ...ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options, noEmit: true };
}

/** Parsed files are shared between the programs (office-js's index.d.ts is 8 MB). */
const parsed = new Map<string, ts.SourceFile>();

function createProgram(rootNames: readonly string[], virtualFiles = new Map<string, string>()): ts.Program {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const key = (fileName: string) => posix(path.resolve(fileName));
  return ts.createProgram(rootNames, options, {
    ...host,
    fileExists: (fileName) => virtualFiles.has(key(fileName)) || host.fileExists(fileName),
    readFile: (fileName) => virtualFiles.get(key(fileName)) ?? host.readFile(fileName),
    getSourceFile(fileName, languageVersion, onError, shouldCreateNewSourceFile) {
      const virtual = virtualFiles.get(key(fileName));
      if (virtual !== undefined) return ts.createSourceFile(fileName, virtual, languageVersion, true);
      let sourceFile = parsed.get(key(fileName));
      if (!sourceFile) {
        sourceFile = host.getSourceFile(fileName, languageVersion, onError, shouldCreateNewSourceFile);
        if (sourceFile) parsed.set(key(fileName), sourceFile);
      }
      return sourceFile;
    },
  });
}

function excelSourceFiles(): string[] {
  return (fs.readdirSync(EXCEL_DIR, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => posix(path.join(EXCEL_DIR, name)))
    .sort();
}

/** One row per member: its set, how often and where it is used, and for newer sets what guards it. */
function table(uses: readonly ApiUse[]): string {
  const byMember = new Map<string, ApiUse[]>();
  for (const use of uses) byMember.set(`${use.member}\u0000${use.apiSet}`, [...(byMember.get(`${use.member}\u0000${use.apiSet}`) ?? []), use]);
  const rows = [...byMember.values()]
    .sort((a, b) => b[0].level - a[0].level || a[0].member.localeCompare(b[0].member))
    .map((group) => {
      const files = [...new Set(group.map((use) => use.file.replace(/^src\/excel\//, '')))].join(', ');
      const unguarded = group.filter((use) => !use.guarded);
      const how = group[0].level <= CORE ? '—' : unguarded.length > 0 ? `NOT GUARDED at line ${unguarded[0].line}` : [...new Set(group.map((use) => use.via))].join('; ');
      return [group[0].member, group[0].apiSet, String(group.length), files, how];
    });
  const header = ['member', 'api set', 'uses', 'files', 'guard'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

const describeUse = (use: ApiUse) => `${use.member} (ExcelApi ${use.apiSet}) at ${use.file}:${use.line}: ${use.via}`;

// ─── src/excel ───────────────────────────────────────────────────────────────────────────────

describe('Office.js requirement sets used by src/excel', () => {
  let analysis: Analysis;
  let program: ts.Program;

  beforeAll(() => {
    const files = excelSourceFiles();
    program = createProgram(files);
    analysis = analyze(program, files);
  });

  it('lists every Excel API member src/excel uses, with its [Api set] from @types/office-js', () => {
    const { uses } = analysis;
    const above = uses.filter((use) => use.level > CORE);
    console.log(
      `Office.js members used by src/excel: ${uses.length} uses, ${above.length} above ExcelApi 1.1 ` +
        `(${above.filter((use) => use.guarded).length} guarded)\n\n${table(uses)}`,
    );
    expect(uses.length).toBeGreaterThan(50);
    const known: [member: string, apiSet: string][] = [
      ['Excel.Range.values', '1.1'],
      ['Excel.Range.conditionalFormats', '1.6'],
      ['Excel.Worksheet.freezePanes', '1.7'],
      ['Excel.Range.dataValidation', '1.8'],
      ['Excel.Worksheet.getRanges', '1.9'],
      ['Excel.Range.getMergedAreasOrNullObject', '1.13'],
      ['Excel.Range.merge', '1.2'],
      ['Excel.RangeFormat.columnWidth', '1.2'],
      ['Excel.RangeFormat.rowHeight', '1.2'],
      ['Excel.Worksheet.getUsedRange(valuesOnly)', '1.2 (argument)'],
    ];
    for (const [member, apiSet] of known) {
      expect(uses.filter((use) => use.member === member).map((use) => use.apiSet)).toContain(apiSet);
    }
    // Office common API members are listed too, with no ExcelApi requirement.
    expect(uses.find((use) => use.member === 'Office.Document.settings')?.level).toBe(COMMON);
  });

  it('uses nothing above ExcelApi 1.1 outside a feature check', () => {
    const unguarded = analysis.uses.filter((use) => !use.guarded);
    expect(unguarded.map(describeUse)).toEqual([]);
    // Every optional feature is actually exercised behind its check (the test is not vacuous).
    const guardedSets = new Set(analysis.uses.filter((use) => use.level > CORE).map((use) => levelText(use.level)));
    for (const apiSet of Object.values(CAPABILITY_API_SET)) expect(guardedSets).toContain(apiSet);
  });

  it('trusts capability flags that only capabilities.ts makes', () => {
    expect(analysis.flagMisuse).toEqual([]);
  });

  it('reads each capability flag’s ExcelApi set from its doc, matching CAPABILITY_API_SET', () => {
    const checker = program.getTypeChecker();
    const sourceFile = program.getSourceFile(CAPABILITIES_FILE) as ts.SourceFile;
    const flags: Record<string, string> = {};
    sourceFile.statements.filter(ts.isInterfaceDeclaration).forEach((declaration) => {
      for (const member of declaration.members) {
        const symbol = checker.getSymbolAtLocation(member.name as ts.PropertyName);
        const set = /ExcelApi (\d+\.\d+)/.exec(docOf(member))?.[1];
        flags[symbol?.name ?? '?'] = set ?? 'missing';
      }
    });
    for (const [flag, apiSet] of Object.entries(CAPABILITY_API_SET)) expect([flag, flags[flag]]).toEqual([flag, apiSet]);
    for (const extra of Object.keys(flags).filter((flag) => !(flag in CAPABILITY_API_SET))) {
      expect([extra, flags[extra]]).toEqual([extra, '1.2']);
    }
    expect(Object.keys(flags).sort()).toEqual(
      [...(Object.keys(CAPABILITY_API_SET) as (keyof Capabilities)[]), 'mergeCells', 'columnWidths', 'rowHeights', 'sheetProtection', 'usedRangeValuesOnly', 'sheetVisibility'].sort(),
    );
  });
});

// ─── The analysis itself: it must fail on an unguarded use ───────────────────────────────────

/** Small modules placed (in memory only) next to capabilities.ts, analysed with the same rule. */
const PROBES: Record<string, { source: string; member: string; guarded: boolean }> = {
  unguarded: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      export function probe(range: Excel.Range): void {
        range.conditionalFormats.add('Custom');
      }`,
  },
  guardedByFlag: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.conditionalFormats) range.conditionalFormats.add('Custom');
      }`,
  },
  earlyThrow: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      import { getHostSupport } from './capabilities';
      import { FeatureUnavailableError } from './featureUnavailableError';
      export async function probe(): Promise<void> {
        const support = getHostSupport();
        if (!support.conditionalFormats) throw new FeatureUnavailableError('conditionalFormats');
        await Excel.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange('A1').conditionalFormats.add('Custom');
          await context.sync();
        });
      }`,
  },
  isSetSupported: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      export function probe(range: Excel.Range): void {
        if (Office.context.requirements.isSetSupported('ExcelApi', '1.6')) range.conditionalFormats.add('Custom');
      }`,
  },
  strongerFlag: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        return support.rangeAreas ? void range.conditionalFormats.add('Custom') : undefined;
      }`,
  },
  elseOfNegatedFlag: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport, log: string[]): void {
        if (!support.conditionalFormats) log.push('skipped');
        else range.conditionalFormats.add('Custom');
      }`,
  },
  orAfterNegatedFlag: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): boolean {
        return !support.conditionalFormats || range.conditionalFormats.add('Custom') !== undefined;
      }`,
  },
  privateHelperCalledUnderCheck: {
    member: 'Excel.Range.conditionalFormats',
    guarded: true,
    source: `
      import type { HostSupport } from './capabilities';
      function highlight(range: Excel.Range): void {
        range.conditionalFormats.add('Custom');
      }
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (!support.conditionalFormats) return;
        highlight(range);
      }`,
  },
  receiverProvesIt: {
    member: 'Excel.ConditionalFormatCollection.add',
    guarded: true,
    source: `
      export function probe(formats: Excel.ConditionalFormatCollection): void {
        formats.add('Custom');
      }`,
  },
  weakerFlag: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.mergeCells) range.conditionalFormats.add('Custom');
      }`,
  },
  wrongBranch: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.conditionalFormats) return;
        range.conditionalFormats.add('Custom');
      }`,
  },
  eitherFlag: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.conditionalFormats || support.mergeCells) range.conditionalFormats.add('Custom');
      }`,
  },
  flagComparedToTrue: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.conditionalFormats === true) range.conditionalFormats.add('Custom');
      }`,
  },
  flagByElementAccess: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support['conditionalFormats']) range.conditionalFormats.add('Custom');
      }`,
  },
  helperBoundToConst: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      const highlight = (range: Excel.Range): void => void range.conditionalFormats.add('Custom');
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.conditionalFormats) highlight(range);
      }`,
  },
  exportedHelper: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function highlight(range: Excel.Range): void {
        range.conditionalFormats.add('Custom');
      }
      export function probe(range: Excel.Range, support: HostSupport): void {
        if (support.conditionalFormats) highlight(range);
      }`,
  },
  helperPassedAsValue: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      function highlight(range: Excel.Range): void {
        range.conditionalFormats.add('Custom');
      }
      export function probe(ranges: Excel.Range[], support: HostSupport): void {
        if (support.conditionalFormats) ranges.forEach(highlight);
      }`,
  },
  closureMadeBeforeCheck: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range, support: HostSupport, later: (() => void)[]): void {
        later.push(() => void range.conditionalFormats.add('Custom'));
        if (!support.conditionalFormats) return;
      }`,
  },
  setterNeedsNewerSet: {
    member: 'Excel.Worksheet.visibility',
    guarded: false,
    source: `
      export function probe(sheet: Excel.Worksheet): void {
        sheet.visibility = 'Hidden';
      }`,
  },
  argumentNeedsNewerSet: {
    member: 'Excel.Worksheet.getUsedRange(valuesOnly)',
    guarded: false,
    source: `
      export function probe(sheet: Excel.Worksheet): Excel.Range {
        return sheet.getUsedRange(true);
      }`,
  },
  destructured: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      export function probe(range: Excel.Range): Excel.ConditionalFormatCollection {
        const { conditionalFormats } = range;
        return conditionalFormats;
      }`,
  },
  loadedByName: {
    member: 'Excel.Range.conditionalFormats',
    guarded: false,
    source: `
      export function probe(range: Excel.Range): void {
        range.load('address, conditionalFormats/items/type');
      }`,
  },
  castToNewerClass: {
    member: 'Excel.RangeAreas',
    guarded: false,
    source: `
      export function probe(range: Excel.Range): number {
        return (range as unknown as Excel.RangeAreas).areaCount;
      }`,
  },
};

describe('the guard analysis', () => {
  const probeFile = (name: string) => posix(path.join(EXCEL_DIR, `__apiSetsProbe_${name}__.ts`));
  let analyses: Map<string, Analysis>;

  beforeAll(() => {
    const virtualFiles = new Map(Object.entries(PROBES).map(([name, probe]) => [probeFile(name), probe.source]));
    const program = createProgram([...virtualFiles.keys()], virtualFiles);
    // A probe that does not compile would prove nothing.
    const diagnostics = [...virtualFiles.keys()].flatMap((file) => {
      const sourceFile = program.getSourceFile(file);
      return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    });
    expect(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' })).toBe('');
    analyses = new Map(Object.keys(PROBES).map((name) => [name, analyze(program, [probeFile(name)])]));
  });

  it.each(Object.entries(PROBES).filter(([, probe]) => !probe.guarded))('flags %s', (name, probe) => {
    const { uses } = analyses.get(name) as Analysis;
    expect(uses.filter((use) => use.member === probe.member && !use.guarded).map((use) => use.member)).not.toEqual([]);
  });

  it.each(Object.entries(PROBES).filter(([, probe]) => probe.guarded))('accepts %s', (name, probe) => {
    const { uses } = analyses.get(name) as Analysis;
    expect(uses.filter((use) => use.member === probe.member && use.level > CORE)).not.toEqual([]);
    expect(uses.filter((use) => !use.guarded).map(describeUse)).toEqual([]);
  });

  it('flags a capabilities object made, changed or cast to outside capabilities.ts', () => {
    const file = probeFile('fakeSupport');
    const source = `
      import type { HostSupport } from './capabilities';
      export function probe(range: Excel.Range): void {
        const support: HostSupport = {
          conditionalFormats: true, freezePanes: true, dataValidation: true, rangeAreas: true, mergedAreas: true,
          mergeCells: true, columnWidths: true, rowHeights: true, sheetProtection: true, usedRangeValuesOnly: true,
        };
        support.rangeAreas = true;
        const forced = range as unknown as HostSupport;
        if (support.conditionalFormats && forced.rangeAreas) range.conditionalFormats.add('Custom');
      }`;
    const program = createProgram([file], new Map([[file, source]]));
    const { flagMisuse } = analyze(program, [file]);
    expect(flagMisuse).toEqual([
      expect.stringMatching(/:4 builds a capabilities object$/),
      expect.stringMatching(/:8 assigns support\.rangeAreas$/),
      expect.stringMatching(/:9 casts to HostSupport$/),
    ]);
  });
});
