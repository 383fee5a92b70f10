import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_KINDS, ContactKind } from '../../../domain/contact-filter/contact-detector';
import { ContactFilterSettings } from '../../../domain/contact-filter/contact-filter-settings.entity';

export class ContactFilterView {
  @ApiProperty({ enum: CONTACT_KINDS, isArray: true, description: 'Kinds that are masked' })
  kinds!: ContactKind[];

  @ApiProperty({
    type: [String],
    description:
      "Hosts (and their subdomains) whose links and emails are allowed, besides Pasar's own",
  })
  allowedHosts!: string[];

  @ApiProperty({
    type: [String],
    description: "Pasar's own hosts (from PUBLIC_URL), always allowed",
  })
  ownHosts!: string[];

  @ApiProperty({ description: 'Masked messages within the window that open a moderation case' })
  offenderThreshold!: number;

  @ApiProperty()
  offenderWindowMinutes!: number;

  @ApiProperty({ description: 'Bumped by every change; 0 until an admin first saves' })
  version!: number;

  @ApiProperty({ type: String, nullable: true })
  updatedAt!: string | null;
}

export const toContactFilterView = (
  settings: ContactFilterSettings,
  ownHosts: string[],
): ContactFilterView => ({
  kinds: settings.kinds,
  allowedHosts: settings.allowedHosts,
  ownHosts,
  offenderThreshold: settings.offenderThreshold,
  offenderWindowMinutes: settings.offenderWindowMinutes,
  version: settings.version,
  updatedAt: settings.updatedAt?.toISOString() ?? null,
});
