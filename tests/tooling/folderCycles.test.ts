import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

type Graph = Map<string, Set<string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * The folder under src/ that holds a file (`ui/panels` for src/ui/panels/card.ts), or null
 * for files at src/ itself (main.ts wires everything and sits above the folders). Nested
 * folders count on their own: ui/panels and ui/share may not import each other either.
 */
function folderOf(file: string): string | null {
  const dir = path.relative(SRC, path.dirname(file));
  return dir === '' || dir.startsWith('..') ? null : dir.split(path.sep).join('/');
}

/** Edges between folders from every relative import, type-only ones included. */
function folderGraph(files: readonly string[]): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const from = folderOf(file);
    if (from === null) continue;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8')).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(path.resolve(path.dirname(file), fileName));
      if (to === null || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan), each sorted, in sorted order. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member !== undefined) component.push(member);
    } while (member !== undefined && member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

describe('cycles(graph)', () => {
  it('returns each group of folders that reach one another, and no acyclic chain', () => {
    const graph: Graph = new Map([
      ['ui', new Set(['embed', 'geo'])],
      ['embed', new Set(['ui'])],
      ['still', new Set(['geo'])],
    ]);
    expect(cycles(graph)).toEqual([['embed', 'ui']]);
  });

  it('finds a cycle through three folders', () => {
    const graph: Graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});

describe('src/ folders', () => {
  it('import one another without cycles, type-only imports and build code included', () => {
    expect(cycles(folderGraph(sourceFiles(SRC)))).toEqual([]);
  });
});
