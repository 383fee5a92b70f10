import { ReadMarker } from './read-marker.entity';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ReadMarkerRepository {
  /** The participant's marker in the room, locked until the transaction ends. */
  abstract findForUpdate(roomId: string, userId: string): Promise<ReadMarker | null>;
  abstract save(marker: ReadMarker): Promise<void>;
}
