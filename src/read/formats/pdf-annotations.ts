import type { PlacedText } from './pdf-layout.js';
import { MAX_FORM_FIELDS, tooManyFields } from './reader.js';

/** What pdf.js says of an annotation, as far as it is read here. */
export interface AnnotationData {
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  rect?: number[] | null;
  checkBox?: boolean;
  radioButton?: boolean;
  exportValue?: string;
  buttonValue?: string;
  contentsObj?: { str?: string };
}

/** Annotations that carry a reviewer's note in their contents; a Popup repeats its parent's. */
const COMMENTED = new Set(['Text', 'FreeText', 'Highlight', 'Underline', 'Squiggly', 'StrikeOut', 'Caret', 'Ink', 'Square', 'Circle', 'Stamp']);

/** A form field's value as text: the typed text, a ticked or unticked box, the chosen options. */
function fieldText(a: AnnotationData): string {
  if (a.fieldType === 'Btn') {
    if (!a.checkBox && !a.radioButton) return '';
    const value = typeof a.fieldValue === 'string' ? a.fieldValue : '';
    const ticked = a.radioButton ? value !== '' && value === a.buttonValue : value !== '' && value !== 'Off';
    return ticked ? '☒' : '☐';
  }
  const value = Array.isArray(a.fieldValue) ? a.fieldValue.join('; ') : typeof a.fieldValue === 'string' ? a.fieldValue : '';
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * A page's AcroForm fields (widgets with a value) as text placed where the
 * field is, so that a value is read after its label in reading order, and
 * the page's comments. pdf.js's text layer holds neither. More fields than
 * MAX_FORM_FIELDS in the document refuses it; `seen` counts across pages.
 */
export function readAnnotations(annotations: readonly AnnotationData[], bodySize: number, seen: { fields: number }): { fields: PlacedText[]; comments: string[] } {
  const fields: PlacedText[] = [];
  const comments: string[] = [];
  for (const a of annotations) {
    if (a.subtype === 'Widget') {
      if (++seen.fields > MAX_FORM_FIELDS) throw tooManyFields();
      const text = fieldText(a);
      const rect = a.rect;
      if (!text || !rect || rect.length < 4) continue;
      const [x1, y1, , y2] = rect as [number, number, number, number];
      const size = Math.min(bodySize, Math.max(1, y2 - y1));
      // The text's baseline sits about a quarter of the way up a one-line field.
      fields.push({ str: text, x: x1 + 1, y: y1 + (y2 - y1 - size) / 2 + size * 0.2, width: Math.max(size, text.length * size * 0.5), fontSize: size, hasEOL: false });
    } else if (a.subtype && COMMENTED.has(a.subtype)) {
      const text = a.contentsObj?.str?.replace(/\s+/g, ' ').trim();
      if (text) comments.push(text);
    }
  }
  return { fields, comments };
}

/**
 * Field values put among a page's text items where reading order meets
 * them: before the first item lower on the page, or right of them on the
 * same line. A value then joins its label's line, or makes a line of its own.
 */
export function placeFields(items: readonly PlacedText[], fields: readonly PlacedText[]): PlacedText[] {
  const out = [...items];
  for (const field of fields) {
    const tolerance = field.fontSize / 3;
    let at = out.findIndex((item) => item.str.trim() !== '' && (item.y < field.y - tolerance || (Math.abs(item.y - field.y) <= tolerance && item.x > field.x)));
    if (at < 0) at = out.length;
    const next = out[at];
    // A label right of the field (a check box's) goes on in its line; otherwise the field's line ends with it.
    const sameLine = next !== undefined && Math.abs(next.y - field.y) <= tolerance;
    out.splice(at, 0, { ...field, hasEOL: !sameLine });
  }
  return out;
}
