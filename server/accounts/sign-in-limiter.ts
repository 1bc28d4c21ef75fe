import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const window = 15 * 60;

/**
 * Failed sign-ins, counted per username (guessing one account's password)
 * and per address (trying many accounts): 5 per username and 20 per
 * address in 15 minutes. A success clears the username's count.
 *
 * TODO: kept in memory, so per process; several processes behind one
 * balancer need RateLimiterRedis or a table.
 */
export class SignInLimiter {
  readonly #byUsername = new RateLimiterMemory({ points: 5, duration: window });
  readonly #byAddress = new RateLimiterMemory({ points: 20, duration: window });

  /** Seconds to wait before trying again, or 0 when a try is allowed. */
  async retryAfter(usernameKey: string, address: string): Promise<number> {
    const [user, place] = await Promise.all([
      this.#byUsername.get(usernameKey),
      this.#byAddress.get(address),
    ]);
    return Math.max(wait(user, 5), wait(place, 20));
  }

  async failed(usernameKey: string, address: string): Promise<void> {
    await Promise.all([
      this.#byUsername.penalty(usernameKey, 1),
      this.#byAddress.penalty(address, 1),
    ]);
  }

  async succeeded(usernameKey: string): Promise<void> {
    await this.#byUsername.delete(usernameKey);
  }
}

function wait(result: RateLimiterRes | null, points: number): number {
  if (!result || result.consumedPoints < points) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
