import { describe, expect, it } from 'vitest';
import { fitsInside, letterGeometry, number10DoubleWindow } from './geometry';

describe('#10 double-window geometry', () => {
  const g = letterGeometry();

  it('keeps the recipient block 1/8 in inside its window after a 1/4 in shift either way', () => {
    for (const shift of [-0.25, 0, 0.25]) expect(fitsInside(g.recipientBlock, g.recipientWindow, 0.125, shift)).toBe(true);
    // Just past the tolerance it would not fit: the test can tell.
    expect(fitsInside(g.recipientBlock, g.recipientWindow, 0.125, 0.26)).toBe(false);
  });

  it('matches the published layout: block 0.5 in from the left, 2.042 in from the top', () => {
    expect(g.recipientBlock.left).toBeCloseTo(0.5, 3);
    expect(g.recipientBlock.top).toBeCloseTo(2.042, 3);
    expect(g.recipientBlock.width).toBeLessThanOrEqual(3.5);
    expect(g.recipientBlock.height).toBeLessThanOrEqual(0.875);
  });

  it('keeps the return block inside its window and the body below both windows', () => {
    for (const shift of [-0.25, 0, 0.25]) expect(fitsInside(g.returnBlock, g.returnWindow, 0.125, shift)).toBe(true);
    expect(g.bodyTop).toBeGreaterThan(g.recipientWindow.top + g.recipientWindow.height);
    expect(number10DoubleWindow.maxSheets).toBe(6);
  });
});
