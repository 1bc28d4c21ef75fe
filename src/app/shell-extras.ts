/**
 * The toolbar's and the page's parts that the first screen's data does not
 * wait for: app-shell loads them once it shows (#afterFirstScreen), so
 * their code, renders and queries come after it. The shell's styles keep
 * their places in the toolbar meanwhile, so nothing moves when they come.
 */
import './account-menu.ts';
import './cart-button.ts';
import './notification-bell.ts';
import './push-offer.ts';
