import { crc32, deflateRawSync } from 'node:zlib';

/** Writes a zip archive (deflated members, in the given order), as Excel and LibreOffice do. */
export function zip(members: readonly { name: string; data: string | Buffer; store?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const data = typeof m.data === 'string' ? Buffer.from(m.data, 'utf8') : m.data;
    const body = m.store ? data : deflateRawSync(data);
    const name = Buffer.from(m.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(m.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(m.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  /** `<row>` elements (the content of `<sheetData>`) */
  readonly rows: string;
  readonly sharedStrings?: readonly string[];
  /** numFmtId of each cellXfs entry (index = the `s` attribute) */
  readonly cellFormats?: readonly number[];
  readonly customFormats?: Readonly<Record<number, string>>;
  readonly date1904?: boolean;
  /** write the shared strings after the sheet in the archive, as some writers do */
  readonly sharedStringsLast?: boolean;
  /** a chart sheet listed before the worksheet */
  readonly chartSheetFirst?: boolean;
}

/** An XLSX workbook as Excel lays it out: shared strings, styles, one worksheet named "Feuil1". */
export function xlsx(spec: SheetSpec): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${spec.sharedStrings?.length ?? 0}">${(
    spec.sharedStrings ?? []
  )
    .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
    .join('')}</sst>`;
  const formats = Object.entries(spec.customFormats ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code).replace(/"/g, '&quot;')}"/>`)
    .join('');
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}><numFmts>${formats}</numFmts><cellXfs>${(
    spec.cellFormats ?? [0]
  )
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join('')}</cellXfs></styleSheet>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} xmlns:r="${REL}"><sheetData>${spec.rows}</sheetData></worksheet>`;
  const sheets = spec.chartSheetFirst
    ? '<sheet name="Graphique" sheetId="2" r:id="rId9"/><sheet name="Feuil1" sheetId="1" r:id="rId1"/>'
    : '<sheet name="Feuil1" sheetId="1" r:id="rId1"/>';
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const root = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetMember = { name: 'xl/worksheets/sheet1.xml', data: sheet };
  const sstMember = { name: 'xl/sharedStrings.xml', data: sst };
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: '_rels/.rels', data: root },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/styles.xml', data: styles },
    ...(spec.sharedStringsLast ? [sheetMember, sstMember] : [sstMember, sheetMember]),
  ]);
}
