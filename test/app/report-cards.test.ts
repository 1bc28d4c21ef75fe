import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { StudentDocument } from '../../src/api/documents.ts';
import { clearGuardianData, type PortalDb } from '../../src/data/db.ts';
import { mealDocumentTables } from '../../src/data/meal-documents-tables.ts';
import '../../src/pages/report-cards/report-cards-page.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { mountPage, texts } from './pages/mount.ts';

const pdfBytes = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

function doc(id: number, schoolYear: string, title: string): StudentDocument {
  return {
    id, studentId: 11, schoolYearId: id, schoolYear, kind: 'report_card', title,
    byteSize: 40_960, createdAt: '2026-06-10T00:00:00Z',
  };
}

describe('report cards', () => {
  let db: PortalDb;
  let downloads = 0;
  let online = true;
  const opened: string[] = [];
  const realOpen = window.open;
  beforeEach(async () => {
    db = freshDb();
    downloads = 0;
    online = true;
    opened.length = 0;
    window.open = ((url: string) => {
      opened.push(url);
      return {} as Window;
    }) as typeof window.open;
    await mockApi(
      http.get('/api/v1/students/11/documents', () => (online
        ? HttpResponse.json({
          documents: [doc(2, '2026-2027', 'Report card 2026-2027'),
            doc(1, '2025-2026', 'Report card 2025-2026')],
        })
        : HttpResponse.error())),
      http.get('/api/v1/students/11/documents/:id', () => {
        if (!online) return HttpResponse.error();
        downloads += 1;
        return new HttpResponse(pdfBytes, { headers: { 'content-type': 'application/pdf' } });
      }),
    );
  });
  afterEach(async () => {
    window.open = realOpen;
    document.querySelectorAll('report-cards-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  it('lists documents by year and opens one again offline from the device', async () => {
    await useLanguage('en');
    const page = await mountPage('report-cards-page', db, { namespace: 'documents' });
    await until(() => page.shadowRoot!.querySelectorAll('.document').length === 2, 5000);
    // The picked school year (1) first, the others below.
    expect(texts(page.shadowRoot!, 'h2, h3')).to.deep.equal([
      'School year 2025-2026', 'Other school years', 'School year 2026-2027',
    ]);
    expect(texts(page.shadowRoot!, '.document strong')).to.deep.equal([
      'Report card 2025-2026', 'Report card 2026-2027',
    ]);
    await expectAccessible(page);

    const open = () => page.shadowRoot!
      .querySelector<HTMLButtonElement>('[data-document-id="1"] button')!.click();
    open();
    await until(() => opened.length === 1, 5000);
    expect(downloads).to.equal(1);
    const first = await (await fetch(opened[0]!)).text();
    expect(first.startsWith('%PDF-')).to.equal(true);
    await until(() => texts(page.shadowRoot!, '[data-document-id="1"] .saved').length === 1);

    online = false;
    open();
    await until(() => opened.length === 2, 5000);
    expect(downloads).to.equal(1);
    expect((await (await fetch(opened[1]!)).text()).startsWith('%PDF-')).to.equal(true);
    expect(await mealDocumentTables(db).documentFiles.count()).to.equal(1);

    // Sign-out (and the kiosk's wipe) takes the saved PDFs with everything else.
    await clearGuardianData(db);
    expect(await mealDocumentTables(db).documentFiles.count()).to.equal(0);
    expect(await mealDocumentTables(db).documents.count()).to.equal(0);
  });

  it('says so when a document never opened cannot be fetched offline', async () => {
    await useLanguage('es');
    const page = await mountPage('report-cards-page', db, { namespace: 'documents' });
    await until(() => page.shadowRoot!.querySelectorAll('.document').length === 2, 5000);
    online = false;
    page.shadowRoot!.querySelector<HTMLButtonElement>('[data-document-id="2"] button')!.click();
    await until(() => !!page.shadowRoot!.querySelector('error-message'), 5000);
    expect(opened).to.deep.equal([]);
    expect(texts(page.shadowRoot!, 'h1')).to.deep.equal(['Boletas de calificaciones']);
    await useLanguage('en');
  });

  it('shows an empty state when the school has posted none', async () => {
    await useLanguage('zh-Hans');
    await mockApi(http.get('/api/v1/students/11/documents', () =>
      HttpResponse.json({ documents: [] })));
    const page = await mountPage('report-cards-page', db, { namespace: 'documents' });
    await until(() => !!page.shadowRoot!.querySelector('empty-state'), 5000);
    await expectAccessible(page);
    await useLanguage('en');
  });
});
