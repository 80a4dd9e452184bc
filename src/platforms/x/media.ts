import sharp from 'sharp';
import type { EUploadMimeType, TwitterApi } from 'twitter-api-v2';

/** X refuses alt text over 1,000 characters. */
const MAX_ALT_CHARACTERS = 1000;
/** X's limit for a tweet image, and the formats it takes as images. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export interface XImage {
  bytes: Uint8Array;
  mimeType: string;
}

/**
 * An image X will take: as fetched when it already fits (no needless re-encoding), otherwise
 * re-encoded as JPEG and scaled down until it is under 5 MB.
 */
export async function fitImage(image: XImage): Promise<XImage> {
  if (ACCEPTED.has(image.mimeType) && image.bytes.length <= MAX_IMAGE_BYTES) return image;
  for (const [side, quality] of [
    [4096, 85],
    [2048, 82],
    [1600, 75],
    [1024, 70],
  ] as const) {
    const bytes = await sharp(image.bytes)
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality })
      .toBuffer();
    if (bytes.length <= MAX_IMAGE_BYTES) return { bytes, mimeType: 'image/jpeg' };
  }
  throw new Error('the image is still over 5 MB after scaling it down');
}

/**
 * Uploads an image through the v2 media endpoints (initialize, append, finalize, STATUS polling while
 * X processes it) and attaches the alt text; resolves to the media id to put on the post.
 */
export async function uploadImage(client: TwitterApi, image: XImage, alt: string | undefined): Promise<string> {
  const mediaId = await client.v2.uploadMedia(Buffer.from(image.bytes), {
    media_type: image.mimeType as EUploadMimeType,
  });
  const text = alt?.normalize('NFC').trim();
  if (text) {
    const capped = Array.from(text).slice(0, MAX_ALT_CHARACTERS).join('');
    await client.v2.createMediaMetadata(mediaId, { alt_text: { text: capped } });
  }
  return mediaId;
}
