import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '@pasar/shared';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** `GET /notifications?unread=&limit=&offset=` */
export class ListNotificationsRequest extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread: boolean = false;
}
