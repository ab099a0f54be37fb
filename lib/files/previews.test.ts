import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { imagePreview, PREVIEW_MAX_WIDTH } from "./previews";

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#48c" } });

describe("imagePreview", () => {
  test("shrinks to 800 px wide WebP, upright, with no EXIF left", async () => {
    // Stored 2000 × 1000 with orientation 6: a camera held upright, so it is shown 1000 × 2000.
    const original = await photo(2000, 1000)
      .jpeg()
      .withExif({ IFD0: { Copyright: "Иванова М. П.", ImageDescription: "школа № 5" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const meta = await sharp(await imagePreview(original)).metadata();
    expect(meta).toMatchObject({ format: "webp", width: PREVIEW_MAX_WIDTH, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  test("never enlarges a small image", async () => {
    const meta = await sharp(await imagePreview(await photo(300, 200).png().toBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 300, height: 200 });
  });

  test("refuses to decode more pixels than an upload may have", async () => {
    await expect(imagePreview(await photo(8000, 5001).png({ compressionLevel: 1 }).toBuffer())).rejects.toThrow(/pixel limit/);
  });
});
