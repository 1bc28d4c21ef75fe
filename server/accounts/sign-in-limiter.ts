import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const window = 15 * 60;
const perUsername = 5;
const perAddress = 20;

/**
 * Failed sign-ins, counted per username (guessing one account's password)
 * and per address (trying many accounts): 5 per username and 20 per
 * address in 15 minutes.
 *
 * Every attempt is counted before the password is checked, so ten parallel
 * guesses cannot all slip under the limit while argon2 runs; a success
 * gives the address its point back and clears the username's count.
 *
 * TODO: kept in memory, so per process; several processes behind one
 * balancer need RateLimiterRedis or a table.
 */
export class SignInLimiter {
  readonly #byUsername = new RateLimiterMemory({ points: perUsername, duration: window });
  readonly #byAddress = new RateLimiterMemory({ points: perAddress, duration: window });

  /** Counts an attempt; answers the seconds to wait, or 0 to go ahead. */
  async attempt(usernameKey: string, address: string): Promise<number> {
    const [user, place] = await Promise.all([
      this.#byUsername.penalty(usernameKey, 1),
      this.#byAddress.penalty(address, 1),
    ]);
    return Math.max(wait(user, perUsername), wait(place, perAddress));
  }

  async succeeded(usernameKey: string, address: string): Promise<void> {
    await Promise.all([
      this.#byUsername.delete(usernameKey),
      this.#byAddress.reward(address, 1),
    ]);
  }
}

function wait(result: RateLimiterRes, points: number): number {
  if (result.consumedPoints <= points) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
