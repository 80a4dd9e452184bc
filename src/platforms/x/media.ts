import type { EUploadMimeType, TwitterApi } from 'twitter-api-v2';

/** X refuses alt text over 1,000 characters. */
const MAX_ALT_CHARACTERS = 1000;

export interface XImage {
  bytes: Uint8Array;
  mimeType: string;
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
