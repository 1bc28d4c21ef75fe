import { expect } from '@esm-bundle/chai';
import type { Language } from '../../src/i18n/languages.ts';
import {
  centsToInput,
  formatMoney,
  parseAmount,
} from '../../src/pages/money/money-format.ts';

describe('money amounts', () => {
  it('reads what people type into whole cents, never through rounding', () => {
    const cents = (text: string, lng: Language = 'en') => {
      const parsed = parseAmount(text, lng);
      return 'cents' in parsed ? parsed.cents : parsed.problem;
    };
    expect(cents('12')).to.equal(1200);
    expect(cents('12.5')).to.equal(1250);
    expect(cents('12,50')).to.equal(1250);
    expect(cents('0.07')).to.equal(7);
    expect(cents('$1,234.56')).to.equal(123456);
    expect(cents('1.234,56')).to.equal(123456);
    expect(cents(' 19.99 ')).to.equal(1999);
    expect(cents('')).to.equal('validation.amountRequired');
    expect(cents('0')).to.equal('validation.amountZero');
    expect(cents('-5')).to.equal('validation.amountInvalid');
    expect(cents('1.234.5')).to.equal('validation.amountInvalid');
    expect(cents('1e3')).to.equal('validation.amountInvalid');
    expect(cents('100000.01')).to.equal('validation.amountTooLarge');
    expect(cents('1,234,567.89')).to.equal('validation.amountTooLarge');
    expect(cents('12.345.678')).to.equal('validation.amountTooLarge');
  });

  it('refuses rather than guesses one mark before three digits, where it may be a decimal mark', () => {
    const cents = (text: string, lng: Language) => {
      const parsed = parseAmount(text, lng);
      return 'cents' in parsed ? parsed.cents : parsed.problem;
    };
    // In English and Chinese a comma only groups, a point is only decimal.
    expect(cents('2,500', 'en')).to.equal(250000);
    expect(cents('2,500', 'zh-Hant')).to.equal(250000);
    expect(cents('2.500', 'en')).to.equal('validation.amountInvalid');
    expect(cents('0.001', 'en')).to.equal('validation.amountInvalid');
    expect(cents('10.005', 'zh-Hans')).to.equal('validation.amountInvalid');
    // Spanish writes a decimal comma, and the app's own fields start as "12.50".
    expect(cents('2.500', 'es')).to.equal('validation.amountInvalid');
    expect(cents('2,500', 'es')).to.equal('validation.amountInvalid');
    expect(cents('12.50', 'es')).to.equal(1250);
    expect(cents('1.234,56', 'es')).to.equal(123456);
    // Several groups, or a group before a decimal part, are not ambiguous.
    expect(cents('1.234.567', 'es')).to.equal('validation.amountTooLarge');
    expect(cents('1.500,00', 'es')).to.equal(150000);
    expect(cents('0,001', 'en')).to.equal('validation.amountInvalid');
  });

  it('writes cents in each language, and back as an editable amount', () => {
    expect(formatMoney(123456, 'USD', 'en')).to.equal('$1,234.56');
    expect(formatMoney(-325, 'USD', 'en')).to.equal('-$3.25');
    expect(formatMoney(123456, 'USD', 'es').replace(/\s/g, ' ')).to.equal('1234,56 US$');
    expect(formatMoney(5, 'USD', 'zh-Hans')).to.equal('US$0.05');
    expect(centsToInput(1005)).to.equal('10.05');
    expect(centsToInput(7)).to.equal('0.07');
  });
});
