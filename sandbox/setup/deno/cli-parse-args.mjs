// Stand-in for jsr:@std/cli/parse-args, which this machine cannot reach. The engine starts its runtime with
// `--subprocess <appId> --spawnId <n>`; this parses that flag style the way @std/cli does when given no options:
// `--name value` and `--name=value` pairs, numeric values as numbers, a flag with no value as true, the rest in `_`.
const NUMERIC = /^-?\d+(\.\d+)?$/;

function typed(value) {
	return NUMERIC.test(value) ? Number(value) : value;
}

export function parseArgs(args) {
	const parsed = { _: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (!arg.startsWith('--') || arg === '--') {
			parsed._.push(typed(arg));
			continue;
		}
		const [name, inline] = arg.slice(2).split(/=(.*)/s);
		if (inline !== undefined) {
			parsed[name] = typed(inline);
		} else if (i + 1 < args.length && !args[i + 1].startsWith('--')) {
			parsed[name] = typed(args[++i]);
		} else {
			parsed[name] = true;
		}
	}
	return parsed;
}
