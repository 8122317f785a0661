import QRCode from 'qrcode';

/** An SVG QR code for the join link, to inline on the console and the room display. */
export async function joinQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#1c1b1a', light: '#ffffff' }
	});
}
