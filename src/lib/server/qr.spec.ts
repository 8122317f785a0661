import { describe, it, expect } from 'vitest';
import QRCode from 'qrcode';
import { joinQrSvg } from './qr';

/** Reads the dark modules back out of the SVG path ("M x y.5 h n m dx 0 h n ..."). */
function darkModules(svg: string, size: number, margin: number): boolean[][] {
	const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
	const path = /<path[^>]*stroke="[^"]+"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
	let x = 0;
	let y = 0;
	for (const [, op, a, b] of path.matchAll(/([MmhHvV])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
		const first = Number(a);
		if (op === 'M') [x, y] = [first, Number(b) - 0.5];
		else if (op === 'm') [x, y] = [x + first, y + Number(b)];
		else if (op === 'h') {
			for (let i = 0; i < first; i++) grid[y - margin]![x + i - margin] = true;
			x += first;
		}
	}
	return grid;
}

describe('joinQrSvg', () => {
	const url = 'https://huddle.example/join/K7M2P9';

	it('returns SVG markup in the app colours with a two-module margin', async () => {
		const svg = await joinQrSvg(url);
		const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
		expect(svg.trim()).toMatch(
			/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>$/
		);
		expect(svg).toContain(`viewBox="0 0 ${modules.size + 4} ${modules.size + 4}"`);
		expect(svg).toContain('stroke="#1c1b1a"');
		expect(svg).toContain('fill="#ffffff"');
	});

	it('encodes the link at error correction level M', async () => {
		const svg = await joinQrSvg(url);
		const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
		const expected = Array.from({ length: modules.size }, (_, row) =>
			Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col)))
		);
		expect(darkModules(svg, modules.size, 2)).toEqual(expected);

		const other = QRCode.create(url.replace('K7M2P9', 'ABCDEF'), { errorCorrectionLevel: 'M' });
		const otherGrid = Array.from({ length: other.modules.size }, (_, row) =>
			Array.from({ length: other.modules.size }, (_, col) => Boolean(other.modules.get(row, col)))
		);
		expect(darkModules(svg, modules.size, 2)).not.toEqual(otherGrid);
	});
});
