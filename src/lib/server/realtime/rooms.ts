// Room names, built and parsed here and nowhere else.

export type RoomAudience = 'participants' | 'coaches' | 'displays';

export const rooms = {
	participants: (liveSessionId: string) => `live-session:${liveSessionId}:participants`,
	coaches: (liveSessionId: string) => `live-session:${liveSessionId}:coaches`,
	displays: (liveSessionId: string) => `live-session:${liveSessionId}:displays`
};

const ROOM = /^live-session:([0-9a-f-]{36}):(participants|coaches|displays)$/;

/** The live session and audience of a room name, or null for any other name. */
export function parseRoom(name: string): { liveSessionId: string; audience: RoomAudience } | null {
	const match = ROOM.exec(name);
	return match ? { liveSessionId: match[1]!, audience: match[2] as RoomAudience } : null;
}
