import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { noteBlock, NoteCount, type NoteLabel } from '../notes.js';

const LABELS: Record<string, NoteLabel> = { footnote: 'Footnote', endnote: 'Endnote', comment: 'Comment' };
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NOTE_ID = /^(footnote|endnote|comment)-(-?\d+)$/;

type Parent = Root | Element;

const idOf = (node: RootContent | ElementContent): string => (node.type === 'element' ? String(node.properties.id ?? '') : '');
const hrefOf = (node: ElementContent): string => (node.type === 'element' && node.tagName === 'a' ? String(node.properties.href ?? '') : '');

/** The note's text without the back link mammoth adds (`↑`). */
function bodyText(nodes: readonly ElementContent[]): string {
  const copy = structuredClone(nodes).map((node) => stripBackLinks(node));
  return copy
    .map((node) => toText(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripBackLinks(node: ElementContent): ElementContent {
  if (node.type === 'element') node.children = node.children.filter((child) => !/^#(?:footnote|endnote|comment)-ref-/.test(hrefOf(child))).map(stripBackLinks);
  return node;
}

/**
 * Mammoth's HTML of a Word document, with what the respondent typed or
 * noted made plain: a check box (a content control's or a legacy form
 * field's) becomes ☒ or ☐ where it stands; footnotes, endnotes and
 * comments, which mammoth lists at the end, each follow the paragraph
 * that refers to them as `[Footnote: ...]` / `[Comment: ...]`, and their
 * reference marks (`[1]`) are dropped from the text.
 */
export function placeNotes(tree: Root): NoteCount {
  const bodies = new Map<string, { label: NoteLabel; text: string }>();
  const refs: { id: string; block: Parent; anchor: Element; parent: Parent }[] = [];
  const lists: { parent: Parent; node: Element }[] = [];

  const walk = (parent: Parent, block: Parent | undefined): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (node.type !== 'element') continue;
      if (node.tagName === 'input' && node.properties.type === 'checkbox') {
        parent.children[i] = { type: 'text', value: node.properties.checked ? '☒ ' : '☐ ' };
        continue;
      }
      const noteList = (node.tagName === 'ol' || node.tagName === 'dl') && node.children.some((child) => NOTE_ID.test(idOf(child)));
      if (noteList) {
        collectBodies(node, bodies);
        lists.push({ parent, node });
        continue;
      }
      const href = /^#((?:footnote|endnote|comment)-(?:-?\d+))$/.exec(hrefOf(node));
      if (href && block) {
        refs.push({ id: href[1]!, block, anchor: node, parent });
        continue;
      }
      walk(node, BLOCKS.has(node.tagName) ? node : block);
    }
  };
  walk(tree, undefined);

  for (const { parent, node } of lists) parent.children = (parent.children as ElementContent[]).filter((child) => child !== node);
  const count = new NoteCount();
  const after = new Map<Parent, Element[]>();
  for (const ref of refs) {
    ref.parent.children = (ref.parent.children as ElementContent[]).filter((child) => child !== ref.anchor);
    const body = bodies.get(ref.id);
    if (!body?.text) continue;
    count.add(body.label);
    const note: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: noteBlock(body.label, body.text) }] };
    after.set(ref.block, [...(after.get(ref.block) ?? []), note]);
  }
  insertAfter(tree, after);
  return count;
}

function collectBodies(list: Element, bodies: Map<string, { label: NoteLabel; text: string }>): void {
  const items = list.children.filter((child): child is Element => child.type === 'element');
  for (let i = 0; i < items.length; i++) {
    const match = NOTE_ID.exec(idOf(items[i]!));
    if (!match) continue;
    // A comment is a `dt` (its heading) with the text in the `dd` after it; a note is an `li`.
    const content = items[i]!.tagName === 'dt' ? (items[i + 1]?.children ?? []) : items[i]!.children;
    bodies.set(`${match[1]}-${match[2]}`, { label: LABELS[match[1]!]!, text: bodyText(content) });
  }
}

/** Puts each block's notes right after it, in the order they are referred to. */
function insertAfter(tree: Root, after: Map<Parent, Element[]>): void {
  if (after.size === 0) return;
  const visit = (parent: Parent): void => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'element') visit(child);
      out.push(child);
      if (child.type === 'element' && after.has(child)) out.push(...after.get(child)!);
    }
    parent.children = out as typeof parent.children;
  };
  visit(tree);
}
