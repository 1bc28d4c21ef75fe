import { expect } from '@esm-bundle/chai';
import i18next from 'i18next';
import { matchLanguage, pickLanguage } from '../../src/i18n/detect.ts';
import { formatDate, formatPercent, formatTime } from '../../src/i18n/format.ts';
import { useLanguage } from './helpers.ts';

describe('language detection', () => {
  it('maps Chinese by region and script', () => {
    expect(matchLanguage('zh-TW')).to.equal('zh-Hant');
    expect(matchLanguage('zh-HK')).to.equal('zh-Hant');
    expect(matchLanguage('zh-MO')).to.equal('zh-Hant');
    expect(matchLanguage('zh-Hant-TW')).to.equal('zh-Hant');
    expect(matchLanguage('zh-CN')).to.equal('zh-Hans');
    expect(matchLanguage('zh-SG')).to.equal('zh-Hans');
    expect(matchLanguage('zh-Hans-HK')).to.equal('zh-Hans');
    expect(matchLanguage('zh')).to.equal('zh-Hans');
  });

  it('maps every Spanish and English region, nothing else', () => {
    expect(matchLanguage('es-MX')).to.equal('es');
    expect(matchLanguage('es-419')).to.equal('es');
    expect(matchLanguage('en-GB')).to.equal('en');
    expect(matchLanguage('fr-FR')).to.equal(undefined);
  });

  it('prefers the stored choice, then the browser order, then English', () => {
    expect(pickLanguage('zh-Hant', ['es-ES'])).to.equal('zh-Hant');
    expect(pickLanguage('klingon', ['fr-FR', 'es-MX', 'en-US'])).to.equal('es');
    expect(pickLanguage(null, ['pl-PL', 'ru-RU'])).to.equal('en');
    expect(pickLanguage(null, [])).to.equal('en');
  });
});

describe('switching language', () => {
  it('loads the chosen language, sets <html lang> and remembers it', async () => {
    await useLanguage('en');
    expect(i18next.hasResourceBundle('zh-Hant', 'common')).to.equal(false);

    await useLanguage('zh-Hant');
    expect(document.documentElement.lang).to.equal('zh-Hant');
    expect(localStorage.getItem('portal.language')).to.equal('zh-Hant');
    expect(i18next.t('menu.today')).to.equal('今天');
    expect(i18next.t('errors:sign_in_failed')).to.equal('使用者名稱或密碼不正確。');

    await useLanguage('es');
    expect(i18next.t('account.signOut')).to.equal('Cerrar sesión');
  });

  it('formats dates, times and percentages in the chosen language', async () => {
    await useLanguage('es');
    expect(formatDate('2026-12-03', 'long')).to.equal('jueves, 3 de diciembre de 2026');
    expect(formatPercent(87.5)).to.match(/87,5\s?%/);

    await useLanguage('zh-Hans');
    expect(formatDate('2026-12-03', 'medium')).to.equal('2026年12月3日');
    expect(formatTime('13:05')).to.equal('13:05');

    await useLanguage('en');
    expect(formatTime('13:05')).to.equal('1:05 PM');
  });
});
