/**
 * Rounds to `digits` decimals, half away from zero, immune to binary noise
 * (75.05 stored as 75.04999… still rounds to 75.1).
 */
export function roundHalfAwayFromZero(value: number, digits = 1): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(value) * rounded) / factor || 0;
}
