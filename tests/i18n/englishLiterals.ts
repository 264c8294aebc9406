// Finds English prose left in src/ as string literals: the text a reader would see or hear
// that did not go through the message catalogue (src/i18n/en.ts). Uses the TypeScript parser,
// so comments, imports and type positions are never text. Developer-facing strings are
// skipped by where they stand: console.* arguments, thrown errors, and the catalogue itself.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Two words of letters in a row, or one capitalised word of three letters or more. */
const PROSE = /[A-Za-z]{2,}[’',.:;]?\s+[A-Za-z]{2,}|(?:^|[\s(“"'])[A-Z][a-z]{2,}\b/;

export interface Literal {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const ERRORS = new Set(['Error', 'RangeError', 'TypeError', 'LoadError', 'DataError', 'SyntaxError', 'BasemapLoadError']);

/** Attribute names whose values are tokens, not words (class lists, link types, GeoJSON types). */
const TOKEN_PROPERTIES = new Set(['class', 'rel', 'type', 'sandbox']);

function propertyName(node: ts.PropertyAssignment): string | null {
  return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : null;
}

/**
 * Whether the literal is (part of) the value of a token attribute, through conditionals,
 * templates and arrow functions: `{ class: cond ? 'flow is-active' : 'flow' }`,
 * `.attr('class', (m) => `event-marker kind-${m.kind}`)`.
 */
function inTokenValue(node: ts.Node): boolean {
  let n: ts.Node = node;
  for (;;) {
    const p = n.parent;
    if (!p) return false;
    if (
      ts.isConditionalExpression(p) ||
      ts.isTemplateSpan(p) ||
      ts.isTemplateExpression(p) ||
      ts.isParenthesizedExpression(p) ||
      (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
      (ts.isArrowFunction(p) && p.body === n)
    ) {
      n = p;
      continue;
    }
    if (ts.isPropertyAssignment(p) && p.initializer === n) return TOKEN_PROPERTIES.has(propertyName(p) ?? '');
    if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === 'attr') {
      const first = p.arguments[0];
      return !!first && ts.isStringLiteral(first) && TOKEN_PROPERTIES.has(first.text) && p.arguments[1] === n;
    }
    return false;
  }
}

function skipped(node: ts.Node): boolean {
  const parent = node.parent;
  // { class: 'swatch swatch-flow' }, { type: 'Feature' }
  if (parent && ts.isPropertyAssignment(parent) && parent.initializer === node && TOKEN_PROPERTIES.has(propertyName(parent) ?? '')) return true;
  // event.key === 'Enter', case 'Home':
  if (
    parent &&
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)
  )
    return true;
  if (parent && ts.isCaseClause(parent)) return true;
  // selection.attr('class', …) and selection.on('pointerenter focus', …)
  if (parent && ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) {
    const method = parent.expression.name.text;
    const first = parent.arguments[0];
    if (method === 'on' && first === node) return true;
    if (method === 'attr' && first && ts.isStringLiteral(first) && TOKEN_PROPERTIES.has(first.text) && parent.arguments[1] === node) return true;
  }
  if (inTokenValue(node)) return true;
  for (let n: ts.Node | undefined = parent; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return true;
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && ERRORS.has(n.expression.text)) return true;
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console') return true;
      // matchMedia('(prefers-reduced-motion: reduce)') and friends are queries, not text.
      if (ts.isIdentifier(callee) && callee.text === 'matchMedia') return true;
    }
    if (ts.isSourceFile(n)) return false;
  }
  return false;
}

/** The English prose among a file's string literals and template-literal texts. */
export function englishLiterals(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    // HTML markup that a snippet writes (its words go through the catalogue as values).
    const markup = text !== null && (/^\s*</.test(text) || /^"?\s*\w[\w-]*="/.test(text) || /="[^"]*"/.test(text));
    if (text !== null && !markup && PROSE.test(text) && !skipped(node)) {
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every .ts file under `dir`, recursively. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.d.ts') ? [full] : [];
  });
}

export function readLiterals(file: string): Literal[] {
  return englishLiterals(file, readFileSync(file, 'utf8'));
}
