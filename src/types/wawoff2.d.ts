declare module 'wawoff2' {
  /** WOFF2 → TrueType/OpenType (sfnt). */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  export function compress(sfnt: Uint8Array): Promise<Uint8Array>;
}
