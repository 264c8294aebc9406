// Colour-vision deficiency simulation and colour difference, for the tests only.
// Simulation: Machado, Oliveira & Fernandes (2009), "A physiologically-based model for
// simulation of color vision deficiency", IEEE TVCG 15(6), the matrices at severity 1.0
// (dichromacy), applied to linear RGB. Difference: CIEDE2000 (Sharma, Wu & Dalal 2005)
// in CIELAB under D65.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Rgb = readonly [number, number, number];
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = readonly [Rgb, Rgb, Rgb];

export const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const APP_CSS = resolve(__dirname, '../../src/styles/app.css');

/** A colour custom property of the page palette (src/styles/app.css), e.g. 'us' → [31, 79, 191]. */
export function paletteColour(name: string): Rgb {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(readFileSync(APP_CSS, 'utf8'));
  if (!m) throw new Error(`--${name} is not a #rrggbb colour in src/styles/app.css`);
  return hexToRgb(m[1]!);
}

export function hexToRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (l: number) => {
  const c = Math.min(1, Math.max(0, l));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};
const LINEAR = Float64Array.from({ length: 256 }, (_, v) => toLinear(v));

/** An sRGB colour (0–255) as a dichromat sees it, in sRGB (0–255, unrounded). */
export function simulate(rgb: Rgb, kind: Deficiency): Rgb {
  const lin = rgb.map((v) => LINEAR[Math.round(v)]!) as unknown as Rgb;
  return MACHADO_2009[kind].map((row) => toSrgb(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as unknown as Rgb;
}

/** The same for every pixel of an RGBA buffer; alpha is kept. */
export function simulateImage(rgba: Uint8Array, kind: Deficiency): Uint8Array {
  const out = new Uint8Array(rgba.length);
  const m = MACHADO_2009[kind];
  for (let i = 0; i < rgba.length; i += 4) {
    const r = LINEAR[rgba[i]!]!,
      g = LINEAR[rgba[i + 1]!]!,
      b = LINEAR[rgba[i + 2]!]!;
    for (let c = 0; c < 3; c++) out[i + c] = Math.round(toSrgb(m[c]![0] * r + m[c]![1] * g + m[c]![2] * b));
    out[i + 3] = rgba[i + 3]!;
  }
  return out;
}

export type Lab = readonly [number, number, number];

/** sRGB (0–255) to CIELAB, D65 white. */
export function rgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
export function deltaE2000(a: Lab, b: Lab): number {
  const [L1, a1, b1] = a;
  const [L2, a2, b2] = b;
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1),
    C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1,
    a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1),
    C2p = Math.hypot(a2p, b2);
  const hue = (bb: number, ap: number) => (bb === 0 && ap === 0 ? 0 : (Math.atan2(bb, ap) / rad + 360) % 360);
  const h1p = hue(b1, a1p),
    h2p = hue(b2, a2p);
  const dLp = L2 - L1,
    dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) dhp = Math.abs(h2p - h1p) <= 180 ? h2p - h1p : h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lpm = (L1 + L2) / 2,
    Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) hpm = Math.abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2 : h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  const T =
    1 - 0.17 * Math.cos((hpm - 30) * rad) + 0.24 * Math.cos(2 * hpm * rad) + 0.32 * Math.cos((3 * hpm + 6) * rad) - 0.2 * Math.cos((4 * hpm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const Sc = 1 + 0.045 * Cpm;
  const Sh = 1 + 0.015 * Cpm * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

/** ΔE2000 between two sRGB colours. */
export function difference(a: Rgb, b: Rgb): number {
  return deltaE2000(rgbToLab(a), rgbToLab(b));
}

/**
 * The smallest ΔE2000 we accept between the US and China colours, as a dichromat sees them.
 * ΔE2000 ≈ 1 is a just-noticeable difference side by side; marks on a map are small, apart
 * and seen at a glance, so we ask for twenty times that: 20 is roughly the distance between
 * two neighbouring hues of a categorical palette (e.g. Tableau 10's blue and teal).
 */
export const MIN_DELTA_E = 20;
