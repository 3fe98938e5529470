import { Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { bumpVersion } from './items.repository';

/** The one way a committed change to items is announced in this process: the catalogue's version
 * moves on (search caches computed before it become stale) and every subscriber hears of it (the
 * in-memory search index, so the writer's next search already sees the change). Injected, so each
 * application (and each test app) has its own subscribers. */
@Injectable()
export class CatalogueChanges {
  private readonly listeners = new Set<() => void>();

  /** Returns the way to stop listening. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Call after the change has committed, never inside its transaction. */
  async committed(db: DataSource | EntityManager): Promise<void> {
    await bumpVersion(db);
    for (const listener of this.listeners) listener();
  }
}
