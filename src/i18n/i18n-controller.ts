import i18next from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its element when the language changes or a namespace arrives. */
export class I18nController implements ReactiveController {
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    i18next.on('languageChanged', this.#update);
    i18next.on('loaded', this.#update);
  }

  hostDisconnected(): void {
    i18next.off('languageChanged', this.#update);
    i18next.off('loaded', this.#update);
  }

  #update = () => this.#host.requestUpdate();
}
