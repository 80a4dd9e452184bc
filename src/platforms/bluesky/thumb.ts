import sharp from 'sharp';

/** The link card's `thumb` blob: `accept image/*`, `maxSize 1,000,000` bytes (docs/platforms/bluesky.md). */
export const THUMB_MAX_BYTES = 1_000_000;
/** Larger is never shown larger; keeps decoding cheap for every reader. */
export const THUMB_MAX_SIDE = 2000;

export interface ImageBytes {
  bytes: Uint8Array;
  mimeType: string;
}

/** Formats every Bluesky client displays; anything else is re-encoded. */
const DISPLAYABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

const QUALITY = 82;
const MAX_ATTEMPTS = 6;

/**
 * The article image as a card thumbnail: unchanged when it already fits (size, sides, format,
 * upright), otherwise turned upright, shrunk to fit THUMB_MAX_SIDE, flattened on white and
 * re-encoded as JPEG, shrinking further (bytes grow with the pixel count, so the side shrinks by the
 * square root of the excess) until it fits THUMB_MAX_BYTES. Deterministic: the same input
 * gives the same bytes, hence the same blob CID, which keeps repeated record writes identical.
 */
export async function fitThumb(image: ImageBytes): Promise<ImageBytes> {
  const meta = await sharp(image.bytes, { failOn: 'error' }).metadata();
  const { width, height } = meta.autoOrient;
  const upright = (meta.orientation ?? 1) === 1;
  const mimeType = image.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (
    DISPLAYABLE.has(mimeType) &&
    image.bytes.byteLength <= THUMB_MAX_BYTES &&
    Math.max(width, height) <= THUMB_MAX_SIDE &&
    upright &&
    (meta.pages ?? 1) === 1
  ) {
    return { bytes: image.bytes, mimeType };
  }
  let side = Math.min(THUMB_MAX_SIDE, Math.max(width, height));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const bytes = await sharp(image.bytes, { failOn: 'error' })
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: QUALITY })
      .toBuffer();
    if (bytes.byteLength <= THUMB_MAX_BYTES) return { bytes: new Uint8Array(bytes), mimeType: 'image/jpeg' };
    side = Math.floor(side * Math.min(0.9, 0.95 * Math.sqrt(THUMB_MAX_BYTES / bytes.byteLength)));
  }
  throw new Error(`the image cannot be made to fit ${THUMB_MAX_BYTES} bytes`);
}
