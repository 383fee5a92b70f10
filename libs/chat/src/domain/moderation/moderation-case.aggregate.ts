import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { ContactKind } from '../contact-filter/contact-detector';
import { CaseAlreadyResolvedError, InvalidModerationNoteError } from './moderation.errors';

export const CASE_KINDS = ['contact_sharing', 'report'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_STATUSES = ['open', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const REPORT_REASONS = ['spam', 'scam', 'off_platform', 'abusive', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const MAX_NOTE_LENGTH = 1000;

/** A message as it stood when the case was opened (later edits or erasure do not change it). */
export interface EvidenceMessage {
  messageId: string;
  roomId: string;
  senderId: string;
  text: string;
  sentAt: string;
  /** For contact sharing: what was masked in it. */
  kinds?: ContactKind[];
}

export interface CaseEvidence {
  messages: EvidenceMessage[];
}

/**
 * An item in the admins' moderation queue: a user who kept sharing contact details, or a room a
 * participant reported. At most one open contact-sharing case per user (a partial unique index).
 */
@Entity({ schema: 'chat', tableName: 'moderation_cases' })
@Index({
  name: 'moderation_cases_status_created_at_index',
  expression:
    'create index "moderation_cases_status_created_at_index" on "chat"."moderation_cases" ("status", "created_at" desc)',
})
@Index({
  name: 'moderation_cases_open_contact_sharing_unique',
  expression:
    'create unique index "moderation_cases_open_contact_sharing_unique" on "chat"."moderation_cases" ("subject_user_id") where "kind" = \'contact_sharing\' and "status" = \'open\'',
})
export class ModerationCase extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = randomUUID();

  @Enum({ items: () => CASE_KINDS })
  readonly kind: CaseKind;

  /** Whose behaviour the case is about. */
  @Property({ type: 'uuid' })
  readonly subjectUserId: string;

  @Property({ type: 'uuid' })
  readonly roomId: string;

  @Property({ type: 'uuid', nullable: true })
  readonly reporterId: string | null;

  @Enum({ items: () => REPORT_REASONS, nullable: true })
  readonly reason: ReportReason | null;

  @Property({ type: 'text', nullable: true })
  readonly reporterNote: string | null;

  @Property({ type: 'json' })
  readonly evidence: CaseEvidence;

  @Enum({ items: () => CASE_STATUSES, fieldName: 'status' })
  private _status: CaseStatus = 'open';

  @Property({ type: 'text', nullable: true, fieldName: 'resolution_note' })
  private _resolutionNote: string | null = null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'resolved_by' })
  private _resolvedBy: string | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'resolved_at',
  })
  private _resolvedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  private constructor(props: {
    kind: CaseKind;
    subjectUserId: string;
    roomId: string;
    reporterId?: string;
    reason?: ReportReason;
    reporterNote?: string | null;
    evidence: CaseEvidence;
    now: Date;
  }) {
    super();
    this.kind = props.kind;
    this.subjectUserId = props.subjectUserId;
    this.roomId = props.roomId;
    this.reporterId = props.reporterId ?? null;
    this.reason = props.reason ?? null;
    this.reporterNote = props.reporterNote ?? null;
    this.evidence = props.evidence;
    this.createdAt = props.now;
  }

  /** A sender reached the repeat-offender threshold: the case carries the masked messages. */
  static contactSharing(props: {
    subjectUserId: string;
    messages: EvidenceMessage[];
    now: Date;
  }): ModerationCase {
    const latest = props.messages[props.messages.length - 1];
    return new ModerationCase({
      kind: 'contact_sharing',
      subjectUserId: props.subjectUserId,
      roomId: latest.roomId,
      evidence: { messages: props.messages },
      now: props.now,
    });
  }

  /** A participant reports the room's other participant, with the room's latest messages. */
  static report(props: {
    roomId: string;
    reporterId: string;
    subjectUserId: string;
    reason: ReportReason;
    note: string | null;
    messages: EvidenceMessage[];
    now: Date;
  }): ModerationCase {
    if (!REPORT_REASONS.includes(props.reason)) {
      throw new InvalidModerationNoteError('reason', `must be one of ${REPORT_REASONS.join(', ')}`);
    }
    return new ModerationCase({
      kind: 'report',
      subjectUserId: props.subjectUserId,
      roomId: props.roomId,
      reporterId: props.reporterId,
      reason: props.reason,
      reporterNote: checkedNote('note', props.note),
      evidence: { messages: props.messages },
      now: props.now,
    });
  }

  /** An admin closes the case with a note saying what was done. */
  resolve(note: string, adminId: string, now: Date): void {
    if (this._status === 'resolved') throw new CaseAlreadyResolvedError(this.id);
    const text = checkedNote('note', note);
    if (!text) throw new InvalidModerationNoteError('note', 'must not be empty');
    this._status = 'resolved';
    this._resolutionNote = text;
    this._resolvedBy = adminId;
    this._resolvedAt = now;
  }

  get status(): CaseStatus {
    return this._status;
  }

  get resolutionNote(): string | null {
    return this._resolutionNote;
  }

  get resolvedBy(): string | null {
    return this._resolvedBy;
  }

  get resolvedAt(): Date | null {
    return this._resolvedAt;
  }
}

function checkedNote(field: string, note: string | null): string | null {
  const text = note?.trim() ?? '';
  if (text.length > MAX_NOTE_LENGTH) {
    throw new InvalidModerationNoteError(field, `must be at most ${MAX_NOTE_LENGTH} characters`);
  }
  return text.length === 0 ? null : text;
}
