import { ApiProperty } from '@nestjs/swagger';
import { MessageView } from '../get-room/message.view';

export class MessagePageView {
  @ApiProperty({ type: [MessageView], description: 'Newest first' })
  items!: MessageView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for the older page; null when there is none',
  })
  nextCursor!: string | null;
}
