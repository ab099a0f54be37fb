export type FileKind = "document" | "image" | "video";

const MiB = 1024 * 1024;

export const MAX_UPLOAD_BYTES: Record<FileKind, number> = {
  document: 25 * MiB,
  image: 10 * MiB,
  video: 200 * MiB,
};

/** Refused before anything is decoded: a small file can claim a huge canvas (pixel flood). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Office files are ZIP containers: caps read from the central directory, before inflating anything. */
export const ARCHIVE_LIMITS = {
  entries: 2_000,
  uncompressedBytes: 200 * MiB,
  compressionRatio: 100,
} as const;

export type Container =
  | { format: "ooxml"; mainContentType: string }
  | { format: "odf"; mimetype: string };

type UploadType = { kind: FileKind; contentType: string; container?: Container };

const ooxml = (contentType: string) =>
  ({
    kind: "document",
    contentType,
    container: { format: "ooxml", mainContentType: `${contentType}.main+xml` },
  }) satisfies UploadType;

/** The allow-list: extension → what the bytes must be. Everything else is refused. */
export const UPLOAD_TYPES = {
  pdf: { kind: "document", contentType: "application/pdf" },
  docx: ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  xlsx: ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  pptx: ooxml("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  odt: {
    kind: "document",
    contentType: "application/vnd.oasis.opendocument.text",
    container: { format: "odf", mimetype: "application/vnd.oasis.opendocument.text" },
  },
  jpg: { kind: "image", contentType: "image/jpeg" },
  png: { kind: "image", contentType: "image/png" },
  webp: { kind: "image", contentType: "image/webp" },
  gif: { kind: "image", contentType: "image/gif" },
  mp4: { kind: "video", contentType: "video/mp4" },
  webm: { kind: "video", contentType: "video/webm" },
} satisfies Record<string, UploadType>;

export type UploadExtension = keyof typeof UPLOAD_TYPES;

const ALIASES = new Map<string, UploadExtension>([["jpeg", "jpg"]]);

/** The allowed extension of a file name, normalised (".JPEG" → "jpg"), or null. */
export function uploadExtension(name: string): UploadExtension | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const canonical = ALIASES.get(ext) ?? ext;
  return isUploadExtension(canonical) ? canonical : null;
}

export function isUploadExtension(ext: string): ext is UploadExtension {
  return Object.hasOwn(UPLOAD_TYPES, ext);
}
