import { expect } from '@esm-bundle/chai';
import '../../src/app/app-nav.ts';
import { menuItems } from '../../src/app/navigation.ts';
import { routes } from '../../src/app/routes.ts';
import { expectAccessible } from './axe.ts';
import { until, useLanguage } from './helpers.ts';

describe('the menu\'s "More" group', () => {
  afterEach(() => document.querySelectorAll('app-nav').forEach((nav) => nav.remove()));

  it('puts the pages that are not everyday after the others, under More', async () => {
    await useLanguage('en');
    const items = menuItems(routes, 11, 'fees').map((item) => ({ ...item, label: item.name }));
    const nav = document.createElement('app-nav');
    nav.items = items;
    nav.label = 'Main menu';
    nav.open = true;
    document.body.append(nav);
    await nav.updateComplete;
    const root = nav.shadowRoot!;
    const inMore = [...root.querySelectorAll('#more-items a')].map((a) => a.textContent?.trim());
    const money = ['cart', 'payments', 'payment-methods', 'recurring-payments'];
    expect(inMore).to.include.members(money);
    const everyday = [...root.querySelectorAll('nav > ul > li:not(.more) > a')].map((a) =>
      a.textContent?.trim(),
    );
    expect(everyday).to.include.members(['fees', 'food-service']);
    expect(everyday.filter((name) => money.includes(name ?? ''))).to.deep.equal([]);
    expect(everyday.indexOf('fees')).to.be.below(everyday.indexOf('food-service'));
    await expectAccessible(nav);
  });

  it('unfolds on the phone on request, and by itself on one of its pages', async () => {
    await useLanguage('es');
    const nav = document.createElement('app-nav');
    nav.items = menuItems(routes, 11, 'today').map((item) => ({ ...item, label: item.name }));
    nav.open = true;
    document.body.append(nav);
    await nav.updateComplete;
    const toggle = nav.shadowRoot!.querySelector<HTMLButtonElement>('.more-toggle')!;
    expect(toggle.textContent?.trim()).to.equal('Más');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await until(() => toggle.getAttribute('aria-expanded') === 'true');
    expect(nav.shadowRoot!.querySelector('#more-items')!.classList.contains('open')).to.equal(true);

    nav.remove();
    const onCart = document.createElement('app-nav');
    onCart.items = menuItems(routes, 11, 'cart').map((item) => ({ ...item, label: item.name }));
    document.body.append(onCart);
    await onCart.updateComplete;
    const opened = onCart.shadowRoot!.querySelector('.more-toggle')!;
    expect(opened.getAttribute('aria-expanded')).to.equal('true');
  });
});
