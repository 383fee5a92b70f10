import { ApiProperty } from '@nestjs/swagger';

export class MoneyView {
  @ApiProperty({ description: 'Integer minor units', example: 1999 })
  amount!: number;

  @ApiProperty({ example: 'IDR' })
  currency!: string;
}
