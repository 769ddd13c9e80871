import { describe, expect, it } from 'vitest';
import { funnelOf } from './funnel';

describe('funnelOf', () => {
  it('counts each stage cumulatively from the statuses', () => {
    const f = funnelOf({
      pending: 1,
      queued: 2,
      sending: 3,
      sent: 10,
      delivered: 20,
      bounced: 4,
      complained: 1,
      failed: 5,
      cancelled: 7,
      needs_attention: 2,
    });
    // Needing attention is neither sent nor failed, but it was queued.
    expect(f).toEqual({
      queued: 48,
      sent: 35,
      delivered: 21,
      bounced: 4,
      failed: 5,
      waiting: 6,
      complained: 1,
      cancelled: 7,
      needsAttention: 2,
    });
  });

  it('is all zeros for a batch with no notices yet', () => {
    expect(funnelOf({})).toEqual({
      queued: 0,
      sent: 0,
      delivered: 0,
      bounced: 0,
      failed: 0,
      waiting: 0,
      complained: 0,
      cancelled: 0,
      needsAttention: 0,
    });
  });
});
