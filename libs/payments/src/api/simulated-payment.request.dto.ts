import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Text } from '@pasar/shared';
import {
  TEST_CARD_BRANDS,
  TestCardBrand,
} from '../application/commands/simulate-payment/payment-simulator';

/** A test card: its brand and last four digits (a provider never reports more of a card). */
export class TestCardDto {
  @ApiProperty({ enum: TEST_CARD_BRANDS, example: 'visa' })
  @IsIn(TEST_CARD_BRANDS, { message: `card.brand must be one of ${TEST_CARD_BRANDS.join(', ')}` })
  brand!: TestCardBrand;

  @ApiProperty({ example: '4242', pattern: '^[0-9]{4}$' })
  @Matches(/^[0-9]{4}$/, { message: 'card.last4 must be exactly four digits' })
  last4!: string;
}

export class SucceedSimulatedPaymentDto {
  @ApiPropertyOptional({
    type: TestCardDto,
    description: 'The card paid with; its brand and last 4 digits appear on the payment',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TestCardDto)
  card?: TestCardDto;
}

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
