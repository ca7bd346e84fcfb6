import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public, Queue } from '@matchpunt/common';
import { Queue as BullQueue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(Queue.MAIL) private readonly queue: BullQueue,
  ) {}

  /** Liveness: the process answers. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis answer. */
  @Get('ready')
  async ready() {
    const [postgres, redis] = await Promise.all([
      this.dataSource.query('SELECT 1').then(() => 'ok', () => 'down'),
      this.queue.client.then((client) => (client as unknown as Redis).ping()).then(() => 'ok', () => 'down'),
    ]);
    const body = { status: postgres === 'ok' && redis === 'ok' ? 'ok' : 'down', postgres, redis };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
