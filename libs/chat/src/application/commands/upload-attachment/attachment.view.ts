import { ApiProperty } from '@nestjs/swagger';

export class AttachmentView {
  @ApiProperty({ format: 'uuid', description: 'Send it as `attachmentId` with type image' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ description: 'Where the stripped image is served' })
  url!: string;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'] })
  contentType!: string;

  @ApiProperty({ description: 'Bytes after the metadata was stripped' })
  size!: number;

  @ApiProperty()
  createdAt!: string;
}
