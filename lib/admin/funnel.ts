// The notice funnel the dashboard and batch pages show, from notices' counts per status. Stages are
// cumulative, as a funnel reads: everything queued, of that what the provider accepted (sent), of that
// what was reported delivered; bounced and failed are the losses.
export const funnelStages = ['queued', 'sent', 'delivered', 'bounced', 'failed'] as const;
export type FunnelStage = (typeof funnelStages)[number];
export type Funnel = Record<FunnelStage, number> & {
  /** Still to go out: in the outbox, on a queue, or with the provider right now. */
  waiting: number;
  complained: number;
  cancelled: number;
  /** Refused as an idempotency conflict: perhaps sent, perhaps not, until a person checks. */
  needsAttention: number;
};

export const funnelStageLabels: Record<FunnelStage, string> = {
  queued: 'Queued',
  sent: 'Sent',
  delivered: 'Delivered',
  bounced: 'Bounced',
  failed: 'Failed',
};

export function funnelOf(byStatus: Readonly<Record<string, number>>): Funnel {
  const n = (status: string) => byStatus[status] ?? 0;
  const waiting = n('pending') + n('queued') + n('sending');
  // A complaint comes from a person who received the email: it counts as delivered (and is shown apart).
  const delivered = n('delivered') + n('complained');
  const sent = n('sent') + delivered + n('bounced');
  return {
    queued: waiting + sent + n('failed') + n('needs_attention'),
    sent,
    delivered,
    bounced: n('bounced'),
    failed: n('failed'),
    waiting,
    complained: n('complained'),
    cancelled: n('cancelled'),
    needsAttention: n('needs_attention'),
  };
}
