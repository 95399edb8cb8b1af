import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The tiny app of fixtures/uikit-app, zipped as rc-apps package would ship it (app.json and the .js class file at the
// top), so the sandbox's own tests can host an app in the real engine without building Leave Group.

export const UI_KIT_TEST_APP_ID = '5f0c2e0a-9a4b-4c1d-8e2f-3b6a7c8d9e10';

const FIXTURE = join(__dirname, 'fixtures', 'uikit-app');

/** Writes the app's zip to a new temp folder and answers its path. */
export function uiKitTestAppZip(): string {
	const files = readdirSync(FIXTURE).map((name) => ({ name, content: readFileSync(join(FIXTURE, name)) }));
	const zip = join(mkdtempSync(join(tmpdir(), 'sandbox-uikit-app-')), 'ui-kit-test_1.0.0.zip');
	writeFileSync(zip, storedZip(files));
	return zip;
}

/** A zip with every entry stored (no compression): local headers, then the central directory, then its end record. */
function storedZip(files: Array<{ name: string; content: Buffer }>): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const { name, content } of files) {
		const nameBytes = Buffer.from(name, 'utf8');
		const crc = crc32(content);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(content.length, 18);
		local.writeUInt32LE(content.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(content.length, 20);
		central.writeUInt32LE(content.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, content);
		centrals.push(central, nameBytes);
		offset += local.length + nameBytes.length + content.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

// CRC-32 (IEEE), which zip entries carry; node:zlib's crc32 is newer than the @types/node this project pins.
const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
	let value = index;
	for (let bit = 0; bit < 8; bit++) {
		value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
	}
	return value >>> 0;
});

function crc32(content: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of content) {
		crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}
