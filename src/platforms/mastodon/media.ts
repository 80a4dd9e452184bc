import sharp from 'sharp';
import { segmenter } from '../../text/segmenters.js';
import type { MastodonInstanceLimits } from './instance.js';

export interface ImageBytes {
  bytes: Uint8Array;
  mimeType: string;
}

/** Sides tried, largest first, when the image is over the instance's size limit. */
const SIDES = [4096, 3200, 2560, 2048, 1600, 1280];

/**
 * The article image as this instance accepts it: unchanged when its type is supported and it is
 * within the size and pixel-count limits (Mastodon shows it as is), otherwise turned upright,
 * scaled to the pixel limit and re-encoded as JPEG until it fits the byte limit.
 */
export async function fitImage(image: ImageBytes, limits: MastodonInstanceLimits['media']): Promise<ImageBytes> {
  const mimeType = image.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const meta = await sharp(image.bytes, { failOn: 'error' }).metadata();
  const { width, height } = meta.autoOrient;
  const pixels = width * height;
  if (
    limits.supportedMimeTypes.includes(mimeType) &&
    image.bytes.byteLength <= limits.imageSizeLimit &&
    pixels <= limits.imageMatrixLimit
  ) {
    return { bytes: image.bytes, mimeType };
  }
  // 1 % under the limit: sharp rounds the short side, which could tip an exact fit over it.
  const scale = pixels > limits.imageMatrixLimit ? Math.sqrt(limits.imageMatrixLimit / pixels) * 0.99 : 1;
  const maxSide = Math.floor(Math.max(width, height) * scale);
  for (const side of [maxSide, ...SIDES.filter((s) => s < maxSide)]) {
    const bytes = await sharp(image.bytes, { failOn: 'error' })
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
    if (bytes.byteLength <= limits.imageSizeLimit) return { bytes: new Uint8Array(bytes), mimeType: 'image/jpeg' };
  }
  throw new Error(`the image cannot be made to fit ${limits.imageSizeLimit} bytes`);
}

/**
 * Alt text within the instance's `description_limit`. Rails validates `length: { maximum: }` on a
 * Ruby string, i.e. in code points, so the cut is counted in code points and kept off the middle of
 * a grapheme (a flag or a ZWJ sequence is dropped whole).
 */
export function fitDescription(alt: string | undefined, limit: number): string | undefined {
  const text = alt?.trim();
  if (!text) return undefined;
  if ([...text].length <= limit) return text;
  let kept = '';
  let used = 1; // the ellipsis
  for (const { segment } of segmenter('grapheme').segment(text)) {
    const size = [...segment].length;
    if (used + size > limit) break;
    kept += segment;
    used += size;
  }
  return `${kept.trimEnd()}…`;
}
