import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { DistrictsResponse } from '../../src/api/districts.ts';
import type { PageContext } from '../../src/app/page-context.ts';
import {
  apiDistrict,
  appLoader,
  deviceDistricts,
  rememberSessionDistrict,
  tabDistrict,
} from '../../src/app/device-districts.ts';
import { resolveNavigation } from '../../src/app/navigation.ts';
import { routes } from '../../src/app/routes.ts';
import { setCurrentDistrict } from '../../src/data/current-district.ts';
import { districtDbName, openPortalDb, type PortalDb } from '../../src/data/db.ts';
import { apiRequest } from '../../src/data/http.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';
import { queueWrite } from '../../src/data/outbox/outbox-store.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import '../../src/pages/districts/district-search-page.ts';
import '../../src/pages/today/today-page.ts';
import { expectAccessible } from './axe.ts';
import { session, today } from './fixture.ts';
import { mockApi, until, useLanguage } from './helpers.ts';
import { seed, texts } from './pages/mount.ts';
import { familyChanges } from './fixture.ts';

const directory: DistrictsResponse = {
  defaultDistrict: 'cedar-hollow',
  districts: [
    { slug: 'cedar-hollow', name: 'Cedar Hollow USD', state: 'Illinois', hosted: true, portalAddress: null },
    { slug: 'cedar-falls', name: 'Cedar Falls CSD', state: 'Iowa', hosted: false, portalAddress: 'https://portal.cedarfalls.example' },
  ],
};

function clearDistricts() {
  localStorage.removeItem('portal.districts');
  localStorage.removeItem('portal.district');
  sessionStorage.removeItem('portal.district');
}

describe('the first screen', () => {
  const at = (path: string) => new URL(path, 'https://portal.example');

  it('is the district search on a device with no district, else sign-in', () => {
    expect(resolveNavigation(routes, at('/'), undefined, { districtChosen: false })).to.deep.equal({
      kind: 'redirect',
      to: '/districts',
    });
    expect(resolveNavigation(routes, at('/'), undefined, { districtChosen: true })).to.deep.equal({
      kind: 'redirect',
      to: '/sign-in',
    });
    // The search, the emailed links and the kiosk set-up open signed in too.
    for (const path of ['/districts', '/reset-password?token=x', '/confirm-email?token=x', '/kiosk']) {
      expect(resolveNavigation(routes, at(path), session).kind, path).to.equal('page');
    }
    expect(resolveNavigation(routes, at('/settings'), undefined)).to.deep.equal({
      kind: 'redirect',
      to: '/sign-in?next=%2Fsettings',
    });
  });
});

describe('district search', () => {
  let opened: string[];
  const originalOpen = appLoader.open;
  beforeEach(() => {
    clearDistricts();
    opened = [];
    appLoader.open = (url) => opened.push(url);
  });
  afterEach(() => {
    appLoader.open = originalOpen;
    document.querySelectorAll('district-search-page').forEach((page) => page.remove());
    clearDistricts();
  });

  it('finds districts by name and state, links one on another server, remembers the choice', async () => {
    await useLanguage('en');
    await loadNamespace('districts');
    const asked: string[] = [];
    await mockApi(
      http.get('/api/v1/districts', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(directory);
      }),
    );
    const page = document.createElement('district-search-page');
    document.body.append(page);
    await until(() => !!page.shadowRoot?.querySelector('form'));
    const root = page.shadowRoot!;
    root.querySelector<HTMLInputElement>('#q')!.value = 'cedar';
    root.querySelector<HTMLSelectElement>('#state')!.value = 'IL';
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => root.querySelectorAll('li').length === 2);

    expect(asked).to.deep.equal(['?q=cedar&state=IL']);
    expect(texts(root, '[role=status]')).to.deep.equal(['2 districts found']);
    const link = root.querySelector<HTMLAnchorElement>('li a')!;
    expect(link.href).to.equal('https://portal.cedarfalls.example/');
    expect(link.textContent?.trim()).to.equal('Opens at portal.cedarfalls.example');
    await expectAccessible(page);

    root.querySelector<HTMLButtonElement>('li button')!.click();
    expect(opened).to.deep.equal(['/?district=cedar-hollow']);
    expect(deviceDistricts()).to.deep.equal([
      { slug: 'cedar-hollow', name: 'Cedar Hollow USD', state: 'Illinois', viaDefault: true },
    ]);
    expect(tabDistrict(new URL('https://portal.example/sign-in'))).to.equal('cedar-hollow');
    // The server's default district keeps the requests without X-District it always had.
    expect(apiDistrict('cedar-hollow')).to.equal(undefined);
  });

  it('says so when nothing matches', async () => {
    await useLanguage('es');
    await loadNamespace('districts');
    await mockApi(
      http.get('/api/v1/districts', () => HttpResponse.json({ districts: [], defaultDistrict: null })),
    );
    const page = document.createElement('district-search-page');
    document.body.append(page);
    await until(() => !!page.shadowRoot?.querySelector('form'));
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => !!page.shadowRoot!.querySelector('empty-state'));
    expect(page.shadowRoot!.querySelector('empty-state')!.heading).to.equal(
      'No se encontró ningún distrito',
    );
  });
});

describe('several districts on one device', () => {
  const dbs: PortalDb[] = [];
  const open = (district: string) => {
    setCurrentDistrict(district);
    const db = openPortalDb();
    dbs.push(db);
    return db;
  };
  afterEach(async () => {
    setCurrentDistrict(undefined);
    document.querySelectorAll('today-page').forEach((page) => page.remove());
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
    clearDistricts();
  });

  it('keeps each district in its own database; one district never shows another\'s data', async () => {
    await useLanguage('en');
    const north = open('test-north');
    const south = open('test-south');
    expect([north.name, south.name]).to.deep.equal([
      districtDbName('test-north'),
      districtDbName('test-south'),
    ]);
    expect(north.name).to.not.equal(south.name);
    await seed(north, familyChanges());

    const show = async (db: PortalDb) => {
      await loadNamespace('today');
      const page = document.createElement('today-page');
      const context: PageContext = {
        db,
        session,
        studentId: 11,
        schoolYearId: 1,
        enrollmentId: 1,
        today,
        params: { studentId: '11' },
      };
      page.context = context;
      document.body.append(page);
      await until(() => !!page.shadowRoot?.querySelector('.grid, empty-state'));
      const text = page.shadowRoot!.textContent ?? '';
      page.remove();
      return text;
    };
    expect(await show(north)).to.contain('Math 7');
    const southText = await show(south);
    expect(southText).to.not.contain('Math 7');
    expect(southText).to.not.contain('Lakeview');
    expect(await south.students.count()).to.equal(0);
  });

  it('names the district on every API call, and the outbox its own database\'s district', async () => {
    const seen: (string | null)[] = [];
    await mockApi(
      http.get('/api/v1/session', ({ request }) => {
        seen.push(request.headers.get('x-district'));
        return HttpResponse.json(session);
      }),
      http.put('/api/v1/settings', ({ request }) => {
        seen.push(`outbox:${request.headers.get('x-district')}`);
        return HttpResponse.json({});
      }),
    );
    const north = open('test-north');
    await apiRequest('GET', '/api/v1/session');
    setCurrentDistrict(undefined);
    await apiRequest('GET', '/api/v1/session');

    // The service worker replays every district's outbox with no district of its own.
    await queueWrite(north, { kind: 'settings.update', method: 'PUT', path: '/api/v1/settings', body: {} });
    await flushOutbox(north, { force: true });
    expect(seen).to.deep.equal(['test-north', null, 'outbox:test-north']);
  });

  it('remembers the district a session names, for the account menu', () => {
    rememberSessionDistrict({ slug: 'cedar-hollow', name: 'Cedar Hollow USD', state: 'Illinois' });
    expect(deviceDistricts()).to.deep.equal([
      { slug: 'cedar-hollow', name: 'Cedar Hollow USD', state: 'Illinois', viaDefault: true },
    ]);
  });
});
