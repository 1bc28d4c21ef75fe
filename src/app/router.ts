/**
 * History-based navigation: same-origin links inside the app (also inside
 * shadow roots) change the URL without a reload; back and forward work.
 * Listeners hear `change` with the new location.
 */
export class Router extends EventTarget {
  get location(): URL {
    return new URL(window.location.href);
  }

  start(): void {
    window.addEventListener('popstate', this.#onPopState);
    document.addEventListener('click', this.#onClick);
  }

  stop(): void {
    window.removeEventListener('popstate', this.#onPopState);
    document.removeEventListener('click', this.#onClick);
  }

  navigate(url: string, options: { replace?: boolean } = {}): void {
    const target = new URL(url, window.location.href);
    if (target.href === window.location.href && !options.replace) return;
    if (options.replace) history.replaceState(null, '', target);
    else history.pushState(null, '', target);
    this.dispatchEvent(new Event('change'));
  }

  #onPopState = () => this.dispatchEvent(new Event('change'));

  #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;

    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;

    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;

    event.preventDefault();
    this.navigate(url.href);
  };
}
