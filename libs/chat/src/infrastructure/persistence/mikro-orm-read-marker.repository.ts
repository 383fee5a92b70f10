import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReadMarker } from '../../domain/read-state/read-marker.entity';
import { ReadMarkerRepository } from '../../domain/read-state/read-marker.repository';

@Injectable()
export class MikroOrmReadMarkerRepository extends ReadMarkerRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findForUpdate(roomId: string, userId: string): Promise<ReadMarker | null> {
    return this.em.findOne(
      ReadMarker,
      { roomId, userId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(marker: ReadMarker): Promise<void> {
    await this.em.persist(marker).flush();
  }
}
