// Stand-in for jsr:@std/streams, which this machine cannot reach. The Deno runtime only uses toArrayBuffer, to read an
// uploaded file whole before handing it to the app's pre-upload hook.
export async function toArrayBuffer(readable) {
	const chunks = [];
	let size = 0;
	for await (const chunk of readable) {
		chunks.push(chunk);
		size += chunk.byteLength;
	}
	const whole = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		whole.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return whole.buffer;
}
