/**
 * How Lederaftale.docx looks, apart from what it says: Word's own Title and Heading styles (so the
 * navigation pane, outline and LibreOffice's styles see real headings), spacing after headings,
 * the document's language (da-DK or en-GB: Word's spelling check and hyphenation follow it), page
 * numbers in the footer, and the core properties (author, title, language) Word shows under File →
 * Info. Sections added to the document (the nearest leader's part, the acceptance block) use the
 * same HeadingLevel values and inherit all of this.
 */
import { LOCALE_TAG } from '../content/localeTag';
import { pageStrings } from './documentStrings';
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type IStylesOptions } from 'docx';
import type { Locale } from '../content/types';
import { escapeHtml } from './html';

const FONT = 'Calibri';
const HEADING_FONT = 'Calibri Light';
const HEADING_COLOUR = '1F3864';

/** Sizes in half-points, spacing in twentieths of a point (Word's units). */
export function documentStyles(locale: Locale): IStylesOptions {
  const heading = (size: number, before: number, after: number) => ({
    run: { font: HEADING_FONT, size, bold: true, color: HEADING_COLOUR },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: LOCALE_TAG[locale] } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      // 18 pt: "Aftale med dig selv og med nærmeste leder" (and the English title) fits one line of A4.
      title: { run: { font: HEADING_FONT, size: 36, color: HEADING_COLOUR }, paragraph: { spacing: { after: 120 } } },
      heading1: heading(28, 360, 120),
      heading2: heading(24, 240, 100),
      heading3: heading(22, 200, 80),
    },
  };
}

/** "Side 2 af 3" at the foot of every page. */
export function pageNumberFooter(locale: Locale): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ size: 18, children: [`${pageStrings[locale].page} `, PageNumber.CURRENT, ` ${pageStrings[locale].of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export interface CoreProperties {
  title: string;
  subject: string;
  description: string;
  author: string;
  locale: Locale;
  now: Date;
}

/**
 * docProps/core.xml, written in full because the docx library has no option for dc:language.
 * Same elements as the library's own, plus the language.
 */
export function corePropertiesXml(p: CoreProperties): string {
  // Characters XML 1.0 cannot hold at all (control characters) are dropped; the rest is escaped.
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold are exactly what is dropped
  const text = (tag: string, value: string) => `<${tag}>${escapeHtml(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''))}</${tag}>`;
  const when = p.now.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    text('dc:title', p.title),
    text('dc:subject', p.subject),
    text('dc:creator', p.author),
    text('dc:description', p.description),
    text('dc:language', LOCALE_TAG[p.locale]),
    text('cp:lastModifiedBy', p.author),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
