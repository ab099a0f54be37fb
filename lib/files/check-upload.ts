import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { inspectArchive } from "./inspect-archive";
import {
  isUploadExtension,
  MAX_IMAGE_PIXELS,
  MAX_UPLOAD_BYTES,
  UPLOAD_TYPES,
  uploadExtension,
  type FileKind,
  type UploadExtension,
} from "./upload-rules";

export { ARCHIVE_LIMITS, MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES, type FileKind } from "./upload-rules";

export type UploadRefusal =
  | "empty"
  | "tooLarge"
  | "typeNotAllowed"
  | "typeMismatch"
  | "archiveTooLarge"
  | "imageTooLarge"
  | "damaged";

export type UploadCheck =
  | { ok: true; kind: FileKind; ext: UploadExtension; contentType: string }
  | { ok: false; code: UploadRefusal };

// A browser that calls the file a page, SVG, XML or a program is believed, whatever the bytes look like.
const DANGEROUS_DECLARED =
  /^(?:text\/(?:html|xml|javascript)|image\/svg\+xml|application\/(?:xhtml\+xml|xml|javascript|x-javascript|ecmascript|x-msdownload|x-sh))$/;
// Markup a browser would find in the head of an image, PDF or video that doubles as a page.
const EMBEDDED_MARKUP = /<(?:script|html|svg|iframe|object|embed)[\s/>]|<!doctype\s+html/;

/**
 * Decides whether an uploaded file may be stored. The content type returned comes from the bytes,
 * never from the name or the browser. Nothing is decoded: images are judged by their header,
 * office files by their ZIP directory and marker.
 */
export async function checkUpload({ name, bytes, declaredType }: { name: string; bytes: Buffer; declaredType?: string }): Promise<UploadCheck> {
  if (bytes.length === 0) return refuse("empty");
  const ext = uploadExtension(name);
  if (!ext) return refuse("typeNotAllowed");
  const rule = UPLOAD_TYPES[ext];
  if (bytes.length > MAX_UPLOAD_BYTES[rule.kind]) return refuse("tooLarge");
  if (startsAsMarkupOrScript(bytes)) return refuse("typeNotAllowed");
  const declared = declaredType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (DANGEROUS_DECLARED.test(declared)) return refuse("typeNotAllowed");

  const detected = (await fileTypeFromBuffer(bytes))?.ext;
  if ("container" in rule) {
    // A bomb without a marker is only a "zip" to file-type: that too is opened and judged by its directory.
    if (detected !== "zip" && detected !== ext) return refuse(wrongContent(detected));
    const verdict = await inspectArchive(bytes, rule.container);
    if (verdict !== "ok") return refuse(verdict);
  } else {
    if (detected !== ext) return refuse(wrongContent(detected));
    if (EMBEDDED_MARKUP.test(bytes.subarray(0, 1024).toString("latin1").toLowerCase())) return refuse("typeNotAllowed");
  }
  if (rule.kind === "image") {
    const size = readImageSize(bytes);
    if (!size) return refuse("damaged");
    if (size.width * size.height > MAX_IMAGE_PIXELS) return refuse("imageTooLarge");
  }
  // A browser's type that names another allowed format means the name and the bytes disagree.
  if (declared && declared !== rule.contentType && Object.values(UPLOAD_TYPES).some((t) => t.contentType === declared)) {
    return refuse("typeMismatch");
  }
  return { ok: true, kind: rule.kind, ext, contentType: rule.contentType };
}

function refuse(code: UploadRefusal): UploadCheck {
  return { ok: false, code };
}

/** Bytes of an allowed format under the wrong name are a mismatch; anything else recognised is refused. */
function wrongContent(detected: string | undefined): UploadRefusal {
  return detected && !isUploadExtension(detected) ? "typeNotAllowed" : "typeMismatch";
}

/** HTML, SVG, XML and shebang scripts, after any byte-order mark and blank space. */
function startsAsMarkupOrScript(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 256);
  const encoding =
    head[0] === 0xff && head[1] === 0xfe ? "utf-16le" : head[0] === 0xfe && head[1] === 0xff ? "utf-16be" : "utf-8";
  // Decoding drops the byte-order mark; bytes that are not text decode to U+FFFD, never to "<".
  const start = new TextDecoder(encoding).decode(head).replace(/^[\t\n\f\r ]+/, "");
  return start.startsWith("<") || start.startsWith("#!");
}

function readImageSize(bytes: Buffer): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return { width, height };
  } catch {
    return null;
  }
}
