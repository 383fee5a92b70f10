import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Text } from '@pasar/shared';

export class FailSimulatedPaymentDto {
  @ApiPropertyOptional({
    maxLength: 500,
    default: 'Your card was declined.',
    description: 'The decline message the provider reports',
  })
  @IsOptional()
  @Text(500)
  reason?: string;
}
