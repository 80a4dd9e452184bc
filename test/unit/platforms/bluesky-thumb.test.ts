import { describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { fitThumb, THUMB_MAX_BYTES, THUMB_MAX_SIDE } from '../../../src/platforms/bluesky/thumb.js';

async function noise(width: number, height: number, format: 'png' | 'jpeg' | 'gif' | 'webp') {
  const image = sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  });
  return new Uint8Array(await image.toFormat(format).toBuffer());
}

describe('fitThumb: the article image as a card thumb (≤ 1,000,000 bytes, ≤ 2000 px)', () => {
  test.each([
    ['a small JPEG', 'jpeg', 'image/jpeg'],
    ['a small PNG', 'png', 'image/png'],
    ['a small WebP', 'webp', 'image/webp'],
  ] as const)('%s is sent unchanged', async (_name, format, mimeType) => {
    const bytes = await noise(300, 200, format);
    const fitted = await fitThumb({ bytes, mimeType: `${mimeType}; charset=binary` });
    expect(fitted).toEqual({ bytes, mimeType });
  });

  test('a GIF becomes a JPEG', async () => {
    const fitted = await fitThumb({ bytes: await noise(120, 80, 'gif'), mimeType: 'image/gif' });
    expect(fitted.mimeType).toBe('image/jpeg');
    expect((await sharp(fitted.bytes).metadata()).format).toBe('jpeg');
  });

  test('a PNG over 1,000,000 bytes is re-encoded to fit, keeping its proportions', async () => {
    const bytes = await noise(900, 600, 'png');
    expect(bytes.byteLength).toBeGreaterThan(THUMB_MAX_BYTES);
    const fitted = await fitThumb({ bytes, mimeType: 'image/png' });
    expect(fitted.bytes.byteLength).toBeLessThanOrEqual(THUMB_MAX_BYTES);
    const meta = await sharp(fitted.bytes).metadata();
    expect(meta.width / meta.height).toBeCloseTo(1.5, 1);
  });

  test('a picture wider than 2000 px is shrunk to 2000 px', async () => {
    const small = await sharp({ create: { width: 2400, height: 400, channels: 3, background: '#3366cc' } })
      .jpeg()
      .toBuffer();
    const fitted = await fitThumb({ bytes: new Uint8Array(small), mimeType: 'image/jpeg' });
    const meta = await sharp(fitted.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([THUMB_MAX_SIDE, 333]);
  });

  test('an EXIF-rotated photo is turned upright', async () => {
    const rotated = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ff0000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const fitted = await fitThumb({ bytes: new Uint8Array(rotated), mimeType: 'image/jpeg' });
    const meta = await sharp(fitted.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([100, 200, 1]);
  });

  test('the same input gives the same bytes (same blob CID on every attempt)', async () => {
    const bytes = await noise(900, 600, 'png');
    const [a, b] = await Promise.all([
      fitThumb({ bytes, mimeType: 'image/png' }),
      fitThumb({ bytes, mimeType: 'image/png' }),
    ]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  test('bytes that are not an image are refused', async () => {
    await expect(
      fitThumb({ bytes: new TextEncoder().encode('<html>404</html>'), mimeType: 'image/jpeg' }),
    ).rejects.toThrow();
  });
});
