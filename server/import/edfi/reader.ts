import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/**
 * One element of an interchange record. Only the record being read is kept
 * as a tree; the file itself is streamed, so a file of any size reads in
 * the memory of its largest record.
 */
export class XmlElement {
  readonly children: XmlElement[] = [];
  text = '';
  /** The line of a record's end tag. */
  endLine = 0;

  constructor(
    readonly name: string,
    readonly attributes: Record<string, string>,
    /** The line of the start tag, for the skip report. */
    readonly line: number,
  ) {}

  /** The first element at a slash-separated path below this one. */
  find(path: string): XmlElement | undefined {
    let found: XmlElement | undefined = this;
    for (const step of path.split('/')) {
      found = found.children.find((child) => child.name === step);
      if (!found) return undefined;
    }
    return found;
  }

  /** Every element at a path below this one. */
  findAll(path: string): XmlElement[] {
    const steps = path.split('/');
    let level: XmlElement[] = [this];
    for (const step of steps) {
      level = level.flatMap((element) =>
        element.children.filter((child) => child.name === step),
      );
    }
    return level;
  }

  /** The trimmed text at a path, or null when absent or empty. */
  value(path: string): string | null {
    const text = this.find(path)?.text.trim();
    return text ? text : null;
  }
}

export interface ReadProgress {
  /** Bytes of this file read so far. */
  bytes: number;
}

export interface MalformedXml {
  line: number;
  message: string;
}

/**
 * Streams an interchange file and hands its records (the children of the
 * root element) to `onRecords` in batches, one batch per chunk read, so a
 * caller can write each batch in one transaction. A file that is not well
 * formed stops at the error, which is returned; the records before it have
 * been handed over.
 */
export async function readRecords(
  file: string,
  onRecords: (records: XmlElement[]) => void,
  onProgress?: (progress: ReadProgress) => void,
): Promise<MalformedXml | null> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let batch: XmlElement[] = [];
  let depth = 0;

  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth < 2) return;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) {
      attributes[localName(name)] = String(value);
    }
    const element = new XmlElement(localName(tag.name), attributes, parser.line);
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    depth -= 1;
    const element = stack.pop();
    if (element && stack.length === 0 && !failure) {
      element.endLine = parser.line;
      batch.push(element);
    }
  });
  // With a handler, saxes reports an error and goes on; we stop instead.
  let failure: MalformedXml | null = null;
  parser.on('error', (error) => {
    // saxes puts "line:column: " (and the file name, if any) first.
    failure ??= { line: parser.line, message: error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') };
  });

  const stream = createReadStream(file, {
    encoding: 'utf8',
    highWaterMark: 256 * 1024,
  });
  let bytes = 0;
  const handOver = () => {
    // saxes may close the record it fails in: one ending at an error is not whole.
    if (failure) batch = batch.filter((record) => record.endLine < failure!.line);
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    onRecords(records);
  };
  for await (const chunk of stream) {
    const text = String(chunk);
    parser.write(text);
    bytes += Buffer.byteLength(text);
    handOver();
    onProgress?.({ bytes });
    if (failure) {
      stream.destroy();
      return failure;
    }
  }
  parser.close();
  handOver();
  return failure;
}

/** Reads just enough of a file to name its root element, or null. */
export async function rootElementName(file: string): Promise<string | null> {
  const parser = new SaxesParser();
  let root: string | null = null;
  parser.on('opentag', (tag) => {
    root ??= localName(tag.name);
  });
  const stream = createReadStream(file, { encoding: 'utf8', end: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(String(chunk));
      if (root) break;
    }
  } catch {
    return root;
  } finally {
    stream.destroy();
  }
  return root;
}

/** Ed-Fi files use a default namespace, but a prefix must not matter. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
