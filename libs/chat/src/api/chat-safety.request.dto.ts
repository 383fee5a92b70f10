import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery, Text } from '@pasar/shared';
import { CONTACT_KINDS, ContactKind } from '../domain/contact-filter/contact-detector';
import {
  CASE_KINDS,
  CASE_STATUSES,
  CaseKind,
  CaseStatus,
  MAX_NOTE_LENGTH,
  REPORT_REASONS,
  ReportReason,
} from '../domain/moderation/moderation-case.aggregate';

export class ReportRoomDto {
  @ApiProperty({ enum: REPORT_REASONS })
  @IsIn(REPORT_REASONS)
  reason!: ReportReason;

  @ApiPropertyOptional({ maxLength: MAX_NOTE_LENGTH, description: 'What happened, in a few words' })
  @IsOptional()
  @Text(MAX_NOTE_LENGTH)
  note?: string;
}

export class ContactFilterDto {
  @ApiProperty({ enum: CONTACT_KINDS, isArray: true, description: 'The kinds to mask' })
  @IsArray()
  @ArrayUnique()
  @IsIn(CONTACT_KINDS, { each: true })
  kinds!: ContactKind[];

  @ApiProperty({
    type: [String],
    example: ['pasar.id', 'help.pasar.id'],
    description: "Hosts whose links and emails are allowed (with subdomains), besides Pasar's own",
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  allowedHosts!: string[];

  @ApiProperty({ minimum: 1, maximum: 1000, example: 3 })
  @IsInt()
  @Min(1)
  @Max(1000)
  offenderThreshold!: number;

  @ApiProperty({ minimum: 1, maximum: 43_200, example: 1440 })
  @IsInt()
  @Min(1)
  @Max(43_200)
  offenderWindowMinutes!: number;
}

export class ModerationCasesQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;
}

export class ResolveCaseDto {
  @ApiProperty({ maxLength: MAX_NOTE_LENGTH, example: 'Warned the seller' })
  @Text(MAX_NOTE_LENGTH)
  note!: string;
}
