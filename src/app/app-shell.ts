import { LitElement, html } from 'lit';
import type { AppErrorCode } from '../data/app-error.ts';
import { readMeta, type PortalDb } from '../data/db.ts';
import { openStorage, requestPersistentStorage } from '../data/storage.ts';
import { OutboxRunner } from '../data/outbox/outbox-runner.ts';
import { SyncScheduler } from '../data/sync-scheduler.ts';
import type { SyncOutcome } from '../data/sync-outcome.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { changeLanguage, loadNamespace, t } from '../i18n/i18n.ts';
import { isLanguage } from '../i18n/languages.ts';
import { todayIn } from '../i18n/format.ts';
import { LiveQueryController } from '../ui/live-query-controller.ts';
import { queriesAnswered } from '../ui/pending-queries.ts';
import '../ui/empty-state.ts';
import '../ui/error-message.ts';
import './app-nav.ts';
import './app-toolbar.ts';
import './language-picker.ts';
import './kiosk-guard.ts';
import './sign-out-prompt.ts';
import type { SignOutChoice } from './sign-out-prompt.ts';
import { countUnsent } from '../data/outbox/unsent.ts';
import { currentDistrict } from '../data/current-district.ts';
import { deviceDistricts, tabDistrict } from './device-districts.ts';
import { defaultKioskIdleSeconds, fetchKioskStatus, isKiosk } from './kiosk.ts';
import { refreshNotifications } from '../pages/notifications/notifications-data.ts';
import './student-bar.ts';
import './student-picker.ts';
import { shellStyles } from './app-shell-styles.ts';
import { homePath, menuItems, nextPath, resolveNavigation } from './navigation.ts';
import type { PageContext, PortalPage } from './page-context.ts';
import { buildPath, isStudentRoute, type RouteMatch } from './route.ts';
import { Router } from './router.ts';
import { routes } from './routes.ts';
import { clearSelections, readSelections, writeSelection } from './selection.ts';
import { restoreSession, savedSession, signOut, type SessionState } from './session.ts';
import { loadStudentYears, pickSelection } from './student-context.ts';

/**
 * The root element: opens the device database, restores the session,
 * routes URLs to lazily loaded pages and keeps the data in sync.
 */
export class AppShell extends LitElement {
  static override styles = shellStyles;

  static override properties = {
    storageProblem: { state: true },
    sessionState: { state: true },
    view: { state: true },
    menuOpen: { state: true },
    signOutPrompt: { state: true },
  };

  /** The device database; main.ts passes the app's, tests their own. */
  db!: PortalDb;
  /** Runs one sync; main.ts passes the worker bridge. */
  runSync!: (signal: AbortSignal) => Promise<SyncOutcome>;
  /**
   * The language's texts (main.ts starts them with the shell, so the device
   * database and the session open meanwhile); tests start i18n first.
   */
  languageReady: Promise<unknown> = Promise.resolve();
  /** False until languageReady: the shell shows its children (the spinner) meanwhile. */
  #textsReady = false;

  declare storageProblem: AppErrorCode | undefined;
  declare sessionState: SessionState | undefined;
  declare view:
    | { kind: 'page'; match: RouteMatch; element: PortalPage }
    | { kind: 'not-found' | 'no-students' | 'load-failed' }
    | undefined;
  declare menuOpen: boolean;
  /** Unsent changes stand in the way of a sign-out: the person chooses. */
  declare signOutPrompt: { unsent: number } | undefined;

  #router = new Router();
  #scheduler: SyncScheduler | undefined;
  #outbox: OutboxRunner | undefined;
  #navigationCount = 0;
  /** The district's kiosk idle time, as the server said while nobody was signed in. */
  #kioskIdleSeconds: number | undefined;
  /** Set once the first screen showed its data (see #afterFirstScreen). */
  #firstScreenSeen = false;
  #firstScreenShown!: () => void;
  #firstScreen = new Promise<void>((resolve) => (this.#firstScreenShown = resolve));
  #years = new LiveQueryController(
    this,
    async () => (this.#studentId ? loadStudentYears(this.db, this.#studentId) : undefined),
    () => [this.#studentId],
  );
  #lastSync = new LiveQueryController(this, () => readMeta(this.db, 'lastSyncAt'));

  constructor() {
    super();
    new I18nController(this);
    this.menuOpen = false;
    this.addEventListener('portal-student-change', this.handleStudentChange);
    this.addEventListener('portal-year-change', this.handleYearChange);
    this.addEventListener('portal-enrollment-change', this.handleEnrollmentChange);
    this.addEventListener('portal-signed-in', this.handleSignedIn);
    this.addEventListener('portal-sign-out', this.handleSignOut);
    this.addEventListener('portal-refresh', this.handleRefresh);
    this.addEventListener('portal-menu-toggle', this.handleMenuToggle);
    this.addEventListener('portal-language-chosen', this.handleLanguageChosen);
    this.addEventListener('keydown', this.handleKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    navigator.serviceWorker?.addEventListener('message', this.handleWorkerMessage);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    navigator.serviceWorker?.removeEventListener('message', this.handleWorkerMessage);
    this.#router.stop();
    this.#scheduler?.stop();
    this.#outbox?.stop();
  }

  get #session() {
    return this.sessionState?.status === 'signed-in' ? this.sessionState.session : undefined;
  }

  /** A kiosk by the device's flag or the session's word. */
  get #kiosk(): boolean {
    return this.#session?.kiosk ?? isKiosk();
  }

  get #studentId(): number | undefined {
    const params = this.view?.kind === 'page' ? this.view.match.params : undefined;
    return params?.studentId ? Number(params.studentId) : undefined;
  }

  async #start(): Promise<void> {
    // The database opens and the kept session is read while the texts load.
    const storage = openStorage(this.db);
    const kept = storage.then((problem) => (problem ? undefined : savedSession(this.db)));
    await this.languageReady;
    this.#textsReady = true;
    this.storageProblem = await storage;
    if (this.storageProblem) return;
    void requestPersistentStorage();

    // A kept session opens the app at once; the server's word on it follows.
    const saved = await kept;
    if (saved) {
      this.sessionState = { status: 'signed-in', session: saved, offline: true };
      void this.#confirmSession();
    } else {
      this.sessionState = await restoreSession(this.db);
    }
    if (this.#session) this.#startSync();
    if (this.#kiosk) await loadNamespace('kiosk').catch(() => undefined);
    // A sign-out's Clear-Site-Data may have wiped the device's kiosk flag:
    // the server's kiosk cookie says it again (a session answer says it too).
    if (!this.#session) void this.#checkKiosk();

    this.#router.addEventListener('change', () => void this.#route());
    this.#router.start();
    await this.#route();
  }

  async #checkKiosk(): Promise<void> {
    const was = isKiosk();
    const status = await fetchKioskStatus().catch(() => undefined);
    if (!status) return;
    this.#kioskIdleSeconds = status.idleSeconds ?? undefined;
    if (status.kiosk) await loadNamespace('kiosk').catch(() => undefined);
    if (status.kiosk !== was || status.kiosk) this.requestUpdate();
  }

  /** Adopts what the server says of the kept session the app opened with. */
  async #confirmSession(): Promise<void> {
    const opened = this.#session;
    const state = await restoreSession(this.db);
    // A sign-in or sign-out meanwhile has the last word.
    if (!opened || this.#session !== opened || (state.status === 'signed-in' && state.offline)) {
      return;
    }
    if (state.status === 'signed-out') {
      // restoreSession has already wiped the ended session's data.
      this.#scheduler?.stop();
      this.#scheduler = undefined;
      this.#outbox?.stop();
      this.#outbox = undefined;
      clearSelections();
      this.sessionState = state;
      this.#router.navigate('/sign-in', { replace: true });
      return;
    }
    this.sessionState = state;
    // Another guardian (their data replaced the kept one's) or other students: route anew.
    const ids = (session: typeof opened) => session.students.map((s) => s.id).join();
    if (state.session.guardian.id !== opened.guardian.id || ids(state.session) !== ids(opened)) {
      void this.#route();
    }
  }

  #startSync(): void {
    this.#scheduler?.stop();
    this.#outbox?.stop();
    // The app opening is one of the queued writes' chances to go, once the
    // saved data shows (start() sends everything waiting, so nothing is missed).
    const outbox = new OutboxRunner(this.db);
    this.#outbox = outbox;
    this.#scheduler = new SyncScheduler({
      // Every refresh moment (open, focus, online, on request) also renews the bell.
      run: async (signal) => {
        void refreshNotifications(this.db, signal).catch(() => undefined);
        // ...and the saved money lists (not in the delta sync), so Today's money
        // card and the money pages open offline with what was last seen.
        void import('../pages/money/money-data.ts')
          .then(({ refreshMoney }) => refreshMoney(this.db, signal))
          .catch(() => undefined);
        return this.runSync(signal);
      },
      onSignedOut: () => void this.#signOutRequested('ended'),
    });
    this.#scheduler.addEventListener('change', () => this.requestUpdate());
    // The saved data shows first; the worker (and its code) comes once the
    // first screen has its data and the page is idle.
    const scheduler = this.#scheduler;
    const start = () => {
      if (this.#outbox === outbox && this.isConnected) outbox.start();
      if (this.#scheduler === scheduler) scheduler.start();
    };
    void this.#firstScreen.then(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1500 });
      else setTimeout(start, 200);
    });
  }

  async #route(): Promise<void> {
    const navigation = ++this.#navigationCount;
    const decision = resolveNavigation(routes, this.#router.location, this.#session, {
      districtChosen: tabDistrict() !== undefined || deviceDistricts().length > 0,
    });
    this.menuOpen = false;

    if (decision.kind === 'redirect') {
      this.#router.navigate(decision.to, { replace: true });
      return;
    }
    if (decision.kind !== 'page') {
      this.view = { kind: decision.kind };
      return;
    }

    const { route } = decision.match;
    try {
      await Promise.all([route.load(), route.namespace ? loadNamespace(route.namespace) : null]);
    } catch {
      if (navigation === this.#navigationCount) this.view = { kind: 'load-failed' };
      return;
    }
    if (navigation !== this.#navigationCount) return;

    const previous = this.view?.kind === 'page' ? this.view.element : undefined;
    const element =
      previous?.localName === route.tag
        ? previous
        : (document.createElement(route.tag) as PortalPage);
    this.view = { kind: 'page', match: decision.match, element };

    // After a navigation (not the first page), move focus to the new content.
    if (previous) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    }
  }

  /**
   * Once the first screen has shown its data (its live queries answered,
   * 3 s at most), the toolbar's extras load and the sync may start: their
   * code, renders and queries would otherwise come before that data.
   */
  async #afterFirstScreen(): Promise<void> {
    const page = this.view?.kind === 'page' ? this.view.element : undefined;
    const rendered = () => (page instanceof LitElement ? page.updateComplete : undefined);
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, 3_000));
    // Twice: the page's answer may render parts with queries of their own.
    for (let round = 0; round < 2; round += 1) {
      await rendered();
      await Promise.race([queriesAnswered(), deadline]);
    }
    await rendered();
    void import('./shell-extras.ts').catch(() => undefined);
    this.#firstScreenShown();
  }

  #pageContext(match: RouteMatch): PageContext | undefined {
    const session = this.#session;
    if (!session) return undefined;
    const today = todayIn(session.district.timeZone);
    const studentId = Number(match.params.studentId ?? session.students[0]?.id ?? 0);
    const { schoolYearId, enrollmentId } = this.#selection(studentId, today);
    const { params } = match;
    const next = { db: this.db, session, studentId, schoolYearId, enrollmentId, today, params };
    // The shell renders on every sync status and live query change; the page
    // (Today is the costly one) renders again only when its context changed.
    const previous = this.view?.kind === 'page' ? this.view.element.context : undefined;
    return previous && sameContext(previous, next) ? previous : next;
  }

  /**
   * A student's page waits for the student's years, so its queries run once,
   * with the right enrollment, instead of once without and again with it
   * (a page showing another student keeps its context meanwhile).
   */
  #selectionKnown(match: RouteMatch): boolean {
    return !isStudentRoute(match.route) || this.#years.settled;
  }

  /** The picked year and enrollment, falling back on today's. */
  #selection(studentId: number, today: string) {
    return pickSelection(this.#years.value, readSelections()[String(studentId)] ?? {}, today);
  }

  override updated(): void {
    if (!this.#firstScreenSeen && this.#session && this.view) {
      if (this.view.kind !== 'page' || this.view.element.context) {
        this.#firstScreenSeen = true;
        void this.#afterFirstScreen();
      }
    }
    // The tab and the screen reader's page name follow the page and the language.
    const route = this.view?.kind === 'page' ? this.view.match.route : undefined;
    const key = route?.title ?? route?.menu?.label;
    const page = key ? t(key) : undefined;
    const title = page ? `${page} · ${t('app.name')}` : t('app.name');
    // The shell updates on every sync status and live query change: the same title is no change.
    if (document.title !== title) document.title = title;
  }

  override render() {
    if (!this.#textsReady) return html`<div class="boot-holder"><slot></slot></div>`;
    if (this.storageProblem) {
      return html`<main class="problem" tabindex="-1">
        <h1>${t('app.name')}</h1>
        <error-message .code=${this.storageProblem}></error-message>
      </main>`;
    }
    if (!this.sessionState || !this.view) {
      return html`<p class="starting" role="status">${t('app.loading')}</p>`;
    }
    const session = this.#session;
    const match = this.view.kind === 'page' ? this.view.match : undefined;
    const studentPage = match ? isStudentRoute(match.route) : false;
    if (this.view.kind === 'page' && this.#selectionKnown(this.view.match)) {
      this.view.element.db = this.db;
      this.view.element.context = this.#pageContext(this.view.match);
    }

    return html`
      ${this.#kiosk
        ? html`<kiosk-guard .db=${this.db} ?active=${!!session}
            .idleSeconds=${session?.idleSeconds ?? this.#kioskIdleSeconds ?? defaultKioskIdleSeconds}
          ></kiosk-guard>`
        : null}
      ${this.signOutPrompt
        ? html`<sign-out-prompt .unsent=${this.signOutPrompt.unsent}
            .onChoice=${this.handleSignOutChoice}></sign-out-prompt>`
        : null}
      <div class="layout ${session ? 'signed-in' : 'signed-out'}">
        <app-toolbar
          class="toolbar"
          .district=${session?.district.name ?? ''}
          .menuOpen=${this.menuOpen}
          .showMenuButton=${!!session}
        >
          ${session && studentPage
            ? html`<student-picker .students=${session.students} .studentId=${this.#studentId}>
              </student-picker>`
            : null}
          ${session ? html`<cart-button .db=${this.db}></cart-button>` : null}
          ${session ? html`<notification-bell .db=${this.db}></notification-bell>` : null}
          <language-picker></language-picker>
          ${session
            ? html`<account-menu .session=${session} .districts=${deviceDistricts()}
                .current=${tabDistrict()}></account-menu>`
            : null}
        </app-toolbar>
        ${session
          ? html`<app-nav class="nav" ?open=${this.menuOpen} .label=${t('menu.label')}
              .items=${this.#navItems(match)}></app-nav>`
          : null}
        <main tabindex="-1">
          ${session && studentPage ? this.#renderStudentBar() : null}
          ${session && !this.#kiosk
            ? html`<push-offer .db=${this.db} .session=${session}></push-offer>`
            : null}
          ${this.#renderView()}
        </main>
      </div>
    `;
  }

  #renderStudentBar() {
    const session = this.#session;
    const studentId = this.#studentId;
    if (!session || studentId === undefined) return null;
    const selection = this.#selection(studentId, todayIn(session.district.timeZone));
    return html`<student-bar
      .years=${selection.data?.years ?? []}
      .schoolYearId=${selection.schoolYearId}
      .enrollments=${selection.inYear ?? []}
      .enrollmentId=${selection.enrollmentId}
      .lastSyncAt=${this.#lastSync.value}
      .syncing=${this.#scheduler?.status.syncing ?? false}
      .error=${this.#scheduler?.status.error}
    ></student-bar>`;
  }

  #renderView() {
    switch (this.view?.kind) {
      case 'page':
        return this.view.element;
      case 'not-found':
        return html`<empty-state .heading=${t('notFound.heading')} .reason=${t('notFound.reason')}>
          <a class="button" href="/">${t('notFound.home')}</a>
        </empty-state>`;
      case 'no-students':
        return html`<empty-state .heading=${t('noStudents.heading')}
          .reason=${t('noStudents.reason')}></empty-state>`;
      case 'load-failed':
        return html`<error-message .code=${'network_unavailable'}></error-message>`;
      default:
        return null;
    }
  }

  #navItems(match: RouteMatch | undefined) {
    const studentId = this.#studentId ?? this.#session?.students[0]?.id;
    return menuItems(routes, studentId, match?.route.name).map((item) => ({
      ...item,
      label: t(item.label),
    }));
  }

  /**
   * Sign-out wipes the device, so what waits in the outbox is sent first.
   * What still cannot go (offline, or refused and not yet edited) is not
   * dropped unseen: the person chooses to stay signed in or to discard it.
   * The kiosk's idle sign-out has warned about it 30 seconds before and
   * signs out whatever is left, so nothing of one family waits for the next.
   */
  async #signOutRequested(reason: 'person' | 'idle' | 'ended'): Promise<void> {
    if (this.signOutPrompt) return;
    await this.#outbox?.flush(true);
    const unsent = await countUnsent(this.db).catch(() => 0);
    if (unsent > 0 && reason === 'person') {
      this.signOutPrompt = { unsent };
      return;
    }
    if (unsent > 0 && reason === 'ended' && !this.#kiosk) {
      // The session ended elsewhere: signing in again sends them (the same
      // guardian keeps the device's data; another one's sign-in wipes it).
      this.#scheduler?.stop();
      this.#scheduler = undefined;
      this.sessionState = { status: 'signed-out' };
      this.#router.navigate('/sign-in', { replace: true });
      return;
    }
    await this.#signedOut();
  }

  async #signedOut(): Promise<void> {
    this.#scheduler?.stop();
    this.#scheduler = undefined;
    this.#outbox?.stop();
    this.#outbox = undefined;
    this.signOutPrompt = undefined;
    const outcome = await signOut(this.db);
    this.sessionState = { status: 'signed-out' };
    if (outcome === 'pending') {
      // Offline: no Clear-Site-Data came, and a reload might find no network.
      this.#router.navigate('/sign-in', { replace: true });
      return;
    }
    // A fresh start: nothing of the family stays in memory either, and the
    // database the server's Clear-Site-Data may have closed opens anew. The
    // address names the district, as storage may have been cleared with it.
    const district = currentDistrict();
    location.replace(district ? `/sign-in?district=${encodeURIComponent(district)}` : '/sign-in');
  }

  handleSignOutChoice = (choice: SignOutChoice) => {
    if (choice === 'discard') {
      void this.#signedOut();
    } else {
      this.signOutPrompt = undefined;
    }
  };

  handleStudentChange = (event: GlobalEventHandlersEventMap['portal-student-change']) => {
    if (this.view?.kind !== 'page') return;
    const { route, params } = this.view.match;
    const studentId = String(event.detail.studentId);
    this.#router.navigate(buildPath(route.path, { ...params, studentId }));
  };

  handleYearChange = (event: GlobalEventHandlersEventMap['portal-year-change']) => {
    if (this.#studentId === undefined) return;
    writeSelection(this.#studentId, { schoolYearId: event.detail.schoolYearId });
    this.requestUpdate();
  };

  handleEnrollmentChange = (event: GlobalEventHandlersEventMap['portal-enrollment-change']) => {
    const studentId = this.#studentId;
    if (studentId === undefined) return;
    const stored = readSelections()[String(studentId)] ?? {};
    writeSelection(studentId, { ...stored, enrollmentId: event.detail.enrollmentId });
    this.requestUpdate();
  };

  handleSignedIn = (event: GlobalEventHandlersEventMap['portal-signed-in']) => {
    const { session } = event.detail;
    this.sessionState = { status: 'signed-in', session, offline: false };
    this.#startSync();
    const to = nextPath(this.#router.location) ?? homePath(routes, session) ?? '/';
    this.#router.navigate(to, { replace: true });
    // The portal language the guardian chose in Settings follows them to this device.
    void import('../pages/settings/settings-data.ts')
      .then(({ refreshSettings }) => refreshSettings(this.db))
      .then(({ portalLanguage }) => (isLanguage(portalLanguage) ? changeLanguage(portalLanguage) : null))
      .catch(() => undefined);
  };

  /**
   * A language picked in the toolbar becomes the account's portal language
   * (through the outbox, so offline too): the next sign-in, here or on
   * another device, opens in it rather than in the one Settings held.
   */
  handleLanguageChosen = (event: GlobalEventHandlersEventMap['portal-language-chosen']) => {
    if (!this.#session) return;
    const { language } = event.detail;
    if (!isLanguage(language)) return;
    void import('../pages/settings/settings-data.ts')
      .then(async ({ loadSettingsView, saveSettings }) => {
        const { settings } = await loadSettingsView(this.db);
        if (settings?.portalLanguage === language) return;
        await saveSettings(this.db, { portalLanguage: language });
      })
      .catch(() => undefined);
  };

  handleSignOut = (event: GlobalEventHandlersEventMap['portal-sign-out']) =>
    void this.#signOutRequested(event.detail.reason ?? 'person');

  /** A push arrived: the bell learns of it now, not at the next refresh. */
  handleWorkerMessage = (event: MessageEvent): void => {
    const data: unknown = event.data;
    const isPush =
      typeof data === 'object' && data !== null && 'type' in data && data.type === 'portal-push';
    if (isPush && this.#session) void refreshNotifications(this.db).catch(() => undefined);
  };

  handleRefresh = () => void this.#scheduler?.refresh();

  handleMenuToggle = () => {
    this.menuOpen = !this.menuOpen;
  };

  handleKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.menuOpen) this.menuOpen = false;
  };
}

function sameContext(a: PageContext, b: PageContext): boolean {
  const keys = (params: PageContext['params']) => Object.keys(params);
  return (
    a.db === b.db &&
    a.session === b.session &&
    a.studentId === b.studentId &&
    a.schoolYearId === b.schoolYearId &&
    a.enrollmentId === b.enrollmentId &&
    a.today === b.today &&
    keys(a.params).length === keys(b.params).length &&
    keys(a.params).every((key) => a.params[key] === b.params[key])
  );
}

customElements.define('app-shell', AppShell);

declare global {
  interface HTMLElementTagNameMap {
    'app-shell': AppShell;
  }
}
