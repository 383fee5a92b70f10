import { ApiProperty } from '@nestjs/swagger';

export class RenderedReplyView {
  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'uuid' })
  replyId!: string;

  @ApiProperty({ description: 'The text with its variables filled in for the room' })
  text!: string;
}
