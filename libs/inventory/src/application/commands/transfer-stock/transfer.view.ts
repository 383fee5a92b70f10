import { ApiProperty } from '@nestjs/swagger';
import { VariantStockView } from '../../queries/get-variant-stock/variant-stock.view';

export class TransferView {
  @ApiProperty({ format: 'uuid', description: 'The reference of both ledger rows' })
  transferId!: string;

  @ApiProperty({ type: VariantStockView, description: 'The variant’s stock after the transfer' })
  stock!: VariantStockView;
}
