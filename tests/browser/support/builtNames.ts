// The build gives data files and the basemap content-hashed names
// (data/events.<10 hex>.json, basemap/world.<10 hex>.topo.json); tests name them by their
// plain path and match the built one.
import path from 'node:path';

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
