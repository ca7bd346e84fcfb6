import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, AppError, Rol } from '@matchpunt/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { newSecret, sha256 } from './tokens';
import { User } from './user.entity';

interface AccessClaims {
  sub: string;
  tid: string;
  rol: Rol;
  wg: string | null;
}

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

/** Short-lived JWT access tokens and rotating, revocable refresh tokens (stored hashed, per family). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async issue(manager: EntityManager, user: User, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const claims: AccessClaims = { sub: user.id, tid: user.tenantId, rol: user.rol, wg: user.werkgeverId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    const refresh = newSecret();
    await manager.query(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [user.id, familyId, refresh.hash, this.config.REFRESH_TOKEN_TTL_SECONDS],
    );
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, refreshToken: refresh.token };
  }

  async verifyAccess(token: string): Promise<Actor> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      return { userId: claims.sub, tenantId: claims.tid, rol: claims.rol, werkgeverId: claims.wg };
    } catch (err) {
      const expired = (err as Error).name === 'TokenExpiredError';
      throw AppError.unauthenticated(expired ? 'Uw sessie is verlopen; vernieuw het token of log opnieuw in.' : 'Ongeldig toegangstoken.');
    }
  }

  /**
   * Rotation: a refresh token works once. Presenting a token that was already used revokes its whole
   * family, because only a thief or a replay would do that.
   */
  async rotate(refreshToken: string): Promise<{ userId: string; familyId: string }> {
    const rotated = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT id, user_id, family_id, revoked_at, expires_at < now() AS expired FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken)],
      );
      if (!row) throw AppError.unauthenticated('Ongeldig verversingstoken; log opnieuw in.');
      if (row.revoked_at) {
        await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [row.family_id]);
        return 'reused' as const;
      }
      if (row.expired) throw AppError.unauthenticated('Uw sessie is verlopen; log opnieuw in.');
      await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE id = $1`, [row.id]);
      return { userId: row.user_id as string, familyId: row.family_id as string };
    });
    if (rotated === 'reused') throw AppError.unauthenticated('Dit verversingstoken is al gebruikt; log opnieuw in.');
    return rotated;
  }

  async revokeFamilyOf(refreshToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = now()
       WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)`,
      [sha256(refreshToken)],
    );
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
