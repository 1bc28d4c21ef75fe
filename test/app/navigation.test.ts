import { expect } from '@esm-bundle/chai';
import { resolveNavigation, nextPath } from '../../src/app/navigation.ts';
import { matchPath } from '../../src/app/route.ts';
import { routes } from '../../src/app/routes.ts';
import { session } from './fixture.ts';

const at = (path: string) => new URL(path, 'https://portal.example');

describe('routing', () => {
  it('matches path parameters', () => {
    expect(matchPath('/students/:studentId/today', '/students/12/today')).to.deep.equal({
      studentId: '12',
    });
    expect(matchPath('/students/:studentId/today', '/students/12/today/')).to.deep.equal({
      studentId: '12',
    });
    expect(matchPath('/students/:studentId/today', '/students/12')).to.equal(undefined);
  });

  it('sends a signed-out visitor to sign in and back afterwards', () => {
    const decision = resolveNavigation(routes, at('/students/12/today'), undefined);
    expect(decision).to.deep.equal({
      kind: 'redirect',
      to: '/sign-in?next=%2Fstudents%2F12%2Ftoday',
    });
    expect(nextPath(at('/sign-in?next=%2Fstudents%2F12%2Ftoday'))).to.equal('/students/12/today');
    expect(nextPath(at('/sign-in?next=%2F%2Fevil.example'))).to.equal(undefined);
  });

  it('opens the first student\'s Today page from / and from a shortcut', () => {
    expect(resolveNavigation(routes, at('/'), session)).to.deep.equal({
      kind: 'redirect',
      to: '/students/11/today',
    });
    // A shortcut to a page this version does not have falls back to Today.
    expect(resolveNavigation(routes, at('/?page=nothing'), session)).to.deep.equal({
      kind: 'redirect',
      to: '/students/11/today',
    });
  });

  it('never shows a student who is not the guardian\'s', () => {
    expect(resolveNavigation(routes, at('/students/99/today'), session)).to.deep.equal({
      kind: 'redirect',
      to: '/students/11/today',
    });
    const ok = resolveNavigation(routes, at('/students/12/today'), session);
    expect(ok.kind).to.equal('page');
  });

  it('knows unknown paths', () => {
    expect(resolveNavigation(routes, at('/nowhere'), session).kind).to.equal('not-found');
  });
});
