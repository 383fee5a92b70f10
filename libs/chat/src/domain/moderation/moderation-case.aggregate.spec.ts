import { randomUUID } from 'node:crypto';
import { EvidenceMessage, ModerationCase } from './moderation-case.aggregate';

const message = (text: string): EvidenceMessage => ({
  messageId: randomUUID(),
  roomId: randomUUID(),
  senderId: randomUUID(),
  text,
  sentAt: new Date().toISOString(),
});

const report = (note: string | null = null, reason = 'scam' as const) =>
  ModerationCase.report({
    roomId: randomUUID(),
    reporterId: randomUUID(),
    subjectUserId: randomUUID(),
    reason,
    note,
    messages: [message('hi')],
    now: new Date(),
  });

describe('ModerationCase', () => {
  it('opens a report with a trimmed note and the messages as evidence', () => {
    const opened = report('  asked for a transfer  ');
    expect(opened).toMatchObject({
      kind: 'report',
      status: 'open',
      reason: 'scam',
      reporterNote: 'asked for a transfer',
      evidence: { messages: [expect.objectContaining({ text: 'hi' })] },
    });
    expect(report('   ').reporterNote).toBeNull();
  });

  it('refuses an unknown reason and an oversized note', () => {
    expect(() => report(null, 'rude' as never)).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_NOTE', details: { field: 'reason' } }),
    );
    expect(() => report('x'.repeat(1001))).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_NOTE', details: { field: 'note' } }),
    );
  });

  it('opens a contact-sharing case about the latest room of the masked messages', () => {
    const messages = [message('a'), message('b')];
    const opened = ModerationCase.contactSharing({
      subjectUserId: messages[0].senderId,
      messages,
      now: new Date(),
    });
    expect(opened).toMatchObject({ kind: 'contact_sharing', roomId: messages[1].roomId });
    expect(opened.reporterId).toBeNull();
  });

  it('is resolved once, with a note', () => {
    const opened = report();
    const adminId = randomUUID();
    expect(() => opened.resolve('  ', adminId, new Date())).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_NOTE' }),
    );
    opened.resolve(' warned ', adminId, new Date());
    expect(opened).toMatchObject({
      status: 'resolved',
      resolutionNote: 'warned',
      resolvedBy: adminId,
    });
    expect(() => opened.resolve('again', adminId, new Date())).toThrow(
      expect.objectContaining({ code: 'CHAT.CASE_ALREADY_RESOLVED' }),
    );
  });
});
