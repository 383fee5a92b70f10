import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SavedReplyRenderer } from '../../services/saved-reply-renderer';
import { PreviewSavedReplyQuery } from './preview-saved-reply.query';
import { RenderedReplyView } from './rendered-reply.view';

@QueryHandler(PreviewSavedReplyQuery)
export class PreviewSavedReplyHandler implements IQueryHandler<PreviewSavedReplyQuery> {
  constructor(private readonly renderer: SavedReplyRenderer) {}

  async execute({ actor, roomId, replyId }: PreviewSavedReplyQuery): Promise<RenderedReplyView> {
    const { text } = await this.renderer.render(actor, roomId, replyId);
    return { roomId, replyId, text };
  }
}
