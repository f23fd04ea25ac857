// Colour maths for the palette tests: WCAG relative luminance and contrast,
// CIELAB distance, and simulated colour-vision deficiencies.

type Rgb = readonly [number, number, number];

function hexToSrgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => parseInt(match[i] ?? '', 16) / 255) as unknown as Rgb;
}

function toLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function linearRgb(hex: string): Rgb {
  const [r, g, b] = hexToSrgb(hex);
  return [toLinear(r), toLinear(g), toLinear(b)];
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const SIMULATION: Record<Exclude<Vision, 'normal'>, readonly Rgb[]> = {
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

function simulate(hex: string, vision: Vision): Rgb {
  const rgb = linearRgb(hex);
  if (vision === 'normal') return rgb;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return SIMULATION[vision].map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as unknown as Rgb;
}

function labFromLinear([r, g, b]: Rgb): Rgb {
  // sRGB (D65) to XYZ, normalised by the D65 white point.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference (ΔE*ab) as seen with the given vision. */
export function colourDistance(a: string, b: string, vision: Vision = 'normal'): number {
  const [l1, a1, b1] = labFromLinear(simulate(a, vision));
  const [l2, a2, b2] = labFromLinear(simulate(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** CIE L*, 0 (black) to 100 (white). */
export function lightness(hex: string): number {
  return labFromLinear(linearRgb(hex))[0];
}

/** CIE C*ab: how far from grey. */
export function chroma(hex: string): number {
  const [, a, b] = labFromLinear(linearRgb(hex));
  return Math.hypot(a, b);
}
