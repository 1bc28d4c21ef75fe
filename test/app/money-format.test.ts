import { expect } from '@esm-bundle/chai';
import {
  centsToInput,
  formatMoney,
  parseAmount,
} from '../../src/pages/money/money-format.ts';

describe('money amounts', () => {
  it('reads what people type into whole cents, never through rounding', () => {
    const cents = (text: string) => {
      const parsed = parseAmount(text);
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
    expect(cents('12.345')).to.equal(1234500);
    expect(cents('1e3')).to.equal('validation.amountInvalid');
    expect(cents('100000.01')).to.equal('validation.amountTooLarge');
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
