// Prints where @sparticuz/chromium's Chromium is (unpacked into the temp folder on first use) and the flags it
// needs, as JSON. Run as a child process: the package is ES modules only, which jest's CommonJS runtime cannot load.
import chromium from '@sparticuz/chromium';

const executablePath = await chromium.executablePath();
process.stdout.write(JSON.stringify({ executablePath, args: chromium.args }));
