import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { WEEKDAYS, Weekday } from '../domain/seller-tools/business-hours';
import { TEMPLATE_VARIABLES } from '../domain/seller-tools/reply-template';
import { MAX_TITLE_LENGTH } from '../domain/seller-tools/saved-reply.aggregate';

const BODY_DESCRIPTION =
  `Up to the longest message allowed; may use ${TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(', ')}` +
  ' ({order_number} only in rooms about an order)';

export class CreateSavedReplyDto {
  @ApiProperty({ maxLength: MAX_TITLE_LENGTH, description: 'Unique among the shop’s replies' })
  @IsString()
  @Length(1, MAX_TITLE_LENGTH)
  title!: string;

  @ApiProperty({
    example: 'Hi {buyer_name}, your order {order_number} ships today.',
    description: BODY_DESCRIPTION,
  })
  @IsString()
  body!: string;
}

export class UpdateSavedReplyDto {
  @ApiPropertyOptional({ maxLength: MAX_TITLE_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, MAX_TITLE_LENGTH)
  title?: string;

  @ApiPropertyOptional({ description: BODY_DESCRIPTION })
  @IsOptional()
  @IsString()
  body?: string;
}

export class SendSavedReplyDto {
  @ApiProperty({ description: "The sender's own id for the message (dedupe key)", maxLength: 100 })
  @IsString()
  @Length(1, 100)
  clientMessageId!: string;
}

export class OpeningIntervalDto {
  @ApiProperty({ enum: WEEKDAYS })
  @IsIn(WEEKDAYS)
  day!: Weekday;

  @ApiProperty({ example: '09:00', description: 'Local time HH:mm' })
  @IsString()
  open!: string;

  @ApiProperty({ example: '17:00', description: 'Local time HH:mm, after open; 24:00 allowed' })
  @IsString()
  close!: string;
}

export class BusinessHoursDto {
  @ApiProperty({ example: 'Asia/Jakarta', description: 'IANA time zone' })
  @IsString()
  timeZone!: string;

  @ApiProperty({ type: [OpeningIntervalDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OpeningIntervalDto)
  days!: OpeningIntervalDto[];
}

export class ChatSettingsDto {
  @ApiProperty({ description: 'Away mode: every buyer message gets the away message' })
  @IsBoolean()
  away!: boolean;

  @ApiPropertyOptional({ description: 'Left out: unchanged (a default at first)' })
  @IsOptional()
  @IsString()
  awayMessage?: string;

  @ApiPropertyOptional({
    type: BusinessHoursDto,
    nullable: true,
    description: 'Weekly hours; null or left out: no schedule (open whenever not away)',
  })
  @ValidateIf(
    (dto: ChatSettingsDto) => dto.businessHours !== null && dto.businessHours !== undefined,
  )
  @ValidateNested()
  @Type(() => BusinessHoursDto)
  businessHours?: BusinessHoursDto | null;

  @ApiPropertyOptional({ description: 'Left out: unchanged (a default at first)' })
  @IsOptional()
  @IsString()
  outsideHoursMessage?: string;
}
