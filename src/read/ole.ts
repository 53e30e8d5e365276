import { ReadError } from './formats/reader.js';

/** The eight bytes every OLE compound file (.doc, .msg, .xls of old) opens with. */
const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * The names of the streams and storages of an OLE compound file, after
 * checking the whole file is sound: every sector chain in range and free of
 * loops, every stream no longer than its chain, the directory a tree. The
 * libraries that read .doc and .msg files follow chains and directory links
 * without such checks, so a file with a loop in them would never end; here
 * every walk is bounded by the number of sectors the file can hold.
 */
export function compoundFileNames(bytes: Uint8Array): Set<string> {
  if (!isCompoundFile(bytes)) throw malformed('header signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (view.getUint16(28, true) !== 0xfffe || (shift !== 9 && shift !== 12) || view.getUint16(32, true) !== 6) throw malformed('header');
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  const at = (sector: number): number => (sector + 1) * size;
  const u32 = (offset: number): number => view.getUint32(offset, true);

  // The FAT's own sectors: 109 named in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(u32(76 + 4 * i));
  const seenDifat = new Set<number>();
  for (let sector = u32(68); sector !== END_OF_CHAIN && sector !== FREE; sector = u32(at(sector) + size - 4)) {
    if (sector >= sectors || seenDifat.has(sector)) throw malformed('DIFAT chain');
    seenDifat.add(sector);
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(u32(at(sector) + 4 * i));
  }
  const declaredFat = u32(44);
  const fatIds = fatSectors.filter((s) => s !== FREE);
  if (fatIds.length < declaredFat || declaredFat === 0) throw malformed('FAT');
  const fat: number[] = [];
  for (const sector of fatIds.slice(0, declaredFat)) {
    if (sector >= sectors) throw malformed('FAT sector');
    for (let i = 0; i < size / 4; i++) fat.push(u32(at(sector) + 4 * i));
  }

  /** The sectors of a chain, refusing one that leaves the file, loops or breaks off. */
  const chain = (table: readonly number[], start: number, limit: number, what: string): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector]!) {
      if (sector >= limit || sector >= table.length || seen.has(sector)) throw malformed(what);
      seen.add(sector);
      out.push(sector);
    }
    return out;
  };

  const directory = chain(fat, u32(48), sectors, 'directory chain');
  const entries = directory.flatMap((sector) => Array.from({ length: size / 128 }, (_, i) => at(sector) + 128 * i));
  const miniFat: number[] = [];
  if (u32(60) !== END_OF_CHAIN) for (const sector of chain(fat, u32(60), sectors, 'mini FAT chain')) for (let i = 0; i < size / 4; i++) miniFat.push(u32(at(sector) + 4 * i));
  const root = entries[0];
  if (root === undefined || bytes[root + 66] !== 5) throw malformed('root entry');
  const miniSectors = chain(fat, u32(root + 116), sectors, 'mini stream chain').length * (size / 64);
  const cutoff = u32(56);

  // The directory is a tree of red-black siblings under each storage: each entry met once.
  const names = new Set<string>();
  const visited = new Set<number>();
  const pending = [u32(root + 76)];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_STREAM) continue;
    const entry = entries[id];
    if (entry === undefined || visited.has(id)) throw malformed('directory tree');
    visited.add(id);
    const nameLength = Math.min(view.getUint16(entry + 64, true), 64);
    names.add(new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + Math.max(0, nameLength - 2))));
    const type = bytes[entry + 66];
    if (type === 2) {
      const length = u32(entry + 120);
      if (length > bytes.length) throw malformed('stream size');
      const small = length < cutoff;
      const sectorsOf = small ? chain(miniFat, u32(entry + 116), miniSectors, 'mini stream') : chain(fat, u32(entry + 116), sectors, 'stream chain');
      if (length > 0 && sectorsOf.length * (small ? 64 : size) < length) throw malformed('stream size');
    }
    pending.push(u32(entry + 68), u32(entry + 72), u32(entry + 76));
  }
  return names;
}

function malformed(what: string): ReadError {
  return new ReadError('malformed', `not a readable compound file (bad ${what})`);
}
