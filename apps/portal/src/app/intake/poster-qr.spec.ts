import { create } from 'qrcode';
import { qrCodeDataUrl } from './poster-qr';

const svgOf = (dataUrl: string) =>
  decodeURIComponent(dataUrl.replace('data:image/svg+xml;charset=utf-8,', ''));

describe(qrCodeDataUrl.name, () => {
  const url = 'https://complaints.example.com/c/MSK-001';

  it('draws the QR code of the address as an SVG image with a quiet zone', async () => {
    const dataUrl = await qrCodeDataUrl(url);
    expect(dataUrl.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const size = create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svgOf(dataUrl)).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`);
  });

  it('draws the modules of the address itself: one character more is another image', async () => {
    const [same, again, other] = await Promise.all([
      qrCodeDataUrl(url),
      qrCodeDataUrl(url),
      qrCodeDataUrl(`${url}2`),
    ]);
    expect(again).toBe(same);
    expect(other).not.toBe(same);
  });
});
