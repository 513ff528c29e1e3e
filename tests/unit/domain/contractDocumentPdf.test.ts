/**
 * @jest-environment node
 *
 * Lederaftale.docx as LibreOffice sees it: converted to PDF by `soffice --headless` (Debian's
 * libreoffice-writer-nogui, installed by .ci/run) and read back with pdftotext (poppler-utils).
 * The PDF must hold the title on one line, both leaders and the period on the first page, every
 * heading and every agreement, and page numbers; the .docx itself must use Word's Title and
 * Heading styles, the document language and the author in its core properties.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { getContent } from '../../../src/content';
import { renderContractDocx, type DocumentContract } from '../../../src/domain/contractDocument';
import { DOCUMENT_BASE, MAILS_AGREEMENT } from './fixtures';

jest.setTimeout(180_000);

const SOFFICE = fs.existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : 'soffice';

const contract: DocumentContract = {
  id: 'contract-1',
  ...DOCUMENT_BASE,
  fields: {
    goals: 'Fokus på nøgletal for drift.\nOpfølgning på ledelsesrapportering',
    workEnvironment: 'At jeg har uforstyrret tid',
    alignWithLeader: 'Prioritering, når ressourcerne ikke slår til',
  },
  selfAgreements: [MAILS_AGREEMENT, { id: 'a2', text: 'Jeg lægger pauser ind med mig selv', followUp: '', createdAt: '2026-11-26T09:00:00.000Z' }],
  leaderAgreements: [
    {
      id: 'b1',
      text: 'Vi drøfter de vigtigste sager på vores ugentlige møde',
      followUp: 'De sidste 5 minutter',
      cadence: 'weekly',
      createdAt: '2026-11-26T09:00:00.000Z',
    },
  ],
};

interface Converted {
  pages: string[];
  docx: JSZip;
}

async function convert(c: DocumentContract, author?: string): Promise<Converted> {
  const bytes = await renderContractDocx(c, getContent(c.locale), new Date('2026-11-26T10:00:00Z'), author ? { author } : {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lederaftale-pdf-'));
  try {
    const docxPath = path.join(dir, 'Lederaftale.docx');
    fs.writeFileSync(docxPath, bytes);
    // A profile of its own: parallel LibreOffice runs on one machine must not share one.
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath], {
      stdio: 'pipe',
      timeout: 150_000,
    });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'Lederaftale.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext ends each page with a form feed.
    const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
    return { pages, docx: await JSZip.loadAsync(bytes) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const lines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('Lederaftale.docx in LibreOffice', () => {
  let danish: Converted;
  beforeAll(async () => {
    danish = await convert(contract);
  });

  it('has the title on one line and both leaders and the period on the first page', () => {
    const first = lines(danish.pages[0]!);
    expect(first).toContain('Aftale med dig selv og med nærmeste leder');
    expect(first).toContain('Leder: Mette Hansen');
    expect(first).toContain('Nærmeste leder: Lars Nielsen');
    expect(first).toContain('Periode: 1. december 2026 – 30. november 2027');
  });

  it('holds every heading and every agreement, and the line breaks typed in a field', () => {
    const all = danish.pages.flatMap(lines);
    for (const field of getContent('da').contract.fields) expect(all).toContain(field.heading);
    for (const a of [...contract.selfAgreements, ...contract.leaderAgreements]) expect(all.some((l) => l.includes(a.text))).toBe(true);
    const goals = all.indexOf('Fokus på nøgletal for drift.');
    expect(goals).toBeGreaterThan(0);
    expect(all[goals + 1]).toBe('Opfølgning på ledelsesrapportering');
  });

  it('numbers its pages', () => {
    const count = danish.pages.length;
    danish.pages.forEach((page, i) => expect(lines(page)).toContain(`Side ${i + 1} af ${count}`));
  });

  it("uses Word's Title and Heading styles, with space after headings and the document language", async () => {
    const document = await danish.docx.file('word/document.xml')!.async('string');
    const styles = await danish.docx.file('word/styles.xml')!.async('string');
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:spacing[^>]*w:after="120"/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="da-DK"\/>[\s\S]*<\/w:docDefaults>/);
  });

  it('names the author and the language in its core properties', async () => {
    const core = await danish.docx.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>Mette Hansen</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Mette Hansen</cp:lastModifiedBy>');
    expect(core).toContain('<dc:language>da-DK</dc:language>');
    expect(core).toContain('<dc:title>Aftale med dig selv og med nærmeste leder</dc:title>');
    expect(core).not.toContain('Un-named');
  });

  it('in English: en-GB, English headings, and the nearest leader as author when he saved it', async () => {
    const english = await convert({ ...contract, locale: 'en' }, 'Lars & <Nielsen>');
    const first = lines(english.pages[0]!);
    expect(first).toContain(getContent('en').contract.heading);
    expect(first).toContain('Manager: Lars Nielsen');
    for (const field of getContent('en').contract.fields) expect(english.pages.flatMap(lines)).toContain(field.heading);
    const core = await english.docx.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<dc:creator>Lars &amp; &lt;Nielsen&gt;</dc:creator>');
    expect(english.pages[0]).toContain(`Page 1 of ${english.pages.length}`);
  });
});
