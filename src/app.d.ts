import type { SessionValidationResult } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			session: SessionValidationResult['session'];
			coach: SessionValidationResult['coach'];
		}
		interface Error {
			message: string;
		}
	}
}

export {};
