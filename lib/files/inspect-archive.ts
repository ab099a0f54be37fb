import "server-only";
import { fromBufferPromise, type Entry } from "yauzl";
import { ARCHIVE_LIMITS, type Container } from "./upload-rules";

export type ArchiveVerdict = "ok" | "archiveTooLarge" | "typeMismatch" | "damaged";

// The marker is a few hundred bytes in real files; anything bigger is not one.
const MAX_MARKER_BYTES = 1024 * 1024;

/**
 * Checks an office file's ZIP container against ARCHIVE_LIMITS using the sizes its central directory
 * declares (nothing is inflated for that), then reads only its small marker entry, which must name the
 * expected format. yauzl stops the read if an entry inflates past its declared size, so a lying header
 * cannot turn the marker into a bomb.
 */
export async function inspectArchive(bytes: Buffer, container: Container): Promise<ArchiveVerdict> {
  try {
    const zip = await fromBufferPromise(bytes, { validateEntrySizes: true });
    if (zip.entryCount > ARCHIVE_LIMITS.entries) return "archiveTooLarge";
    const markerName = container.format === "ooxml" ? "[Content_Types].xml" : "mimetype";
    let marker: Entry | undefined;
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > ARCHIVE_LIMITS.uncompressedBytes) return "archiveTooLarge";
      if (entry.uncompressedSize > entry.compressedSize * ARCHIVE_LIMITS.compressionRatio) return "archiveTooLarge";
      if (entry.fileName === markerName) marker = entry;
    }
    if (!marker || marker.uncompressedSize > MAX_MARKER_BYTES) return "typeMismatch";
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(marker)) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const matches =
      container.format === "ooxml"
        ? text.includes(`ContentType="${container.mainContentType}"`)
        : text.trim() === container.mimetype;
    return matches ? "ok" : "typeMismatch";
  } catch {
    // yauzl throws only for malformed archives: bad headers, sizes that lie, broken deflate data.
    return "damaged";
  }
}
