/**
 * Ruling lines of a PDF page from its operator list: stroked segments and thin filled rectangles
 * (many producers draw table borders as 0.5 pt rectangles), in page space — the transform matrix is
 * tracked through save/restore/transform, so borders drawn in a scaled or moved frame land right.
 */
export interface Ruling {
  /** "h": y fixed, from x0 to x1; "v": x fixed, from y0 to y1 (page space, y up). */
  dir: "h" | "v";
  at: number;
  from: number;
  to: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** A rectangle this thin is a line. */
const THIN = 2.5;
/** How far from axis-aligned a segment may lean and still be a ruling. */
const SLANT = 0.5;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  setGState: number;
}

/**
 * Paint that leaves no line on a white page: white (every channel at 0xFA or more), or all but
 * transparent. Chromium prints a web page's borderless layout tables so: read as rulings, a
 * signature's layout table joined the ruled table above it. A light grey is a border meant to show:
 * vbpl.vn draws its tables' borders in #EEEEEE.
 */
const FAINT = 0.1;
const LIGHTEST_LINE = 0xfa;
function invisible(color: string): boolean {
  const m = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(color);
  return !!m && m.slice(1).every((c) => parseInt(c, 16) >= LIGHTEST_LINE);
}

/** The stroke ("CA") and fill ("ca") opacity an ExtGState sets, as pdf.js lists its entries. */
function opacities(args: unknown[]): { stroke?: number; fill?: number } {
  const out: { stroke?: number; fill?: number } = {};
  for (const entry of (Array.isArray(args[0]) ? args[0] : []) as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[1] !== "number") continue;
    if (entry[0] === "CA") out.stroke = entry[1];
    if (entry[0] === "ca") out.fill = entry[1];
  }
  return out;
}

/** pdf.js DrawOPS inside a path: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
function segmentsOf(path: ArrayLike<number>, m: Matrix): { pts: [number, number][]; closed: boolean }[] {
  const subpaths: { pts: [number, number][]; closed: boolean }[] = [];
  let cur: { pts: [number, number][]; closed: boolean } | null = null;
  for (let i = 0; i < path.length;) {
    const op = path[i++]!;
    if (op === 0) {
      cur = { pts: [apply(m, path[i]!, path[i + 1]!)], closed: false };
      subpaths.push(cur);
      i += 2;
    } else if (op === 1) {
      cur?.pts.push(apply(m, path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === 2) {
      // A curve is no ruling: break the subpath.
      cur = null;
      i += 6;
    } else if (op === 3) {
      cur = null;
      i += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else break;
  }
  return subpaths;
}

export function rulingsOf(list: OperatorList, OPS: Ops): Ruling[] {
  const out: Ruling[] = [];
  // The graphics state a ruling needs: where it is drawn, and whether its paint shows.
  let state = {
    ctm: [1, 0, 0, 1, 0, 0] as Matrix,
    stroke: "#000000",
    fill: "#000000",
    strokeAlpha: 1,
    fillAlpha: 1,
  };
  const stack: (typeof state)[] = [];
  const strokeOps = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fillOps = new Set([OPS.fill, OPS.eoFill]);
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k]!;
    const args = list.argsArray[k] ?? [];
    if (fn === OPS.save) stack.push(state);
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
    else if (fn === OPS.setStrokeRGBColor && typeof args[0] === "string")
      state = { ...state, stroke: args[0] };
    else if (fn === OPS.setFillRGBColor && typeof args[0] === "string") state = { ...state, fill: args[0] };
    else if (fn === OPS.setGState) {
      const { stroke, fill } = opacities(args);
      state = { ...state, strokeAlpha: stroke ?? state.strokeAlpha, fillAlpha: fill ?? state.fillAlpha };
    } else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!path) continue;
      const stroked = strokeOps.has(paint) && !invisible(state.stroke) && state.strokeAlpha >= FAINT;
      const filled = fillOps.has(paint) && !invisible(state.fill) && state.fillAlpha >= FAINT;
      for (const sub of segmentsOf(path, state.ctm)) {
        if (stroked) {
          const pts = sub.closed ? [...sub.pts, sub.pts[0]!] : sub.pts;
          for (let i = 1; i < pts.length; i++) pushSegment(out, pts[i - 1]!, pts[i]!);
        } else if (filled && sub.pts.length >= 4) {
          const xs = sub.pts.map((p) => p[0]);
          const ys = sub.pts.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          if (y1 - y0 <= THIN && x1 - x0 > THIN) out.push({ dir: "h", at: (y0 + y1) / 2, from: x0, to: x1 });
          else if (x1 - x0 <= THIN && y1 - y0 > THIN)
            out.push({ dir: "v", at: (x0 + x1) / 2, from: y0, to: y1 });
        }
      }
    }
  }
  // A damaged content stream can draw at Infinity: such a line bounds no cell.
  return out.filter((r) => Number.isFinite(r.at) && Number.isFinite(r.from) && Number.isFinite(r.to));
}

function pushSegment(out: Ruling[], a: [number, number], b: [number, number]): void {
  if (Math.abs(a[1] - b[1]) <= SLANT && Math.abs(a[0] - b[0]) > THIN)
    out.push({ dir: "h", at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (Math.abs(a[0] - b[0]) <= SLANT && Math.abs(a[1] - b[1]) > THIN)
    out.push({ dir: "v", at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}
