import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, AppError, redisConnection } from '@matchpunt/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Login attempts per e-mail address and per IP, counted in Redis so every API replica shares them. */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = new Redis({ ...redisConnection(config.REDIS_URL), enableOfflineQueue: true });
    const keyPrefix = `${config.QUEUE_PREFIX}:login`;
    this.perAccount = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${keyPrefix}:account`, points: config.LOGIN_ATTEMPTS_PER_15_MIN, duration: 900 });
    this.perIp = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${keyPrefix}:ip`, points: config.LOGIN_ATTEMPTS_PER_15_MIN * 5, duration: 900 });
  }

  async consume(email: string, ip: string): Promise<void> {
    try {
      await Promise.all([this.perAccount.consume(email.toLowerCase()), this.perIp.consume(ip)]);
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const minutes = Math.ceil(err.msBeforeNext / 60000);
        throw new AppError('TOO_MANY_REQUESTS', `Te veel inlogpogingen. Probeer het over ${minutes} minuten opnieuw.`);
      }
      throw err;
    }
  }

  async reset(email: string): Promise<void> {
    await this.perAccount.delete(email.toLowerCase());
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit();
  }
}
