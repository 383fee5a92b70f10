import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_IMAGES } from '../domain/product/product.aggregate';
import { Present, Text } from '@pasar/shared';
import { MAX_ALT_LENGTH } from './image-upload';

export class UpdateImageDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_ALT_LENGTH })
  @IsOptional()
  @Text(MAX_ALT_LENGTH)
  alt?: string | null;

  @ApiPropertyOptional({ minimum: 0, description: 'New place in the order, from 0 (clamped)' })
  @Present()
  @IsInt()
  @Min(0)
  @Max(MAX_IMAGES)
  position?: number;
}
