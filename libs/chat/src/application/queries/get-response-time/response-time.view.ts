import { ApiProperty } from '@nestjs/swagger';

/** How quickly a shop answers new buyer conversations (the shop page shows it). */
export class ResponseTimeView {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ example: 30, description: 'Conversations started in this many days count' })
  windowDays!: number;

  @ApiProperty({
    description:
      'Buyer-started conversations counted: answered, or unanswered for over 24 hours of measured time',
  })
  conversations!: number;

  @ApiProperty({ description: 'Of those, answered by the seller within 24 hours of measured time' })
  answeredWithin24h!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.9,
    description: 'answeredWithin24h / conversations (0..1); null without conversations',
  })
  responseRate!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1800,
    description: 'Median measured seconds to the first answer, over answered conversations',
  })
  medianResponseSeconds!: number | null;
}
