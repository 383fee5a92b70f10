import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EmailTakenError, RegisterUserCommand } from '@pasar/identity';
import { Role } from '@pasar/shared';

export const DEMO_PASSWORD = 'pasar-demo-1';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@pasar.local', name: 'Pasar Admin', role: 'admin' },
  { email: 'buyer@pasar.local', name: 'Dewi Buyer', role: 'buyer' },
  { email: 'buyer2@pasar.local', name: 'Budi Buyer', role: 'buyer' },
  { email: 'seller@pasar.local', name: 'Sari Seller', role: 'seller' },
  { email: 'seller2@pasar.local', name: 'Agus Seller', role: 'seller' },
];

/** Demo data through the real commands. Idempotent: what already exists is left alone. */
@Injectable()
export class DemoSeeder {
  constructor(private readonly commands: CommandBus) {}

  async seed(): Promise<{ created: string[]; existing: string[] }> {
    const created: string[] = [];
    const existing: string[] = [];
    for (const user of DEMO_USERS) {
      const isNew = await this.ensureUser(user.email, DEMO_PASSWORD, user.name, user.role);
      (isNew ? created : existing).push(user.email);
    }
    return { created, existing };
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
