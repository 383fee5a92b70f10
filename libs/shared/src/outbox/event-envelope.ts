/** What a consumer receives for one relayed event (the `domain-events` job data). */
export interface EventEnvelope<P = Record<string, unknown>> {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: string;
  payload: P;
}

export const DOMAIN_EVENTS_QUEUE = 'domain-events';
