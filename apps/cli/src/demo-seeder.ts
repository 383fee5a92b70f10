import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EmailTakenError, RegisterUserCommand } from '@pasar/identity';
import { Role } from '@pasar/shared';
import { CatalogSeeder, SeedCounts } from './seed/catalog-seeder';
import { SeedSize, seedPlan } from './seed/seed-plan';

export const DEMO_PASSWORD = 'pasar-demo-1';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@pasar.local', name: 'Pasar Admin', role: 'admin' },
  { email: 'buyer@pasar.local', name: 'Dewi Buyer', role: 'buyer' },
  { email: 'buyer2@pasar.local', name: 'Budi Buyer', role: 'buyer' },
  { email: 'seller@pasar.local', name: 'Sari Seller', role: 'seller' },
  { email: 'seller2@pasar.local', name: 'Agus Seller', role: 'seller' },
  { email: 'seller3@pasar.local', name: 'Wulan Seller', role: 'seller' },
];

export interface SeedSummary {
  users: { created: number; existing: number };
  catalog: SeedCounts;
}

/** Demo data through the real commands. Idempotent: what already exists is left alone. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly commands: CommandBus,
    private readonly catalog: CatalogSeeder,
  ) {}

  /** The demo users, then the catalog of the given size: sellers' shops, products, offers, stock. */
  async seed(size: SeedSize): Promise<SeedSummary> {
    const users = { created: 0, existing: 0 };
    for (const user of DEMO_USERS) {
      const isNew = await this.ensureUser(user.email, DEMO_PASSWORD, user.name, user.role);
      users[isNew ? 'created' : 'existing']++;
    }
    return { users, catalog: await this.catalog.seed(seedPlan(size)) };
  }

  /** Registers the account unless the email is taken; returns whether it was created. */
  async ensureUser(email: string, password: string, name: string, role: Role): Promise<boolean> {
    try {
      await this.commands.execute(new RegisterUserCommand(email, password, name, role));
      return true;
    } catch (error) {
      if (error instanceof EmailTakenError) return false;
      throw error;
    }
  }
}
