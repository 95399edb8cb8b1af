// Stand-in for jsr:@std/io, which this machine cannot reach. The Deno runtime only uses writeAll, to push whole
// JSON-RPC frames to stdout and metrics to stderr.
export async function writeAll(writer, data) {
	let written = 0;
	while (written < data.byteLength) {
		written += await writer.write(data.subarray(written));
	}
}
