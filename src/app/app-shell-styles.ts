import { css } from 'lit';
import { baseStyles } from '../ui/styles.ts';

/** Phone first; a tab row from 700px, a side menu from 1100px. */
export const shellStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--portal-background, #f4f6f9);
      color: #111827;
    }
    .layout {
      display: grid;
      grid-template-columns: 1fr;
      grid-template-areas: 'toolbar' 'nav' 'main';
      grid-template-rows: auto auto 1fr;
      min-height: 100vh;
    }
    .toolbar {
      grid-area: toolbar;
      position: sticky;
      top: 0;
      z-index: 10;
    }
    .nav {
      grid-area: nav;
    }
    /* main.ts's spinner, until the texts are in; its margin stays inside. */
    .boot-holder {
      display: flow-root;
    }
    /* The toolbar's extras come after the first screen (shell-extras.ts):
       their places are kept meanwhile, so nothing moves when they come. */
    cart-button:not(:defined),
    notification-bell:not(:defined),
    account-menu:not(:defined) {
      display: block;
      min-width: 44px;
      min-height: 44px;
    }
    main {
      grid-area: main;
      width: 100%;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem 0.75rem 4rem;
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    main:focus {
      outline: none;
    }
    .starting,
    .problem {
      padding: 2rem 1rem;
      max-width: 36rem;
      margin: 0 auto;
    }
    @media (min-width: 700px) {
      main {
        padding: 1.5rem 1.25rem 4rem;
      }
    }
    @media (min-width: 1100px) {
      .layout.signed-in {
        grid-template-columns: 14rem 1fr;
        grid-template-areas: 'toolbar toolbar' 'nav main';
        grid-template-rows: auto 1fr;
      }
    }
  `,
];
