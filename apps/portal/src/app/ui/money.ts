/** An amount of money in the viewer's language: "₽252,000" / "252 000 ₽"; cents only when there are any. */
export function formatMoney(amount: number, currency: string, language: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A figure in the viewer's language with up to `digits` decimals, trailing zeros dropped: "0.25", "0,25", "7", "31,000". */
export function formatFigure(value: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}
