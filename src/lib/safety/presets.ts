import type { CrisisResource } from './resources';

// Crisis resources a deployment or a coach can start from instead of typing them. They are
// shipped unconfirmed on purpose: numbers and hours change, and a wrong number is a safety
// failure, so none of them reaches a phone until a person has checked it against the service's
// own website and confirmed it. A confidential line for doctors sits beside each crisis line,
// because physicians often avoid emergency and institutional routes for fear for their licence.
// Shared by the server and the browser (no node imports).

export const CRISIS_RESOURCE_PRESETS = [
	{
		region: 'United States',
		resource: {
			id: 'us-988',
			name: '988 Suicide & Crisis Lifeline',
			purpose:
				'Free, confidential support for anyone who is struggling or in distress, or worried about someone else.',
			phone: '988',
			text: 'Text 988',
			web: 'https://988lifeline.org',
			hours: '24 hours, every day',
			confirmedOn: null
		}
	},
	{
		region: 'United States',
		resource: {
			id: 'us-physician-support-line',
			name: 'Physician Support Line',
			purpose:
				'Free, confidential peer support from volunteer psychiatrists, for physicians and medical students. No appointment needed.',
			phone: '1-888-409-0141',
			web: 'https://www.physiciansupportline.com',
			hours: 'Monday to Friday, 8am to 1am Eastern time',
			confirmedOn: null
		}
	},
	{
		region: 'United Kingdom',
		resource: {
			id: 'uk-samaritans',
			name: 'Samaritans',
			purpose:
				'Someone to listen, whatever you are going through. Free to call from any phone in the UK and Ireland.',
			phone: '116 123',
			web: 'https://www.samaritans.org',
			hours: '24 hours, every day',
			confirmedOn: null
		}
	},
	{
		region: 'United Kingdom',
		resource: {
			id: 'uk-practitioner-health',
			name: 'NHS Practitioner Health',
			purpose:
				'Free, confidential NHS service for doctors and other health professionals with mental health concerns, including burnout.',
			phone: '0300 0303 300',
			web: 'https://www.practitionerhealth.nhs.uk',
			hours: 'Monday to Friday 8am to 8pm, Saturday 8am to 2pm',
			confirmedOn: null
		}
	},
	{
		region: 'United Kingdom',
		resource: {
			id: 'uk-shout',
			name: 'Shout',
			purpose:
				'Free, confidential support by text message, for anyone in the UK who is finding it hard to cope.',
			text: 'Text SHOUT to 85258',
			web: 'https://giveusashout.org',
			hours: '24 hours, every day',
			confirmedOn: null
		}
	},
	{
		region: 'United Kingdom',
		resource: {
			id: 'uk-bma-wellbeing',
			name: 'BMA wellbeing support',
			purpose:
				'Free, confidential counselling and peer support for doctors and medical students, whether or not they are BMA members.',
			phone: '0330 123 1245',
			web: 'https://www.bma.org.uk/advice-and-support/your-wellbeing',
			hours: '24 hours, every day',
			confirmedOn: null
		}
	}
] as const satisfies readonly CrisisResourcePreset[];

export type CrisisResourcePresetId = (typeof CRISIS_RESOURCE_PRESETS)[number]['resource']['id'];

/** The regions in the order they are offered, each with its presets. */
export function listPresetsByRegion(): { region: string; presets: CrisisResourcePreset[] }[] {
	const regions: { region: string; presets: CrisisResourcePreset[] }[] = [];
	for (const preset of CRISIS_RESOURCE_PRESETS) {
		let entry = regions.find((r) => r.region === preset.region);
		if (!entry) regions.push((entry = { region: preset.region, presets: [] }));
		entry.presets.push(preset);
	}
	return regions;
}

/** A fresh, unconfirmed copy of a preset's resource; null for an id that is not a preset. */
export function getPresetResource(id: unknown): CrisisResource | null {
	const preset = CRISIS_RESOURCE_PRESETS.find((p) => p.resource.id === id);
	return preset ? { ...preset.resource, confirmedOn: null } : null;
}

export interface CrisisResourcePreset {
	/** Where the service answers ("United States"); shown to whoever picks it. */
	region: string;
	resource: CrisisResource & { confirmedOn: null };
}
