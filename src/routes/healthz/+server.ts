import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { db } from '$lib/server/app';

export async function GET() {
	await (await db()).execute(sql`select 1`);
	return json({ ok: true });
}
