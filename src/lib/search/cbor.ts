/**
 * A minimal CBOR (RFC 8949) codec for Pagefind's index files (build time only,
 * scripts/pagefind-merge.ts): unsigned and negative integers, byte and text
 * strings, arrays, maps, false/true/null. Integers are written in their
 * shortest form, as Pagefind's own encoder (minicbor) writes them.
 */
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

const textDecoder = new TextDecoder();
const textEncoder = new TextEncoder();

export function decodeCbor(bytes: Uint8Array, start = 0): { value: Cbor; end: number } {
  let at = start;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const readLength = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) {
      const v = view.getUint16(at);
      at += 2;
      return v;
    }
    if (info === 26) {
      const v = view.getUint32(at);
      at += 4;
      return v;
    }
    if (info === 27) {
      const v = Number(view.getBigUint64(at));
      at += 8;
      return v;
    }
    throw new Error(`cbor: indefinite or reserved length ${info} at ${at}`);
  };
  const read = (): Cbor => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return readLength(info);
      case 1:
        return -1 - readLength(info);
      case 2: {
        const n = readLength(info);
        const v = bytes.slice(at, at + n);
        at += n;
        return v;
      }
      case 3: {
        const n = readLength(info);
        const v = textDecoder.decode(bytes.subarray(at, at + n));
        at += n;
        return v;
      }
      case 4: {
        const n = readLength(info);
        const out: Cbor[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = read();
        return out;
      }
      case 5: {
        const n = readLength(info);
        const out = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) {
          const k = read();
          out.set(k, read());
        }
        return out;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`cbor: unsupported simple value ${info}`);
      default:
        throw new Error(`cbor: unsupported major type ${major}`);
    }
  };
  const value = read();
  return { value, end: at };
}

/** Appends CBOR to a growing byte list (chunks are joined once at the end). */
export class CborWriter {
  private chunks: Uint8Array[] = [];
  private buf = new Uint8Array(1 << 16);
  private at = 0;
  length = 0;

  private ensure(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.chunks.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(Math.max(1 << 16, n));
    this.at = 0;
  }

  private byte(b: number): void {
    this.ensure(1);
    this.buf[this.at++] = b;
    this.length++;
  }

  head(major: number, n: number): void {
    const m = major << 5;
    if (n < 24) this.byte(m | n);
    else if (n < 0x100) {
      this.byte(m | 24);
      this.byte(n);
    } else if (n < 0x10000) {
      this.byte(m | 25);
      this.byte(n >> 8);
      this.byte(n & 255);
    } else if (n < 0x100000000) {
      this.byte(m | 26);
      this.byte((n >>> 24) & 255);
      this.byte((n >>> 16) & 255);
      this.byte((n >>> 8) & 255);
      this.byte(n & 255);
    } else {
      this.byte(m | 27);
      const big = BigInt(n);
      for (let s = 56n; s >= 0n; s -= 8n) this.byte(Number((big >> s) & 255n));
    }
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
    this.length += bytes.length;
  }

  write(value: Cbor): void {
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) throw new Error('cbor: only integers are supported');
      if (value >= 0) this.head(0, value);
      else this.head(1, -1 - value);
    } else if (typeof value === 'string') {
      const b = textEncoder.encode(value);
      this.head(3, b.length);
      this.raw(b);
    } else if (value instanceof Uint8Array) {
      this.head(2, value.length);
      this.raw(value);
    } else if (value === false) this.byte(0xf4);
    else if (value === true) this.byte(0xf5);
    else if (value === null) this.byte(0xf6);
    else if (Array.isArray(value)) {
      this.head(4, value.length);
      for (const v of value) this.write(v);
    } else {
      this.head(5, value.size);
      for (const [k, v] of value) {
        this.write(k);
        this.write(v);
      }
    }
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of [...this.chunks, this.buf.subarray(0, this.at)]) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

export function encodeCbor(value: Cbor): Uint8Array {
  const w = new CborWriter();
  w.write(value);
  return w.bytes();
}
