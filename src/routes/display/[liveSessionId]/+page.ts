import type { PageLoad } from './$types';

// The display's token is in the link's fragment (after #): it never reaches the server in a
// request line or a log, and the page connects with it from the browser.
export const load: PageLoad = ({ params }) => ({ liveSessionId: params.liveSessionId });
