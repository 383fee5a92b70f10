import { ApiProperty } from '@nestjs/swagger';

export class ReadReceiptView {
  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ format: 'uuid', description: 'The newest message the user has read' })
  messageId!: string;

  @ApiProperty()
  readAt!: string;
}
