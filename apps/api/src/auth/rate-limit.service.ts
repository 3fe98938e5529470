import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** Failed sign-ins per account and per IP address, counted in the database so that every API
 * replica sees the same count. */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const window = `${this.config.loginWindowMinutes} minutes`;
    const [row] = await this.db.query(
      `SELECT
         count(*) FILTER (WHERE email = $1) AS by_email,
         count(*) FILTER (WHERE ip = $2) AS by_ip
       FROM login_attempts
       WHERE NOT succeeded AND created_at > now() - $3::interval AND (email = $1 OR ip = $2)`,
      [email, ip, window],
    );
    if (Number(row.by_email) >= this.config.loginMaxPerAccount || Number(row.by_ip) >= this.config.loginMaxPerIp) {
      throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_attempts', 'too_many_attempts', {
        minutes: this.config.loginWindowMinutes,
      });
    }
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query(`INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)`, [email, ip, succeeded]);
    if (succeeded) {
      // A good sign-in clears that account's failures; the IP count stays.
      await this.db.query(`UPDATE login_attempts SET succeeded = true WHERE email = $1 AND NOT succeeded`, [email]);
    }
  }

  /** Old attempts say nothing any more. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM login_attempts WHERE created_at < now() - interval '1 day'`);
  }
}
