import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Vite bundles vite.config.ts and every file it imports, and warns about each relative
// import that Node could not load as written (Vite's future `configLoader: 'native'`): no
// extension, or JSON without `with { type: 'json' }`. Type-only imports are erased, so exempt.

interface ValueImport {
  readonly specifier: string;
  readonly json: boolean;
  readonly withJsonType: boolean;
}

function valueImports(file: string): ValueImport[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: ValueImport[] = [];
  for (const node of source.statements) {
    const isImport = ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly;
    const isReExport = ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier !== undefined;
    if (!isImport && !isReExport) continue;
    const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
    if (!specifier.startsWith('.')) continue;
    const attributes = node.attributes?.elements ?? [];
    const withJsonType = attributes.some((a) => a.name.getText(source) === 'type' && ts.isStringLiteral(a.value) && a.value.text === 'json');
    found.push({ specifier, json: specifier.endsWith('.json'), withJsonType });
  }
  return found;
}

/** Every .ts file reachable from vite.config.ts through relative value imports, with its problems. */
function configGraphProblems(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { specifier, json, withJsonType } of valueImports(file)) {
      const where = `${path.relative(ROOT, file)}: '${specifier}'`;
      if (json) {
        if (!withJsonType) problems.push(`${where} needs with { type: 'json' }`);
        continue;
      }
      if (!specifier.endsWith('.ts')) {
        problems.push(`${where} needs its .ts extension`);
        const guess = path.resolve(path.dirname(file), `${specifier}.ts`);
        if (existsSync(guess)) queue.push(guess);
        continue;
      }
      queue.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return problems.sort();
}

describe('vite.config.ts and the files it imports', () => {
  it('name every relative import as Node would load it, so vite build prints no config warnings', () => {
    expect(configGraphProblems(path.join(ROOT, 'vite.config.ts'))).toEqual([]);
  });
});
