import "server-only";
import sharp from "sharp";
import { MAX_IMAGE_PIXELS } from "./upload-rules";

export const PREVIEW_MAX_WIDTH = 800;

/**
 * A WebP preview of an image that checkUpload accepted: at most 800 px wide, turned upright by its
 * EXIF orientation, and without metadata (EXIF, GPS, XMP, ICC), which sharp drops unless asked to keep it.
 * Only the first frame of an animation is used.
 */
export async function imagePreview(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
    .autoOrient()
    .resize({ width: PREVIEW_MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}
