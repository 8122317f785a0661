/** A file the browser saves, with a plain ASCII name and no caching of someone's results. */
export function download(body: string, filename: string, type: 'text/csv' | 'application/json') {
	return new Response(body, {
		headers: {
			'content-type': `${type}; charset=utf-8`,
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}
