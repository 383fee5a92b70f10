import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `?from=&to=`: UTC days (YYYY-MM-DD), both included, on the day orders were placed. */
export class AnalyticsRangeRequestDto {
  @ApiProperty({ example: '2026-01-01' })
  @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-01-31' })
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;
}
