import type { Plugin } from 'vite';
// Placeholder until the schema lands (same commit series): serves nothing yet.
export function storyData(): Plugin {
  return { name: 'story-data' };
}
