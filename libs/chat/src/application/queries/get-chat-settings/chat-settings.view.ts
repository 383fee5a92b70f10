import { ApiProperty } from '@nestjs/swagger';
import { WEEKDAYS } from '../../../domain/seller-tools/business-hours';
import { ShopChatSettings } from '../../../domain/seller-tools/shop-chat-settings.aggregate';

export class OpeningIntervalView {
  @ApiProperty({ enum: WEEKDAYS })
  day!: string;

  @ApiProperty({ example: '09:00' })
  open!: string;

  @ApiProperty({ example: '17:00', description: 'Exclusive; 24:00 for the end of the day' })
  close!: string;
}

export class BusinessHoursView {
  @ApiProperty({ example: 'Asia/Jakarta', description: 'IANA time zone of the hours' })
  timeZone!: string;

  @ApiProperty({ type: [OpeningIntervalView] })
  days!: OpeningIntervalView[];
}

export class ChatSettingsView {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty()
  away!: boolean;

  @ApiProperty()
  awayMessage!: string;

  @ApiProperty({
    type: BusinessHoursView,
    nullable: true,
    description: 'Null: no schedule (open whenever not away)',
  })
  businessHours!: BusinessHoursView | null;

  @ApiProperty()
  outsideHoursMessage!: string;

  @ApiProperty({ description: 'Whether a buyer writing now gets the automatic reply' })
  autoReplyingNow!: boolean;
}

export const toChatSettingsView = (settings: ShopChatSettings, now: Date): ChatSettingsView => ({
  shopId: settings.shopId,
  away: settings.away,
  awayMessage: settings.awayMessage,
  businessHours: settings.businessHours,
  outsideHoursMessage: settings.outsideHoursMessage,
  autoReplyingNow: settings.automaticReplyAt(now) !== null,
});
