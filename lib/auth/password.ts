// Password hashing with scrypt (memory-hard) at OWASP's recommended parameters
// (N=2^17, r=8, p=1: 128 MiB per hash). node:crypto needs no native dependency, which keeps
// installs working on every machine. Parameters are stored with each hash so they can be
// raised later without invalidating existing passwords.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

const LOG2_N = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 64;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function optionsFor(log2N: number, r: number, p: number): ScryptOptions {
  // maxmem must exceed 128 * N * r bytes or node refuses to run.
  return { N: 2 ** log2N, r, p, maxmem: 256 * 2 ** log2N * r };
}

export async function hashPassword(password: string): Promise<string> {
  return hashPasswordWithSalt(password, randomBytes(16));
}

/** hashPassword with a given salt: only for generated data that must be reproducible (bench/seed.ts). */
export async function hashPasswordWithSalt(password: string, salt: Buffer): Promise<string> {
  const key = await scrypt(password, salt, KEY_LENGTH, optionsFor(LOG2_N, BLOCK_SIZE, PARALLELISM));
  return ["scrypt", LOG2_N, BLOCK_SIZE, PARALLELISM, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !log2N || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, optionsFor(Number(log2N), Number(r), Number(p)));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// Verifying against a fixed hash when no account exists makes "unknown email" take as long
// as "wrong password", so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("stepwise-timing-equaliser");
  await verifyPassword(password, await dummyHash);
}
