/**
 * Choosing a QR code's data mask (ISO/IEC 18004:2015 §7.8): of the eight patterns, the one
 * whose symbol scores the fewest penalty points. The scoring is that of the `qrcode`
 * package's `mask-pattern.js` (which simplifies the standard's rule 3 a little), kept
 * identical so that the code drawn is the one the package would draw; only the work is
 * cheaper: plain arrays instead of a method call per module, and the symbol built once.
 */

/** A symbol's modules, row by row (1 dark), and which are function patterns (never masked). */
export type Modules = { size: number; data: Uint8Array; reservedBit: Uint8Array };

/** The eight mask patterns of §7.8.2, by row i and column j. */
const PATTERNS: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** Error-correction level indicators of the format information (§7.9.1, Table 12). */
const LEVEL_BITS = { L: 1, M: 0, Q: 3, H: 2 } as const;

/** The 15 format bits of a level and mask: BCH(15,5) with its generator, then XOR 101010000010010. */
export function formatBits(level: keyof typeof LEVEL_BITS, mask: number): number {
  const data = (LEVEL_BITS[level] << 3) | mask;
  let remainder = data << 10;
  for (let bit = 14; bit >= 10; bit--) {
    if (remainder & (1 << bit)) remainder ^= 0b10100110111 << (bit - 10);
  }
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

/** Writes the format bits in both their places (§7.9.1, Figure 25); the dark module stays. */
function placeFormat(data: Uint8Array, size: number, bits: number): void {
  for (let i = 0; i < 15; i++) {
    const dark = (bits >> i) & 1;
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    data[row * size + 8] = dark;
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i;
    data[8 * size + col] = dark;
  }
}

/** Rule 1 of the package: runs of five or more alike, in rows and columns. */
function runs(data: Uint8Array, size: number): number {
  let points = 0;
  for (let a = 0; a < size; a++) {
    let rowRun = 0;
    let colRun = 0;
    let rowLast = -1;
    let colLast = -1;
    for (let b = 0; b < size; b++) {
      const inRow = data[a * size + b]!;
      if (inRow === rowLast) rowRun++;
      else {
        if (rowRun >= 5) points += rowRun - 2;
        rowLast = inRow;
        rowRun = 1;
      }
      const inCol = data[b * size + a]!;
      if (inCol === colLast) colRun++;
      else {
        if (colRun >= 5) points += colRun - 2;
        colLast = inCol;
        colRun = 1;
      }
    }
    if (rowRun >= 5) points += rowRun - 2;
    if (colRun >= 5) points += colRun - 2;
  }
  return points;
}

/** Rule 2: 2×2 blocks of one colour, 3 points each. */
function blocks(data: Uint8Array, size: number): number {
  let count = 0;
  for (let row = 0; row < size - 1; row++) {
    for (let col = 0; col < size - 1; col++) {
      const i = row * size + col;
      const sum = data[i]! + data[i + 1]! + data[i + size]! + data[i + size + 1]!;
      if (sum === 4 || sum === 0) count++;
    }
  }
  return count * 3;
}

/** Rule 3 of the package: 1011101 with four light modules before or after it, 40 points each. */
function finderLike(data: Uint8Array, size: number): number {
  let count = 0;
  for (let a = 0; a < size; a++) {
    let rowBits = 0;
    let colBits = 0;
    for (let b = 0; b < size; b++) {
      rowBits = ((rowBits << 1) & 0x7ff) | data[a * size + b]!;
      colBits = ((colBits << 1) & 0x7ff) | data[b * size + a]!;
      if (b >= 10) {
        if (rowBits === 0x5d0 || rowBits === 0x05d) count++;
        if (colBits === 0x5d0 || colBits === 0x05d) count++;
      }
    }
  }
  return count * 40;
}

/** Rule 4: how far the share of dark modules is from half, 10 points per 5%. */
function balance(data: Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < data.length; i++) dark += data[i]!;
  return Math.abs(Math.ceil((dark * 100) / data.length / 5) - 10) * 10;
}

/**
 * Per symbol size, what each mask flips in a symbol already masked with pattern 0: the
 * modules where pattern 0 and the other pattern differ, outside the function patterns. A
 * size is one QR version and its function patterns are the same in every code of it, so
 * this holds nothing but geometry (a few kilobytes per version drawn).
 */
const flipsBySize = new Map<number, Uint8Array[]>();

function flipsFor(size: number, reservedBit: Uint8Array): Uint8Array[] {
  let flips = flipsBySize.get(size);
  if (!flips) {
    const first = PATTERNS[0]!;
    flips = PATTERNS.map((pattern) => {
      const flip = new Uint8Array(size * size);
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          const i = row * size + col;
          flip[i] = !reservedBit[i] && first(row, col) !== pattern(row, col) ? 1 : 0;
        }
      }
      return flip;
    });
    flipsBySize.set(size, flips);
  }
  return flips;
}

/** The package's four rules together: fewer points, fewer patterns that confuse a scanner. */
function score(data: Uint8Array, size: number): number {
  return runs(data, size) + blocks(data, size) + finderLike(data, size) + balance(data);
}

/**
 * The symbol with its best mask, from the same symbol built with mask 0 (whose data modules
 * are unmasked by applying mask 0 again). A tie goes to the lower pattern, as in the package.
 */
export function bestMask(masked0: Modules, level: keyof typeof LEVEL_BITS): Modules {
  const { size, reservedBit } = masked0;
  const flips = flipsFor(size, reservedBit);
  let best = masked0.data;
  let bestPoints = score(best, size);
  let scratch: Uint8Array = new Uint8Array(best.length);
  for (let mask = 1; mask < PATTERNS.length; mask++) {
    const flip = flips[mask]!;
    for (let i = 0; i < scratch.length; i++) scratch[i] = masked0.data[i]! ^ flip[i]!;
    placeFormat(scratch, size, formatBits(level, mask));
    const points = score(scratch, size);
    if (points < bestPoints) {
      bestPoints = points;
      // The symbol with mask 0 is what every other is made from, so it is never written over.
      [best, scratch] =
        best === masked0.data ? [scratch, new Uint8Array(best.length)] : [scratch, best];
    }
  }
  return { size, data: best, reservedBit };
}
