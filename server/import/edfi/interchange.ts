import type { ImportContext } from './context.ts';
import type { XmlElement } from './reader.ts';

export type RecordHandler = (record: XmlElement, context: ImportContext) => void;

/** How the importer reads one Ed-Fi interchange. */
export interface Interchange {
  /** The root element that names the interchange in its file. */
  root: string;
  /** Record handlers by element name; other records are not ours to read. */
  records: Record<string, RecordHandler>;
  /**
   * For small interchanges whose records refer to each other in any order:
   * read the whole file first, then handle records in this element order.
   */
  bufferedOrder?: string[];
  /** For buffered interchanges: a look at all records before handling. */
  before?: (records: XmlElement[], context: ImportContext) => void;
  /** After the last record: resolve what waited for later records. */
  finish?: (context: ImportContext) => void;
}
