import { toString as renderQr } from 'qrcode';

/**
 * The QR code of an address as an SVG data URL: vector, so it prints sharp
 * at any size, and an image (the CSP allows `data:` images), so no markup is
 * injected. Level M survives a scuffed or creased print; a quiet zone of two
 * modules keeps phone cameras happy on a busy wall.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await renderQr(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
