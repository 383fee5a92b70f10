import { CommandBus } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { Job, UnrecoverableError } from 'bullmq';
import { CloseIdleRoomsCommand } from '../../application/commands/close-idle-rooms/close-idle-rooms.command';
import { PurgeClosedRoomsCommand } from '../../application/commands/purge-closed-rooms/purge-closed-rooms.command';
import { ChatRetentionProcessor } from './chat-retention.processor';

describe('ChatRetentionProcessor', () => {
  const setup = () => {
    const commands = {
      execute: jest.fn(async (command: object) =>
        command instanceof CloseIdleRoomsCommand ? 3 : 5,
      ),
    };
    const orm = { em: { fork: jest.fn(), getContext: jest.fn() } } as unknown as MikroORM;
    const processor = new ChatRetentionProcessor(orm, commands as unknown as CommandBus);
    const job = (name: string) => ({ name, data: {} }) as unknown as Job;
    return { processor, commands, job };
  };

  it('closes idle rooms, then purges expired ones, at the same moment', async () => {
    const { processor, commands, job } = setup();
    await expect(processor.process(job('sweep'))).resolves.toEqual({ closed: 3, purged: 5 });
    const [[close], [purge]] = commands.execute.mock.calls as [object][];
    expect(close).toBeInstanceOf(CloseIdleRoomsCommand);
    expect(purge).toBeInstanceOf(PurgeClosedRoomsCommand);
    expect((purge as PurgeClosedRoomsCommand).now).toEqual((close as CloseIdleRoomsCommand).now);
  });

  it('refuses unknown job names for good', async () => {
    const { processor, commands, job } = setup();
    await expect(processor.process(job('expire'))).rejects.toThrow(UnrecoverableError);
    expect(commands.execute).not.toHaveBeenCalled();
  });
});
