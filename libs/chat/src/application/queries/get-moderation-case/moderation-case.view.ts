import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_KINDS,
  CASE_STATUSES,
  CaseEvidence,
  CaseKind,
  CaseStatus,
  REPORT_REASONS,
  ReportReason,
} from '../../../domain/moderation/moderation-case.aggregate';

export class EvidenceMessageView {
  @ApiProperty({ format: 'uuid' })
  messageId!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'uuid' })
  senderId!: string;

  @ApiProperty({ description: 'The original text when the case was opened' })
  text!: string;

  @ApiProperty()
  sentAt!: string;

  @ApiProperty({ type: [String], required: false, description: 'Contact sharing: what was masked' })
  kinds?: string[];
}

export class CaseEvidenceView {
  @ApiProperty({ type: [EvidenceMessageView] })
  messages!: EvidenceMessageView[];
}

export class ModerationCaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CASE_KINDS })
  kind!: CaseKind;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ format: 'uuid', description: 'The user whose behaviour the case is about' })
  subjectUserId!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reporterId!: string | null;

  @ApiProperty({ enum: REPORT_REASONS, nullable: true })
  reason!: ReportReason | null;

  @ApiProperty({ type: String, nullable: true })
  reporterNote!: string | null;

  @ApiProperty({ type: CaseEvidenceView })
  evidence!: CaseEvidence;

  @ApiProperty({ type: String, nullable: true })
  resolutionNote!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  resolvedAt!: string | null;

  @ApiProperty()
  createdAt!: string;
}

export interface ModerationCaseRow {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  subject_user_id: string;
  room_id: string;
  reporter_id: string | null;
  reason: ReportReason | null;
  reporter_note: string | null;
  evidence: CaseEvidence;
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  created_at: Date;
}

export const CASE_COLUMNS = `id, kind, status, subject_user_id, room_id, reporter_id, reason,
  reporter_note, evidence, resolution_note, resolved_by, resolved_at, created_at`;

export const toModerationCaseView = (row: ModerationCaseRow): ModerationCaseView => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  subjectUserId: row.subject_user_id,
  roomId: row.room_id,
  reporterId: row.reporter_id,
  reason: row.reason,
  reporterNote: row.reporter_note,
  evidence: row.evidence,
  resolutionNote: row.resolution_note,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
  createdAt: new Date(row.created_at).toISOString(),
});
