/** The download's name, after the view: `critical-minerals-map-2025-10-28-us-japan.png`. */
export function stillFileName(date: string, deal: string | null, extension: 'png' | 'svg'): string {
  return `critical-minerals-map-${date}${deal === null ? '' : `-${deal}`}.${extension}`;
}
