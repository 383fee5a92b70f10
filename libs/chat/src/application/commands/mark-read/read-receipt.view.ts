import { ApiProperty } from '@nestjs/swagger';

export class ReadReceiptView {
  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ description: 'The seq the user has read up to (their read cursor)' })
  lastReadSeq!: number;

  @ApiProperty({ description: 'When the cursor last moved' })
  readAt!: string;
}
