/** The box around points: [[xmin, ymin], [xmax, ymax]]. Throws on no points. */
export function bbox(points: Iterable<readonly number[]>): [[number, number], [number, number]] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = NaN, y = NaN] of points) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!(x0 <= x1) || !(y0 <= y1)) throw new RangeError('bbox: no points');
  return [
    [x0, y0],
    [x1, y1],
  ];
}
