import { ApiProperty } from '@nestjs/swagger';
import { MessageView } from '../get-room/message.view';

export class MessagesSinceView {
  @ApiProperty({ type: [MessageView], description: 'Oldest first, consecutive numbers' })
  items!: MessageView[];

  @ApiProperty({ description: 'More follow: ask again after the last item’s seq' })
  hasMore!: boolean;
}
