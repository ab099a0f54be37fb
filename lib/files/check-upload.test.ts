import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { crc32, deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { ZipFile } from "yazl";
import { ARCHIVE_LIMITS, checkUpload, MAX_UPLOAD_BYTES, type UploadRefusal } from "./check-upload";

// Every file is made here, from its format's real structure: no fixture needed.

type ZipEntry = { name: string; content: Buffer | string | Readable; store?: boolean };

async function zip(entries: ZipEntry[]): Promise<Buffer> {
  const archive = new ZipFile();
  for (const { name, content, store } of entries) {
    const options = { compress: !store };
    if (content instanceof Readable) archive.addReadStream(content, name, options);
    else archive.addBuffer(Buffer.from(content), name, options);
  }
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const contentTypes = (mainPart: string, mainType: string) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${mainPart}" ContentType="${mainType}"/></Types>`;
const rels = (mainPart: string) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`;

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const wordBody =
  `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  "<w:body><w:p><w:r><w:t>Технологическая карта урока</w:t></w:r></w:p></w:body></w:document>";

function docx(mainType = WORD_MAIN, extra: ZipEntry[] = []) {
  return zip([
    { name: "[Content_Types].xml", content: contentTypes("word/document.xml", mainType) },
    { name: "_rels/.rels", content: rels("word/document.xml") },
    { name: "word/document.xml", content: wordBody },
    ...extra,
  ]);
}

function pptx() {
  return zip([
    {
      name: "[Content_Types].xml",
      content: contentTypes("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
    },
    { name: "_rels/.rels", content: rels("ppt/presentation.xml") },
    {
      name: "ppt/presentation.xml",
      content: `${XML}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldSz cx="9144000" cy="6858000"/></p:presentation>`,
    },
  ]);
}

async function xlsx() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Оценочный лист");
  sheet.addRow(["Критерий", "Баллы"]);
  sheet.addRow(["Актуальность", 3]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ODF wants "mimetype" first and stored, so its type is readable at a fixed offset.
function odt(mimetype = "application/vnd.oasis.opendocument.text") {
  return zip([
    { name: "mimetype", content: mimetype, store: true },
    {
      name: "META-INF/manifest.xml",
      content: `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: "content.xml",
      content: `${XML}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Конспект занятия</text:p></office:text></office:body></office:document-content>`,
    },
  ]);
}

/** A one-page PDF with a correct cross-reference table. */
function pdf(prefix = "") {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = `${prefix}%PDF-1.4\n`;
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(body);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const picture = () => sharp({ create: { width: 64, height: 48, channels: 3, background: "#2a6" } });

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
  return Buffer.concat([length, Buffer.from(type, "latin1"), data, crc]);
}

/** A valid PNG of a few hundred bytes whose header claims width × height pixels. */
function pngClaiming(width: number, height: number) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.alloc(1024))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ISO base media file: the ftyp box a camera writes first, then an empty mdat. */
function mp4Header() {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypisom"), Buffer.from([0, 0, 2, 0]), Buffer.from("isomiso2avc1mp41")]);
  return Buffer.concat([ftyp, Buffer.from([0, 0, 0, 8]), Buffer.from("mdat")]);
}

/** An EBML header whose DocType is webm. */
function webmHeader() {
  return Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f]),
    Buffer.from([0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08]),
    Buffer.from([0x42, 0x82, 0x84]),
    Buffer.from("webm"),
    Buffer.from([0x42, 0x87, 0x81, 0x02, 0x42, 0x85, 0x81, 0x02]),
  ]);
}

/** A Windows executable's DOS and PE headers. */
function exe() {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
}

/** Rewrites the uncompressed size an entry declares in the central directory, as a forger would. */
function declareSize(archive: Buffer, name: string, size: number) {
  const copy = Buffer.from(archive);
  const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = copy.indexOf(central); at !== -1; at = copy.indexOf(central, at + 4)) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString("utf8", at + 46, at + 46 + nameLength) === name) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

function zeros(bytes: number) {
  const chunk = Buffer.alloc(1024 * 1024);
  return Readable.from(
    (function* () {
      for (let left = bytes; left > 0; left -= chunk.length) yield chunk.subarray(0, Math.min(left, chunk.length));
    })(),
  );
}

const MiB = 1024 * 1024;
const HTML = "<!DOCTYPE html><html><body><script>fetch('/api/session')</script></body></html>";
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>';

describe("accepted", () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    ["План урока.pdf", () => pdf(), "document", "application/pdf"],
    ["Разработка.docx", () => docx(), "document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["Оценочный лист.xlsx", xlsx, "document", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["Презентация.pptx", pptx, "document", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    ["Конспект.odt", () => odt(), "document", "application/vnd.oasis.opendocument.text"],
    ["фото.png", () => picture().png().toBuffer(), "image", "image/png"],
    ["фото.JPEG", () => picture().jpeg().toBuffer(), "image", "image/jpeg"],
    ["фото.webp", () => picture().webp().toBuffer(), "image", "image/webp"],
    ["схема.gif", () => picture().gif().toBuffer(), "image", "image/gif"],
    ["урок.mp4", mp4Header, "video", "video/mp4"],
    ["урок.webm", webmHeader, "video", "video/webm"],
  ];

  test.each(cases)("%s", async (name, make, kind, contentType) => {
    const ext = name.split(".").pop()!.toLowerCase().replace("jpeg", "jpg");
    expect(await checkUpload({ name, bytes: await make() })).toEqual({ ok: true, kind, ext, contentType });
  });

  test("a generic or matching browser type does not matter", async () => {
    for (const declaredType of ["application/octet-stream", "application/pdf", "application/pdf; charset=binary", ""]) {
      expect(await checkUpload({ name: "a.pdf", bytes: pdf(), declaredType })).toMatchObject({ ok: true });
    }
  });

  test("a picture of exactly the pixel limit", async () => {
    expect(await checkUpload({ name: "wide.png", bytes: pngClaiming(8000, 5000) })).toMatchObject({ ok: true, ext: "png" });
  });
});

describe("refused", () => {
  const cases: [string, string, () => Promise<Buffer> | Buffer, UploadRefusal, string?][] = [
    ["an empty file", "пусто.pdf", () => Buffer.alloc(0), "empty"],
    ["HTML renamed .pdf", "отчёт.pdf", () => Buffer.from(HTML), "typeNotAllowed"],
    ["HTML in UTF-16 with a byte-order mark", "отчёт.pdf", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`  ${HTML}`, "utf16le")]), "typeNotAllowed"],
    ["SVG", "схема.svg", () => Buffer.from(SVG), "typeNotAllowed"],
    ["SVG renamed .png", "схема.png", () => Buffer.from(SVG), "typeNotAllowed"],
    ["SVG with an XML declaration, renamed .png", "схема.png", () => Buffer.from(`\ufeff\n<?xml version="1.0"?>${SVG}`), "typeNotAllowed"],
    ["a PDF/HTML polyglot that starts with <html", "статья.pdf", () => pdf(`<html><body><script>alert(1)</script></body></html>\n`), "typeNotAllowed"],
    ["a GIF that is also a script", "анимация.gif", () => Buffer.concat([Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00", "latin1"), Buffer.from("*/=1;<script>alert(1)</script>")]), "typeNotAllowed"],
    ["a shell script renamed .pdf", "run.pdf", () => Buffer.from("#!/bin/sh\nrm -rf /\n"), "typeNotAllowed"],
    ["an EXE renamed .docx", "Разработка.docx", exe, "typeNotAllowed"],
    ["an EXE", "setup.exe", exe, "typeNotAllowed"],
    ["an ELF binary renamed .mp4", "урок.mp4", () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]), "typeNotAllowed"],
    ["a plain ZIP renamed .pdf", "архив.pdf", () => zip([{ name: "a.txt", content: "a" }]), "typeNotAllowed"],
    ["a file without an extension", "README", () => pdf(), "typeNotAllowed"],
    ["a PNG renamed .jpg", "фото.jpg", () => picture().png().toBuffer(), "typeMismatch"],
    ["a PDF sent as image/png", "план.pdf", () => pdf(), "typeMismatch", "image/png"],
    ["a PDF sent as text/html", "план.pdf", () => pdf(), "typeNotAllowed", "text/html"],
    ["text renamed .pdf", "заметка.pdf", () => Buffer.from("Просто текст"), "typeMismatch"],
    ["an XLSX renamed .docx", "таблица.docx", xlsx, "typeMismatch"],
    ["a DOCX renamed .pptx", "слайды.pptx", () => docx(), "typeMismatch"],
    ["a macro-enabled DOCM renamed .docx", "макрос.docx", () => docx("application/vnd.ms-word.document.macroEnabled.main+xml"), "typeNotAllowed"],
    ["a ZIP without the OOXML marker renamed .docx", "документ.docx", () => zip([{ name: "word/document.xml", content: wordBody }]), "typeMismatch"],
    ["a spreadsheet ODS renamed .odt", "таблица.odt", () => odt("application/vnd.oasis.opendocument.spreadsheet"), "typeNotAllowed"],
    ["a truncated DOCX", "обрыв.docx", async () => (await docx()).subarray(0, 300), "damaged"],
    ["a JPEG cut off before its size", "битый.jpg", () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from("JFIF\0"), Buffer.alloc(40)]), "damaged"],
    ["a pixel flood: a PNG whose header claims 50,000 × 50,000", "flood.png", () => pngClaiming(50_000, 50_000), "imageTooLarge"],
    ["one pixel over the limit", "wide.png", () => pngClaiming(8001, 5000), "imageTooLarge"],
    ["an image over its size cap", "фото.png", () => Buffer.alloc(MAX_UPLOAD_BYTES.image + 1), "tooLarge"],
    ["a document over its size cap", "план.pdf", () => Buffer.alloc(MAX_UPLOAD_BYTES.document + 1), "tooLarge"],
    ["a DOCX with an entry compressed more than 100 times", "сжато.docx", () => docx(WORD_MAIN, [{ name: "word/media/blank.bin", content: zeros(4 * MiB) }]), "archiveTooLarge"],
    [
      "a DOCX with too many entries",
      "много.docx",
      () => docx(WORD_MAIN, Array.from({ length: ARCHIVE_LIMITS.entries }, (_, i) => ({ name: `word/media/${i}.txt`, content: `${i}` }))),
      "archiveTooLarge",
    ],
  ];

  test.each(cases)("%s", async (_label, name, make, code, declaredType) => {
    expect(await checkUpload({ name, bytes: await make(), declaredType })).toEqual({ ok: false, code });
  });

  test("a zip bomb disguised as DOCX: 300 MB of zeros in one entry", async () => {
    const bomb = await zip([{ name: "word/document.xml", content: zeros(300 * MiB) }]);
    expect(bomb.length).toBeLessThan(MiB);
    expect(await checkUpload({ name: "Методичка.docx", bytes: bomb })).toEqual({ ok: false, code: "archiveTooLarge" });
  });

  test("a DOCX that declares more than 200 MB in all, each entry under the ratio", async () => {
    const media = Array.from({ length: 3 }, (_, i) => ({ name: `word/media/${i}.bin`, content: randomBytes(MiB) }));
    let archive = await docx(WORD_MAIN, media);
    for (const { name } of media) archive = declareSize(archive, name, 70 * MiB);
    expect(await checkUpload({ name: "большой.docx", bytes: archive })).toEqual({ ok: false, code: "archiveTooLarge" });
  });

  test("a DOCX whose marker inflates past the size it declares", async () => {
    const archive = declareSize(await docx(), "[Content_Types].xml", 10);
    expect(await checkUpload({ name: "ложь.docx", bytes: archive })).toEqual({ ok: false, code: "damaged" });
  });

  test("the same bytes fit a video but not a document", async () => {
    const bytes = Buffer.concat([mp4Header(), Buffer.alloc(MAX_UPLOAD_BYTES.document)]);
    expect(await checkUpload({ name: "урок.mp4", bytes })).toMatchObject({ ok: true, kind: "video" });
    expect(await checkUpload({ name: "урок.pdf", bytes })).toEqual({ ok: false, code: "tooLarge" });
  });
});
