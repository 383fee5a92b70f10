import { DynamicModule, Module } from '@nestjs/common';
import { IdentityModule } from '@pasar/identity';
import { AppConfig, KernelModule } from '@pasar/shared';
import { DemoSeeder } from './demo-seeder';

/** A Nest context without HTTP, for the seed and admin commands. */
@Module({})
export class CliModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [KernelModule.forRoot(config), IdentityModule],
      providers: [DemoSeeder],
    };
  }
}
