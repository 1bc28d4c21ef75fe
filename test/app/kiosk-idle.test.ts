import { expect } from '@esm-bundle/chai';
import { IdleTimer } from '../../src/app/idle-timer.ts';
import { FakeClock } from './fake-clock.ts';

describe('kiosk idle timer', () => {
  let clock: FakeClock;
  let target: EventTarget;
  let timer: IdleTimer;
  let events: string[];

  beforeEach(() => {
    clock = new FakeClock();
    target = new EventTarget();
    timer = new IdleTimer({ idleMs: 180_000, clock, target });
    events = [];
    for (const name of ['warn', 'active', 'expire']) {
      timer.addEventListener(name, () => events.push(`${name}@${clock.time - 1_000_000}`));
    }
    timer.start();
  });
  afterEach(() => timer.stop());

  it('warns 30 seconds before and signs out at the idle time', () => {
    clock.tick(149_999);
    expect(events).to.deep.equal([]);
    clock.tick(1);
    expect(events).to.deep.equal(['warn@150000']);
    clock.tick(29_999);
    expect(events).to.deep.equal(['warn@150000']);
    clock.tick(1);
    expect(events).to.deep.equal(['warn@150000', 'expire@180000']);
  });

  it('starts again on activity, also during the warning ("stay signed in")', () => {
    clock.tick(100_000);
    target.dispatchEvent(new Event('pointerdown'));
    clock.tick(149_999);
    expect(events).to.deep.equal([]);
    clock.tick(10_001);
    expect(events).to.deep.equal(['warn@250000']);

    timer.activity();
    expect(events).to.deep.equal(['warn@250000', 'active@260000']);
    clock.tick(179_999);
    expect(events.filter((e) => e.startsWith('expire'))).to.deep.equal([]);
    clock.tick(1);
    expect(events.at(-1)).to.equal('expire@440000');
  });

  it('signs out at once when the device wakes past its deadline', () => {
    // A sleeping tablet runs no timers: time jumps, then the one timer fires late.
    clock.time += 600_000;
    clock.tick(0);
    expect(events).to.deep.equal(['expire@600000']);
  });

  it('runs on the window\'s clock when given none', async () => {
    const real = new IdleTimer({ idleMs: 120, warnMs: 60 });
    const seen: string[] = [];
    real.addEventListener('warn', () => seen.push('warn'));
    real.addEventListener('expire', () => seen.push('expire'));
    real.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    real.stop();
    expect(seen).to.deep.equal(['warn', 'expire']);
  });

  it('does not come back after it expired', () => {
    clock.tick(180_000);
    target.dispatchEvent(new Event('keydown'));
    clock.tick(400_000);
    expect(events).to.deep.equal(['warn@150000', 'expire@180000']);
  });
});
