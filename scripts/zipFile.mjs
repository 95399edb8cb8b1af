// Reads and trims a zip by its central directory: enough to check and tidy what `rc-apps package` wrote, without a
// system `zip`/`unzip`. Plain (non-zip64) archives only, which is what the CLI writes for an app this size.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const DATA_DESCRIPTOR = 0x08074b50;

function centralDirectory(zip, path) {
	let end = zip.length - 22;
	while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
		end--;
	}
	if (end < 0) {
		throw new Error(`${path} is not a zip file`);
	}
	const records = [];
	let offset = zip.readUInt32LE(end + 16);
	for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
		if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) {
			throw new Error(`${path}: damaged central directory`);
		}
		const nameLength = zip.readUInt16LE(offset + 28);
		const length = 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
		records.push({
			name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
			header: zip.subarray(offset, offset + length),
			flags: zip.readUInt16LE(offset + 8),
			method: zip.readUInt16LE(offset + 10),
			compressedSize: zip.readUInt32LE(offset + 20),
			localHeader: zip.readUInt32LE(offset + 42),
		});
		offset += length;
	}
	return records;
}

function dataStart(zip, record) {
	return record.localHeader + 30 + zip.readUInt16LE(record.localHeader + 26) + zip.readUInt16LE(record.localHeader + 28);
}

/** @returns {Map<string, () => Buffer>} each entry's name and a reader of its content */
export function zipEntries(path) {
	const zip = readFileSync(path);
	return new Map(
		centralDirectory(zip, path).map((record) => [
			record.name,
			() => {
				const start = dataStart(zip, record);
				const data = zip.subarray(start, start + record.compressedSize);
				return record.method === 0 ? Buffer.from(data) : inflateRawSync(data);
			},
		]),
	);
}

/** Rewrites the zip without the named entries, copying the others byte for byte. */
export function removeZipEntries(path, names) {
	const zip = readFileSync(path);
	const locals = [];
	const centrals = [];
	let offset = 0;
	for (const record of centralDirectory(zip, path)) {
		if (names.includes(record.name)) {
			continue;
		}
		let end = dataStart(zip, record) + record.compressedSize;
		// Bit 3: sizes follow the data in a descriptor, with or without its signature.
		if (record.flags & 8) {
			end += zip.readUInt32LE(end) === DATA_DESCRIPTOR ? 16 : 12;
		}
		locals.push(zip.subarray(record.localHeader, end));
		const central = Buffer.from(record.header);
		central.writeUInt32LE(offset, 42);
		centrals.push(central);
		offset += end - record.localHeader;
	}
	const directory = Buffer.concat(centrals);
	const endRecord = Buffer.alloc(22);
	endRecord.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
	endRecord.writeUInt16LE(centrals.length, 8);
	endRecord.writeUInt16LE(centrals.length, 10);
	endRecord.writeUInt32LE(directory.length, 12);
	endRecord.writeUInt32LE(offset, 16);
	writeFileSync(path, Buffer.concat([...locals, directory, endRecord]));
}
