import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** An image uploaded to a room, for its participants and admins; anyone else gets a 404. */
export class GetAttachmentQuery extends Query<{ contentType: string; bytes: Buffer }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly attachmentId: string,
  ) {
    super();
  }
}
