import type { GroupMembers, Meta, RunEnd } from '../../model/run-end.js';
import { groupIndex } from '../segment-row.js';
import { byCodeUnit } from '../../text/utils.js';
import { codesXml, codeSystem, type CodeSystem } from './codebook.js';
import type { SourceRecord } from './record.js';
import { uuid5 } from './uuid.js';
import { element, openTag } from './xml.js';

/**
 * project.qde, the REFI-QDA Project (QDA-XML 1.0), and the plain text of its
 * sources: one TextSource per response, each question segment a selection
 * coded with its question and stance, each theme's evidence a selection coded
 * with the theme. Positions are code points; every GUID is derived from what
 * it names, so the same input gives the same bytes.
 */
export interface ProjectParts {
  qde: Iterable<string>;
  /** Each source's text, by its path in the zip (`sources/0001.txt`), in document order. */
  sources: Iterable<{ path: string; text: string }>;
}

const USER = uuid5('user:csc-tag');

export function projectParts(records: () => Iterable<string>, meta: Meta, end: RunEnd, members: GroupMembers): ProjectParts {
  const parsed = function* (): Generator<SourceRecord> {
    for (const line of records()) yield JSON.parse(line) as SourceRecord;
  };
  // First pass: how many sources (for the names' width) and who the respondents are.
  let count = 0;
  const respondents = new Map<string, { name: string; attributes: Record<string, string>; sources: string[] }>();
  for (const record of parsed()) {
    count++;
    const r = record.respondent;
    const entry = respondents.get(r.id) ?? { name: r.name ?? r.id, attributes: {}, sources: [] };
    Object.assign(entry.attributes, r.attributes);
    entry.sources.push(uuid5(`source:${record.file}`));
    respondents.set(r.id, entry);
  }
  const width = Math.max(4, String(count).length);
  const name = (n: number): string => `${String(n).padStart(width, '0')}.txt`;
  return {
    qde: qdeLines(parsed, meta, end, members, respondents, name),
    sources: (function* () {
      let n = 0;
      for (const record of parsed()) yield { path: `sources/${name(++n)}`, text: record.text };
    })(),
  };
}

function* qdeLines(
  parsed: () => Iterable<SourceRecord>,
  meta: Meta,
  end: RunEnd,
  members: GroupMembers,
  respondents: Map<string, { name: string; attributes: Record<string, string>; sources: string[] }>,
  name: (n: number) => string,
): Generator<string> {
  const codes = codeSystem(meta, end.questions);
  const groupOf = groupIndex(end.questions, members);
  const variables = [...new Set([...respondents.values()].flatMap((r) => Object.keys(r.attributes)))].sort(byCodeUnit);
  const variableGuid = (v: string): string => uuid5(`variable:${v}`);

  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield openTag('Project', { xmlns: 'urn:QDA-XML:project:1.0', name: 'csc-tag report', origin: `${meta.generator.name} ${meta.generator.version}`, creatingUserGUID: USER }) + '\n';
  yield `  <Users>\n    ${openTag('User', { guid: USER, name: meta.generator.name, id: meta.generator.name }, true)}\n  </Users>\n`;
  yield `  <CodeBook>\n${codesXml(codes.roots, 2)}  </CodeBook>\n`;
  if (variables.length > 0) {
    yield '  <Variables>\n';
    for (const v of variables) yield `    ${openTag('Variable', { guid: variableGuid(v), name: v, typeOfVariable: 'Text' }, true)}\n`;
    yield '  </Variables>\n';
    yield '  <Cases>\n';
    for (const [id, r] of [...respondents].sort((a, b) => byCodeUnit(a[0], b[0]))) {
      yield `    ${openTag('Case', { guid: uuid5(`case:${id}`), name: r.name })}\n`;
      yield variableValues(r.attributes, variableGuid, '      ');
      for (const source of r.sources) yield `      ${openTag('SourceRef', { targetGUID: source }, true)}\n`;
      yield '    </Case>\n';
    }
    yield '  </Cases>\n';
  }
  let n = 0;
  for (const record of parsed()) {
    if (n === 0) yield '  <Sources>\n';
    yield textSource(record, name(++n), codes, groupOf, variableGuid);
  }
  if (n > 0) yield '  </Sources>\n';
  // The project says what it leaves out, as every report does.
  if (end.skipped.length > 0) yield `  ${element('Description', `Skipped by csc-tag: ${end.skipped.map((s) => `${s.file} (${s.reason})`).join('; ')}`)}\n`;
  yield '</Project>\n';
}

function variableValues(attributes: Record<string, string>, guid: (v: string) => string, pad: string): string {
  return Object.keys(attributes)
    .sort(byCodeUnit)
    .map((v) => `${pad}<VariableValue>${openTag('VariableRef', { targetGUID: guid(v) }, true)}${element('TextValue', attributes[v]!)}</VariableValue>\n`)
    .join('');
}

function textSource(record: SourceRecord, txt: string, codes: CodeSystem, groupOf: Map<string, string>, variableGuid: (v: string) => string): string {
  const source = `source:${record.file}`;
  let out = `    ${openTag('TextSource', { guid: uuid5(source), name: record.file, plainTextPath: `internal://${txt}`, creatingUser: USER })}\n`;
  if (record.title !== '') out += `      ${element('Description', record.title)}\n`;
  for (const q of record.questions) {
    const key = `${source}:segment:${q.id}`;
    const { label, source: from, reason, confidence, rules } = q.stance;
    const description = `${q.id}: stance ${label} (${from}: ${reason}), confidence ${confidence.toFixed(2)}; rules: ${rules.length > 0 ? rules.join(', ') : 'none'}`;
    const coded = [codes.question.get(groupOf.get(`${record.file}\0${q.id}`) ?? ''), codes.stance.get(label)];
    out += selection(key, `${q.id}${q.number ? ` (${q.number})` : ''}`, q.span, description, coded);
  }
  for (const e of record.evidence) {
    const key = `${source}:evidence:${e.span[0]}-${e.span[1]}`;
    const description = e.themes.map((t) => `theme ${t.theme} (score ${t.score.toFixed(2)}; rule: ${t.rule})`).join('; ');
    out += selection(
      key,
      e.themes.map((t) => t.theme).join(', '),
      e.span,
      description,
      e.themes.map((t) => codes.theme.get(t.theme)),
    );
  }
  out += variableValues(record.respondent.attributes, variableGuid, '      ');
  return out + '    </TextSource>\n';
}

function selection(key: string, name: string, span: readonly [number, number], description: string, codes: (string | undefined)[]): string {
  let out = `      ${openTag('PlainTextSelection', { guid: uuid5(key), name, startPosition: span[0], endPosition: span[1], creatingUser: USER })}\n`;
  out += `        ${element('Description', description)}\n`;
  for (const code of codes) {
    if (code === undefined) continue;
    out += `        ${openTag('Coding', { guid: uuid5(`coding:${key}:${code}`), creatingUser: USER })}${openTag('CodeRef', { targetGUID: code }, true)}</Coding>\n`;
  }
  return out + '      </PlainTextSelection>\n';
}
