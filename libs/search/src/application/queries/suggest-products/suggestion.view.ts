import { ApiProperty } from '@nestjs/swagger';

export class SuggestionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'batik-cotton-tee' })
  slug!: string;

  @ApiProperty({ example: 'Batik Cotton Tee' })
  name!: string;
}
