// Room names, built here and nowhere else.
export const rooms = {
	participants: (liveSessionId: string) => `live-session:${liveSessionId}:participants`,
	coaches: (liveSessionId: string) => `live-session:${liveSessionId}:coaches`
};
