import fc from 'fast-check';

/**
 * Arbitraries for the property tests: documents in the genre (consultation
 * responses with numbered questions, closed answers, cue sentences, bullets,
 * Citizen Space forms, page furniture) with hostile fragments and random text
 * mixed in, the byte encodings csc-tag reads, and random corruption of those
 * bytes. Everything is built from pieces so that most generated documents
 * reach the segmenter and classifier instead of being noise they ignore.
 */

/** Fragments that could break a report format, a decoder or a position calculation. */
export const HOSTILE_BITS: readonly string[] = [
  '|',
  '||',
  '`',
  '```',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '](javascript:x)',
  '[x](javascript:x)',
  '![i](http://x.example/t.png)',
  '[a]: http://x.example',
  '[^1]',
  '[^1]: note',
  '<https://x.example>',
  'https://evil.example/path',
  'http://evil.example',
  'www.evil.example',
  'WWW.Evil.Example',
  'a@b.example',
  'mailto:a@b.example',
  '@user',
  '=cmd()',
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1',
  '"quoted", comma',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\uFFFD',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00A0',
  '\u200B',
  '\u2060',
  '😀',
  '👩🏽‍⚕️',
  '🇬🇧',
  '&lt;',
  '&amp;',
  '&#60;',
  '<!-- x -->',
  '\\',
  '\\|',
  '**',
  '_',
  '~~',
  '$x$',
  '{#id}',
  '# ',
  '> ',
  '---',
  '1) ',
  '£',
  '’',
  '…',
];

export const hostileBit: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE_BITS);

/** One long word or URL, up to a few thousand characters. */
export const longWord: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('safeguarding', 'kinship', 'x', 'é', '😀', 'https://example.org/'), fc.integer({ min: 60, max: 3000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** Random text of every kind: ASCII, printable graphemes, any code point, hostile fragments. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  hostileBit,
  fc.array(fc.oneof(hostileBit, fc.string({ maxLength: 6 })), { maxLength: 6 }).map((parts) => parts.join('')),
);

const SUBJECTS = ['We', 'The council', 'Our partnership', 'I', 'The trust', 'Foster carers', 'This'];
const VERBS = [
  'support',
  'do not support',
  'welcome',
  'strongly welcome',
  'agree with',
  'disagree with',
  'are concerned about',
  'are not opposed to',
  'are somewhat supportive of',
  'fail to see the value of',
  'have reservations about',
  'oppose',
  'would like more detail on',
];
const OBJECTS = [
  'the proposal',
  'the plan for kinship carers',
  'the £45 million for pathfinder areas',
  'information sharing between police and health',
  'social worker caseloads',
  'the new multi-agency child protection teams',
  'funding for early help',
  'training for staff',
  'the Family Help Service',
  'special guardianship allowances',
  'agency social workers',
  'regional care cooperatives',
];
const OPENERS = ['', '', '', 'However, ', 'But ', 'It is unclear whether ', 'This will not work because ', 'Perhaps ', 'On balance, ', 'In our view, '];

const word: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'children',
      'families',
      'carers',
      'local',
      'authority',
      'plan',
      'council',
      'not',
      'however',
      'funding',
      'kinship',
      'staff',
      'police',
      'health',
      'schools',
      'caseloads',
      'we',
      'support',
      'agree',
    ),
  },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: hostileBit },
);

/** A sentence in the genre, sometimes with random or hostile text inside. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.constantFrom('.', '.', '!', '', '?', ';'))
      .map(([o, s, v, ob, end]) => `${o}${o === '' ? s : s.toLowerCase()} ${v} ${ob}${end}`),
  },
  { weight: 2, arbitrary: fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`) },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: longWord },
);

export const paragraph: fc.Arbitrary<string> = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', ' ', '\n', '  ')).map(([sentences, sep]) => sentences.join(sep));

const QUESTION_LEADS = [
  'Do you agree with',
  'To what extent do you agree with',
  'Do you agree that we should fund',
  'Do you support',
  'To what extent are you supportive of',
  'How can we improve',
  'What would help with',
  'Do you have any comments on',
  'What more could employers do about',
  'Should we change',
];

export const questionText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...QUESTION_LEADS), fc.constantFrom(...OBJECTS), fc.constantFrom('?', '?', ':', '')).map(([lead, obj, end]) => `${lead} ${obj}${end}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...QUESTION_LEADS), noise).map(([lead, n]) => `${lead} ${n}?`) },
  { weight: 1, arbitrary: fc.tuple(noise, fc.constantFrom(...QUESTION_LEADS)).map(([n, lead]) => `${n} ${lead} the plan?`) },
);

const LETTERS = ['a', 'b', 'c', 'd'];
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'x'];

export const questionLine: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom(...LETTERS), fc.constantFrom(...ROMANS), questionText, fc.integer({ min: 0, max: 12 }))
  .map(([n, l, r, q, form]) => {
    switch (form) {
      case 0:
        return `Question ${n}: ${q}`;
      case 1:
        return `Question ${n}. ${q}`;
      case 2:
        return `Q${n}. ${q}`;
      case 3:
        return `Q${n}: ${q}`;
      case 4:
        return `${n}. ${q}`;
      case 5:
        return `${n}${l}. ${q}`;
      case 6:
        return `${l}. ${q}`;
      case 7:
        return `(${l}) ${q}`;
      case 8:
        return `${r}. ${q}`;
      case 9:
        return `## Question ${n}\n\n${q}`;
      case 10:
        return `**Q${n}.** ${q}`;
      case 11:
        return `Question ${n}.\n${q}`;
      default:
        return q;
    }
  });

const CLOSED = [
  'Agree.',
  'Agree',
  'Strongly agree',
  'Neutral.',
  'Neither agree nor disagree',
  'Disagree.',
  'Strongly disagree',
  'Tend to agree',
  'Tend to disagree',
  "Don't know",
  'Don’t know.',
  'Yes.',
  'No.',
  'Yes',
  'See above.',
  'Please see our answer to question 4.',
  'Not applicable.',
  'No further comments.',
  'We are somewhat supportive of the proposal.',
];

export const closedAnswer: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CLOSED) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Yes, because ', 'No, because ', 'Agree. ', 'Disagree. '), paragraph).map(([a, b]) => a + b) },
);

export const bullets: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('• ', '- ', '* ', '– ', '▪ '), fc.array(sentence, { minLength: 1, maxLength: 4 }))
  .map(([mark, items]) => items.map((item) => mark + item).join('\n'));

const OPTIONS = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree', 'Fully supportive', 'Somewhat supportive', 'Not supportive'];

/** A Citizen Space form answer: one option ticked (or none), on separate lines or inline. */
export const citizenSpace: fc.Arbitrary<string> = fc
  .tuple(fc.subarray(OPTIONS, { minLength: 1 }), fc.integer({ min: -1, max: 7 }), fc.boolean(), fc.option(paragraph, { nil: undefined }))
  .map(([options, ticked, inline, explain]) => {
    const lines = ['Please select one item'];
    options.forEach((option, i) => {
      const state = i === ticked ? 'Ticked' : 'Unticked';
      if (inline) lines.push(`Radio button: ${state} ${option}`);
      else lines.push('Radio button:', state, option);
    });
    let out = lines.join('\n');
    if (explain !== undefined) out += `\n\nPlease explain your answer\n\n${explain}`;
    return out;
  });

const FURNITURE = [
  'Leave a Reply',
  'Click here to sign up',
  'View all news',
  'We use cookies to improve your experience.',
  'Share this page',
  'Response ID ANON-7Q2K-4HT9-M',
  'Submitted on 2023-05-02 21:14:07',
  'Questions',
  'Yours sincerely,',
];

export const furniture: fc.Arbitrary<string> = fc.constantFrom(...FURNITURE);

/** Markdown structure (for `.md` documents, where remark finds the blocks): quotes, fences, tables, HTML, nested lists, emphasis, links. */
export const markdownBlock: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 0, max: 9 }), sentence, sentence).map(([form, a, b]) => {
  switch (form) {
    case 0:
      return `> ${a}\n> ${b}`;
    case 1:
      return `\`\`\`\n${a}\n${b}\n\`\`\``;
    case 2:
      return `| answer | note |\n| --- | --- |\n| ${a} | ${b} |`;
    case 3:
      return `<div>${a}</div>\n\n${b}`;
    case 4:
      return `    ${a}\n    ${b}`;
    case 5:
      return `- ${a}\n  - ${b}\n    1. ${a}`;
    case 6:
      return `**${a}** _${b}_`;
    case 7:
      return `[${a}](http://x.example "${b}") and ![img](x.png)`;
    case 8:
      return `${a}\n===\n\n${b}\n---`;
    default:
      return `${a}  \n${b}\\\n[ref]: http://x.example`;
  }
});

/** A question with its answer blocks. */
export const questionUnit: fc.Arbitrary<string[]> = fc
  .tuple(
    questionLine,
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: paragraph },
        { weight: 2, arbitrary: closedAnswer },
        { weight: 1, arbitrary: bullets },
        { weight: 1, arbitrary: citizenSpace },
        { weight: 1, arbitrary: markdownBlock },
      ),
      { maxLength: 3 },
    ),
  )
  .map(([q, answers]) => [q, ...answers]);

const block: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: questionUnit },
  { weight: 2, arbitrary: paragraph.map((p) => [p]) },
  { weight: 1, arbitrary: bullets.map((b) => [b]) },
  { weight: 1, arbitrary: markdownBlock.map((b) => [b]) },
  { weight: 1, arbitrary: furniture.map((f) => [f]) },
  { weight: 1, arbitrary: noise.map((n) => [n]) },
);

const BLOCK_SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n', '\n\t\n', ' \n\n'];

/** A whole response: title, blocks joined by assorted separators, hostile fragments inserted anywhere. */
export const genreDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom('Westmoor County Council', 'Response to the consultation on children’s social care', '# Response from Carers Together'), { nil: undefined }),
    fc.array(fc.tuple(block, fc.constantFrom(...BLOCK_SEPARATORS)), { maxLength: 8 }),
    fc.array(fc.tuple(fc.nat(), hostileBit), { maxLength: 3 }),
    fc.constantFrom('', '\n', '\n\n', ' '),
  )
  .map(([title, blocks, inserts, end]) => {
    let text = title === undefined ? '' : `${title}\n\n`;
    text += blocks.map(([parts, sep]) => parts.join(sep) + sep).join('');
    for (const [at, bit] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + bit + text.slice(i);
    }
    return text + end;
  });

/** A genre document, or now and then pure random text. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: genreDocument },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

// ---------------------------------------------------------------- encodings

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le-no-bom';

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function utf8Bom(text: string): Uint8Array {
  return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text));
}

/** UTF-16 code units, little- or big-endian, lone surrogates kept as they are. */
export function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const offset = bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  if (bom) out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[offset + 2 * i] = first;
    out[offset + 2 * i + 1] = second;
  }
  return out;
}

export function encode(text: string, encoding: EncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8-bom':
      return utf8Bom(text);
    case 'utf-16le-bom':
      return utf16(text, true, true);
    case 'utf-16be-bom':
      return utf16(text, false, true);
    case 'utf-16le-no-bom':
      return utf16(text, true, false);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

type Mutation = { op: 'set' | 'xor' | 'insert' | 'delete' | 'truncate'; at: number; byte: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'xor', 'insert', 'delete', 'truncate'),
  at: fc.nat(),
  byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf8, 0xfe, 0xff)),
});

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = Array.from(bytes);
  for (const { op, at, byte } of mutations) {
    const i = at % (out.length + 1);
    if (op === 'insert') out.splice(i, 0, byte);
    else if (op === 'truncate') out = out.slice(0, i);
    else if (i < out.length) {
      if (op === 'set') out[i] = byte;
      else if (op === 'xor') out[i] = out[i]! ^ (byte || 1);
      else out.splice(i, 1);
    }
  }
  return Uint8Array.from(out);
}

/** Any bytes a user could hand csc-tag: random bytes, BOM-led random bytes, and genre text encoded then corrupted. */
export const documentBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xef, 0xbb]), fc.uint8Array({ maxLength: 400 })).map(([bom, rest]) => concat(Uint8Array.from(bom), rest)),
  },
  {
    weight: 5,
    arbitrary: fc
      .tuple(anyDocument, fc.constantFrom<EncodingName>('utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le-no-bom'), fc.array(mutation, { maxLength: 6 }))
      .map(([text, encoding, mutations]) => mutate(encode(text, encoding), mutations)),
  },
  {
    // A NUL after the first 8 KiB is not taken for binary: the document is read.
    weight: 1,
    arbitrary: fc.tuple(genreDocument, genreDocument).map(([a, b]) => utf8(`${a}\n\n${'filler text '.repeat(700)}\0\n\n${b}`)),
  },
);

// ---------------------------------------------------------------- line endings

/** The document with `\r` and NUL taken out and no leading U+FEFF, so that its line-ending and encoding variants all decode to one text. */
export function lineEndingNeutral(text: string): string {
  return text.replace(/[\r\0]/g, '').replace(/^\uFEFF+/, '');
}

export function withLineEndings(text: string, ending: '\n' | '\r\n' | '\r'): string {
  return text.replace(/\n/g, ending);
}
