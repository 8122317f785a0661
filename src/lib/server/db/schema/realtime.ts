import { bigserial, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './columns';

/**
 * Used by Socket.IO's Postgres adapter (several processes on one database): a broadcast
 * larger than a NOTIFY payload (8 kB) is written here and the other processes read it by id.
 * The adapter deletes rows after 30 seconds. What passes through is what the rooms are sent
 * anyway (snapshots built from stored releases); a device's own answer is only ever sent to
 * its own socket and never crosses processes.
 */
export const socketIoAttachments = pgTable('socket_io_attachments', {
	id: bigserial({ mode: 'number' }).unique(),
	createdAt: timestamp({ withTimezone: true, mode: 'date' }).defaultNow(),
	payload: bytea()
});
