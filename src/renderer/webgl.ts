/**
 * Whether this browser can give MapLibre GL 6 what it needs: a WebGL2 context. Tried on a
 * throwaway canvas so that a failure shows as a clear message rather than an exception from
 * inside the Map constructor. The context is released at once (browsers cap live contexts).
 */
export function hasWebGL(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
