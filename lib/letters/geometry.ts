// Where things go on a US Letter sheet tri-folded into a #10 double-window envelope, in inches.
// The figures are one mail house's published specification (shared/letters.md); every other mail house
// publishes its own, so they live here, in one object, and the layout and its tests are derived from it.
//
// Coordinates: envelope ones are measured from the envelope's left and bottom edges as the specification
// gives them; sheet ones from the sheet's left and top edges, as the page is laid out. `sheetInEnvelope`
// says where the sheet's top-left corner sits behind the envelope's face once folded and inserted.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface EnvelopeSpec {
  sheet: { width: number; height: number };
  envelope: { width: number; height: number };
  /** Measured from the envelope's left and bottom edges. */
  recipientWindow: { left: number; bottom: number; width: number; height: number };
  returnWindow: { left: number; bottom: number; width: number; height: number };
  /** The sheet's top-left corner, from the envelope's left and top edges (a centred sheet is 0.5 in in). */
  sheetInEnvelope: { left: number; top: number };
  /** How far a folded sheet slides sideways in the envelope (a #10 is an inch wider than the sheet). */
  sideShift: number;
  /** USPS: at least 1/8 in between the address and the window's edges. */
  clearance: number;
  /** Where the body of the letter starts on page one. */
  bodyTop: number;
  /** Most sheets a #10 envelope holds. */
  maxSheets: number;
}

export const number10DoubleWindow: EnvelopeSpec = {
  sheet: { width: 8.5, height: 11 },
  envelope: { width: 9.5, height: 4.125 },
  recipientWindow: { left: 0.625, bottom: 1, width: 4, height: 1 },
  returnWindow: { left: 0.625, bottom: 2.375, width: 3.25, height: 0.875 },
  // Centred sideways; 0.208 in down so the recipient block's published top (2.042 in on the sheet) sits
  // exactly 1/8 in below the window's top edge.
  sheetInEnvelope: { left: 0.5, top: 0.208 },
  sideShift: 0.25,
  clearance: 0.125,
  bodyTop: 3.375,
  maxSheets: 6,
};

/** An envelope window as a box in sheet coordinates (where the page sees it). */
function windowOnSheet(spec: EnvelopeSpec, w: EnvelopeSpec['recipientWindow']): Box {
  const topInEnvelope = spec.envelope.height - w.bottom - w.height;
  return {
    left: w.left - spec.sheetInEnvelope.left,
    top: topInEnvelope - spec.sheetInEnvelope.top,
    width: w.width,
    height: w.height,
  };
}

export interface LetterGeometry {
  recipientWindow: Box;
  returnWindow: Box;
  /** The largest box the recipient block (barcode and address lines) may fill. */
  recipientBlock: Box;
  returnBlock: Box;
  bodyTop: number;
}

/**
 * The blocks are the windows shrunk by the clearance on every side, and sideways by the shift too, so
 * a sheet that slides a quarter inch either way still shows the whole address with 1/8 in to spare.
 * The shift is sideways only: the folds hold the sheet's height, and a 1 in window has no room for a
 * quarter inch up and down around a four-line address.
 */
export function letterGeometry(spec: EnvelopeSpec = number10DoubleWindow): LetterGeometry {
  const inset = (w: Box): Box => {
    const side = spec.clearance + spec.sideShift;
    return { left: w.left + side, top: w.top + spec.clearance, width: w.width - 2 * side, height: w.height - 2 * spec.clearance };
  };
  const recipientWindow = windowOnSheet(spec, spec.recipientWindow);
  const returnWindow = windowOnSheet(spec, spec.returnWindow);
  return {
    recipientWindow,
    returnWindow,
    recipientBlock: inset(recipientWindow),
    returnBlock: inset(returnWindow),
    bodyTop: spec.bodyTop,
  };
}

/** True when `inner`, moved sideways by `shift` inches, stays inside `outer` with `margin` to spare. */
export function fitsInside(inner: Box, outer: Box, margin: number, shift = 0): boolean {
  const eps = 1e-6;
  return (
    inner.left + shift >= outer.left + margin - eps &&
    inner.left + shift + inner.width <= outer.left + outer.width - margin + eps &&
    inner.top >= outer.top + margin - eps &&
    inner.top + inner.height <= outer.top + outer.height - margin + eps
  );
}
