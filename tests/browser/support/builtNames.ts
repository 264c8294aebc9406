// The build gives data files and the basemap content-hashed names
// (data/events.<10 hex>.json, basemap/world.<10 hex>.topo.json); tests name them by their
// plain path and match or look up the built one.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, '../../../dist');

function parts(file: string): { dir: string; stem: string; rest: string } {
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  const dot = base.indexOf('.');
  return { dir, stem: base.slice(0, dot), rest: base.slice(dot) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A URL pattern for the built, hashed copy of `file` (e.g. 'data/events.json'). */
export function builtUrlPattern(file: string): RegExp {
  const { dir, stem, rest } = parts(file);
  return new RegExp(`/${escape(dir)}/${escape(stem)}\\.[0-9a-f]{10}${escape(rest)}(\\?.*)?$`);
}

/** The hashed path of `file` in dist/, e.g. 'data/events.3f2a9c1b7d.json'. */
export function builtPath(file: string): string {
  const { dir, stem, rest } = parts(file);
  const pattern = new RegExp(`^${escape(stem)}\\.[0-9a-f]{10}${escape(rest)}$`);
  const found = readdirSync(path.join(DIST, dir)).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`dist/${dir} has ${found.length} built copies of ${file}; run vite build`);
  return `${dir}/${found[0]}`;
}
