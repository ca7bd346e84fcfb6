import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Actor, AppConfig, AppError, JobOutbox, Rol, STAFF_ROLLEN } from '@matchpunt/common';
import { MailService } from '@matchpunt/mail';
import { Medewerker, WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, In, Repository } from 'typeorm';
import { GebruikerInput } from './dto/auth.types';
import { hashPassword, verifyPassword } from './password';
import { LoginRateLimiter } from './login-rate-limiter';
import { resetMail, welkomMail } from './auth.mails';
import { IssuedTokens, TokenService } from './token.service';
import { newSecret, sha256 } from './tokens';
import { User } from './user.entity';

/** After this many wrong passwords in a row an account is locked until its password is reset. */
export const LOCK_AFTER_FAILED_LOGINS = 10;
const RESET_TOKEN_HOURS = 2;
const WELCOME_TOKEN_HOURS = 72;
const WRONG_LOGIN = 'E-mailadres of wachtwoord is onjuist.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
    private readonly config: AppConfig,
    private readonly werkgevers: WerkgeverService,
  ) {}

  /** E-mail addresses are unique case-insensitively (index on lower(email)). */
  private byEmail(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  /** Unknown, locked and wrong-password logins get the same answer, in the same time. */
  async login(email: string, wachtwoord: string, ip: string): Promise<IssuedTokens & { gebruiker: User }> {
    await this.limiter.consume(email, ip);
    const user = await this.byEmail(email);
    const ok = await verifyPassword(user && !user.lockedAt ? user.passwordHash : null, wachtwoord);
    if (!user || !ok) {
      if (user && !user.lockedAt) {
        await this.dataSource.query(
          `UPDATE app_user SET failed_logins = failed_logins + 1,
             locked_at = CASE WHEN failed_logins + 1 >= $2 THEN now() ELSE NULL END WHERE id = $1`,
          [user.id, LOCK_AFTER_FAILED_LOGINS],
        );
      }
      throw AppError.unauthenticated(WRONG_LOGIN);
    }
    await this.limiter.reset(email);
    const issued = await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE app_user SET failed_logins = 0 WHERE id = $1`, [user.id]);
      return this.tokens.issue(manager, user);
    });
    return { ...issued, gebruiker: user };
  }

  async refresh(refreshToken: string): Promise<IssuedTokens & { gebruiker: User }> {
    const { userId, familyId } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findOneBy({ id: userId });
    if (!user || user.lockedAt) throw AppError.unauthenticated();
    const issued = await this.dataSource.transaction((manager) => this.tokens.issue(manager, user, familyId));
    return { ...issued, gebruiker: user };
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revokeFamilyOf(refreshToken);
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.users.findOneBy({ id: actor.userId, tenantId: actor.tenantId });
    if (!user) throw AppError.unauthenticated();
    return user;
  }

  /** The staff of the caller's tenant (one role, or all staff roles), by name; never employer users. */
  async medewerkers(actor: Actor, rol?: Rol | null): Promise<Medewerker[]> {
    if (rol === Rol.WERKGEVER) throw AppError.badInput('Kies de rol van een medewerker, niet WERKGEVER.', 'rol');
    return this.users.find({
      select: { id: true, naam: true, email: true },
      where: { tenantId: actor.tenantId, rol: rol ? rol : In([...STAFF_ROLLEN]) },
      order: { naam: 'ASC', id: 'ASC' },
    });
  }

  /** Always answers the same, whether the address is known or not. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.byEmail(email);
    if (!user) return;
    await this.dataSource.transaction(async (manager) => {
      const secret = newSecret();
      const [row] = await manager.query(
        `INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING id`,
        [user.id, secret.hash, RESET_TOKEN_HOURS],
      );
      await this.mail.queue(manager, resetMail(user, `${this.config.PUBLIC_URL}/wachtwoord?token=${secret.token}`, row.id, RESET_TOKEN_HOURS));
    });
    this.outbox.flushSoon();
  }

  async resetPassword(token: string, wachtwoord: string): Promise<void> {
    const passwordHash = await hashPassword(wachtwoord);
    await this.dataSource.transaction(async (manager) => {
      // TypeORM answers UPDATE … RETURNING with [rows, affected].
      const [[reset]] = await manager.query(
        `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [sha256(token)],
      );
      if (!reset) throw AppError.badInput('Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.', 'token');
      await manager.query(`UPDATE app_user SET password_hash = $2, locked_at = NULL, failed_logins = 0 WHERE id = $1`, [
        reset.user_id,
        passwordHash,
      ]);
      await this.tokens.revokeAllOf(manager, reset.user_id);
    });
  }

  /** ADMIN creates a user; the user gets a welcome mail with a link to choose a password. */
  async createUser(actor: Actor, input: GebruikerInput): Promise<User> {
    if ((input.rol === Rol.WERKGEVER) !== Boolean(input.werkgeverId)) {
      throw AppError.badInput('Een gebruiker met rol WERKGEVER hoort bij precies één werkgever; andere rollen bij geen.', 'werkgeverId');
    }
    const user = await this.dataSource.transaction(async (manager) => {
      if (input.werkgeverId) await this.werkgevers.assertExists(actor, input.werkgeverId, manager);
      const [exists] = await manager.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [input.email]);
      if (exists) throw AppError.conflict(`Er bestaat al een gebruiker met e-mailadres ${input.email}.`, 'email');
      const created = await manager.save(
        manager.create(User, {
          tenantId: actor.tenantId,
          email: input.email,
          naam: input.naam,
          rol: input.rol,
          werkgeverId: input.werkgeverId ?? null,
          // Unusable until the user sets a password through the welcome link.
          passwordHash: `!${newSecret().hash}`,
          failedLogins: 0,
        }),
      );
      const secret = newSecret();
      await manager.query(
        `INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
        [created.id, secret.hash, WELCOME_TOKEN_HOURS],
      );
      await this.mail.queue(manager, welkomMail(created, `${this.config.PUBLIC_URL}/wachtwoord?token=${secret.token}`));
      return created;
    });
    this.outbox.flushSoon();
    return user;
  }
}
