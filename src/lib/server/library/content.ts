import type { LibraryPlan, LibraryPrompt } from './types';

// The built-in library. Read types.ts before changing anything here: a slug is an identity for
// ever. Rewording keeps the slug; a new kind, new options, new labels or a new range needs a new
// slug (and the old entry is removed, which retires its row). A measure's wording is frozen too.
//
// Voice: an experienced physician coach talking to peers. Plain, warm, specific, second person,
// short. Nothing that reads as a test or a score, nothing that could single out one person in a
// small group (no roles, teams, ages, rare details), and a gentle way out in every choice list.
// Burnout lives in the conditions of the work as much as in the person: say so, and never leave
// a room thinking the problem is their coping.
//
// Every prompt has a guide for the coach: `purpose` (one line: why ask it), `before` (what to
// say before pushing it; for a moment, the script), `watch` (what to look for in the answers and
// what to do), and `reveal`. Written answers (text and words) are always read before the room
// sees them. Plans follow the arc in src/lib/plans/arc.ts; content.spec.ts holds them to it.

/** What every words prompt's guide says about a word that hints at self-harm. */
const SELF_HARM_WORD =
	'If a word hints at self-harm, pause: hide that word before you reveal, show the support card on every phone, and offer to stay on after.';

/** What a words prompt that may draw harsh words about the self says, so they never stand large on the screen. */
const HARSH_WORD =
	'Hide words that attack the writer (useless, failure); say kindly that some were hard on themselves.';

/** What a heavy open question's guide says about an answer that sounds raw. */
const RAW_ANSWER =
	'If an answer is flagged or sounds raw, keep it off the screen, show the support card and offer to stay on after.';

export const LIBRARY_PROMPTS: LibraryPrompt[] = [
	// -------------------------------------------------------------------------------------------
	// Check-in and check-out. Arrivals open a plan; check-outs whose slug starts with
	// 'checkin-leaving-' end one (arc.ts reads any other check-in at the end as an arrival).

	{
		slug: 'checkin-energy-today',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'How much energy are you bringing into the room today?',
			labels: ['Running on empty', 'Tired', 'Okay', 'Steady', 'Rested']
		},
		guide: {
			purpose:
				'A quick read of how people arrive. Asked the same way each week, it lets the group see its own trend.',
			before:
				'Say that every typed answer is anonymous and that passing is always fine. Low answers are as welcome as high ones.',
			watch:
				'Low answers are common. Name that the room is tired, ask no one to explain, and pace the hour to match: fewer steps, more quiet.',
			reveal: 'reveal'
		},
		measure: true
	},
	{
		slug: 'checkin-connected-colleagues',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'How connected have you felt to your colleagues this week?',
			labels: ['Cut off', 'A little', 'Somewhat', 'Mostly', 'Closely']
		},
		guide: {
			purpose:
				'Isolation feeds burnout. Asked the same way each week, it shows whether connection is shifting.',
			before: 'Colleagues means anyone you work alongside. There is no right answer.',
			watch:
				'If many feel cut off, say how common that is in hard seasons, and that this group is one small answer to it. Do not ask who.',
			reveal: 'reveal'
		},
		measure: true
	},
	{
		slug: 'checkin-present-now',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'How much of you has arrived here, with this group?',
			labels: [
				'Still somewhere else',
				'Mostly elsewhere',
				'Partly here',
				'Mostly here',
				'Fully here'
			]
		},
		guide: {
			purpose:
				'Lets people notice where their attention is as they arrive, without having to explain it.',
			before:
				'Many of us come straight from work. Offer one slower breath before people answer, for anyone who wants it.',
			watch:
				'Low answers usually mean someone has only just arrived. Take it as a cue to slow down, not as something to fix.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-one-word-this-week',
		theme: 'checkin',
		definition: {
			kind: 'words',
			text: 'In a word or two, how has this week been?'
		},
		guide: {
			purpose: 'A gentle way in. Words that repeat tell the room it is not alone.',
			before:
				'Any word is fine, blunt ones included. Say you will read the words before the room sees them.',
			watch: `Read the cloud aloud without interpreting it. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'checkin-weather-this-week',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'If this week had weather, what would it be?',
			labels: ['Storm', 'Heavy rain', 'Overcast', 'Sunny spells', 'Clear skies']
		},
		guide: {
			purpose: 'A light way in for a group that is new or tired: the picture does the talking.',
			before: 'Nobody has to say why. A stormy week needs no story.',
			watch:
				'If storms fill the screen, acknowledge it plainly and keep the next steps lighter. Do not try to turn the weather around.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-headspace',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'How much room is there in your head right now?',
			labels: ['None at all', 'Very little', 'Some', 'A fair bit', 'Plenty']
		},
		guide: {
			purpose: 'Shows how much capacity the room has, so you can set the pace.',
			before: 'A quick read, nothing more. There is no better or worse answer.',
			watch:
				'If most say little room, slow down and ask fewer questions. Dropping a step is better than rushing one.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-still-with-you',
		theme: 'checkin',
		definition: {
			kind: 'multiple',
			text: 'What is still with you as you arrive? Choose any that fit.',
			options: [
				'A patient I keep thinking about',
				'Something left undone',
				'Tiredness',
				'Something at home',
				"Not much, I'm here",
				'Something else'
			]
		},
		guide: {
			purpose: 'Names what people carry in, without asking them to describe it.',
			before: 'Choose any that fit. The tick is enough; nobody will ask for more.',
			watch:
				'Acknowledge the pile and invite people to set it down for the hour. If a patient is on many minds, say so kindly and ask for no cases.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-what-would-help',
		theme: 'checkin',
		definition: {
			kind: 'single',
			text: 'What would help you most in this session?',
			options: [
				'To listen more than speak',
				'To say something out loud',
				'Some quiet',
				'To be with people who get it',
				'Not sure yet'
			]
		},
		guide: {
			purpose: 'Tells you how to pace the hour.',
			before: 'Say you will use the answers to shape the session.',
			watch:
				'If many want to listen, lean on choice prompts and keep open text optional. If many want quiet, add a moment of silence.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-set-something-down',
		theme: 'checkin',
		definition: {
			kind: 'text',
			text: 'Is there something you would like to set down for this hour? A word or two is enough, or name it only to yourself and pass.'
		},
		guide: {
			purpose:
				'Helps people put down what they carried in, so they can be here. The setting down matters, not the sharing.',
			before:
				'Say plainly that passing is fine, and that you will read the answers yourself before anyone else sees them.',
			watch:
				'Read before revealing. Keep anything that identifies someone, or sounds raw, off the screen. Some things belong in one-to-one support: offer to stay on after.',
			reveal: 'read-first'
		},
		participantNote:
			'No names or details needed. Naming it to yourself works just as well as writing it.'
	},
	{
		slug: 'checkin-arriving-moment',
		theme: 'checkin',
		definition: {
			kind: 'moment',
			text: 'Thirty seconds to arrive.',
			seconds: 30
		},
		guide: {
			purpose:
				'A short pause to land before the first question, for a room that has come straight from work.',
			before:
				'Before we start, thirty seconds to arrive. Eyes open or closed, whichever you like. Notice your feet on the floor, your hands, or the sounds around you: whatever feels easiest. There is nothing to get right. If you would rather just sit, or stop, that is fine too. I will tell you when we begin.',
			watch:
				'Keep time gently and do not stretch it. Fidgeting or glancing at phones is fine; move on when the time is up.',
			reveal: 'coach-only'
		}
	},
	{
		slug: 'checkin-leaving-lighter-or-heavier',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'How are you leaving today, compared with how you arrived?',
			labels: ['Heavier', 'A little heavier', 'About the same', 'A little lighter', 'Lighter']
		},
		guide: {
			purpose: 'A check-out that lets people notice how they are leaving.',
			before: 'No right answer: nobody needs to have improved in an hour.',
			watch:
				'"About the same" is a fine result. If some leave heavier, say so kindly, point to the support card and say you will stay on for a few minutes.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-leaving-energy-now',
		theme: 'checkin',
		definition: {
			kind: 'checkin',
			text: 'How much energy are you taking with you as you leave?',
			labels: ['Running on empty', 'Tired', 'Okay', 'Steady', 'Rested']
		},
		guide: {
			purpose:
				'A check-out with the same five labels as the arrival energy check-in, so the two can stand side by side.',
			before: 'The same words as when you arrived. Answer for now, not for how you hope to feel.',
			watch:
				'Set it beside the arrival only if the room wants to, and never as a verdict on the session. Tired people leave tired, and that is fine.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-leaving-one-word',
		theme: 'checkin',
		definition: {
			kind: 'words',
			text: 'One word for how you are leaving.'
		},
		guide: {
			purpose: "A quiet check-out in people's own words.",
			before: 'One word is plenty. Say you will read the words before they go up.',
			watch: `Read the words slowly and let them stand; no summary is needed. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Starting and ending a group: agreements and hopes for a first session, and a last session.
	// A light theme in the arc, like check-ins.

	{
		slug: 'group-agreements',
		theme: 'group',
		definition: {
			kind: 'multiple',
			text: 'Which of these would help you speak freely in this group? Choose any that fit.',
			options: [
				'What is said aloud here stays here',
				'Passing is always fine',
				'No advice unless someone asks for it',
				'No names of patients or colleagues',
				'Listening without fixing',
				'Leaving early is fine, no reason needed',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Sets the agreements together, so everyone knows what keeps this room safe to speak in.',
			before:
				"Lead the agreements aloud. Be plain: Huddle keeps what people type anonymous, but what is said aloud is protected only by our agreement to keep it here. That agreement is yours to lead and everyone's to keep.",
			watch:
				'Read the results back as the group\'s own agreements. If "Something else" is chosen, invite suggestions aloud. Come back to the agreements whenever someone new joins.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'group-how-you-take-part',
		theme: 'group',
		definition: {
			kind: 'single',
			text: 'How would you like to take part, for now?',
			options: [
				'Mostly listening',
				'Answering on my phone, not aloud',
				'Speaking now and then',
				'Not sure yet'
			]
		},
		guide: {
			purpose: 'Makes listening a full way to take part, so nobody feels they must speak.',
			before: 'Every answer here is a good one, and it can change from week to week.',
			watch:
				'If most want to listen, say that is how many groups begin, and lean on choice prompts. Never call on anyone by name.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'group-hesitations',
		theme: 'group',
		definition: {
			kind: 'multiple',
			text: 'What might make it hard to be open here? Choose any that fit.',
			options: [
				'Worry that someone will recognise me',
				'Not knowing the others yet',
				'Worry that it gets back to work',
				'Not wanting to burden anyone',
				'Finding the words',
				'Nothing much',
				'Something else'
			]
		},
		guide: {
			purpose: 'Brings the usual worries about a group into the open, where you can answer them.',
			before: 'Choose any that fit. These are the worries most people bring to a first session.',
			watch:
				'Answer each common worry plainly: typed answers are anonymous and only shown once enough people answer; what is said aloud, or guessed in a small group, is not protected by the app.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'group-hopes',
		theme: 'group',
		definition: {
			kind: 'words',
			text: 'A few words for what you hope this group could be for you.'
		},
		guide: {
			purpose: 'Lets the group see what it hopes to be, in its own words.',
			before: 'Small hopes count. Say you will read the words before they go up.',
			watch: `Read the cloud as the group's shared hope, and keep it in mind for later sessions. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'group-last-what-changed',
		theme: 'group',
		definition: {
			kind: 'text',
			text: 'Looking back over our sessions, what has shifted for you, even a little?'
		},
		guide: {
			purpose: 'Lets people name what they take from the group before it ends.',
			before:
				'Say that "not much" is an honest answer: for some, the shift comes later. You will read the answers first.',
			watch:
				'Read first and hide anything that identifies someone. Read a few aloud slowly. Do not turn them into a verdict on the group or on you.',
			reveal: 'read-first'
		},
		participantNote:
			'A line or two is plenty, with no names or details. "Not much" is an honest answer.'
	},
	{
		slug: 'group-last-early-signs',
		theme: 'group',
		definition: {
			kind: 'multiple',
			text: 'After we stop meeting, which early signs will you watch for in yourself? Choose any that fit.',
			options: [
				'Sleeping badly',
				'Shorter with people',
				'Dreading work',
				'Pulling away from people',
				'Caring less',
				'Working later and later',
				'Not sure yet',
				'Something else'
			]
		},
		guide: {
			purpose: 'Helps each person leave knowing their own early warning signs.',
			before: 'Think of how your hardest stretch began. Choose any that fit.',
			watch:
				'Suggest telling one trusted person which signs to watch for, since others often notice first. Keep it practical, not alarming.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'group-last-if-it-gets-hard',
		theme: 'group',
		definition: {
			kind: 'multiple',
			text: 'If things get hard again, what will you do first? Choose any that fit.',
			options: [
				'Talk to someone I trust',
				'Call a confidential support line',
				'See my own doctor',
				'Use something from these sessions',
				'Take some time off',
				'Not sure yet',
				'Something else'
			]
		},
		guide: {
			purpose: 'Turns getting help into a plan made now, while things are steadier.',
			before: 'Have the local support options ready to name. Choose any that fit.',
			watch:
				'If "Not sure yet" is common, show the support card and walk through what is on it. Say that reaching out early is what experienced clinicians do.',
			reveal: 'reveal'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Noticing burnout: about experience, never a measure of anyone

	{
		slug: 'noticing-autopilot-or-present',
		theme: 'noticing',
		definition: {
			kind: 'single',
			text: 'Thinking of the people you cared for this week, which comes closest?',
			options: [
				'Present with most of them',
				'Present with some, on autopilot with others',
				'Mostly on autopilot',
				'Too tired to tell',
				'I had little contact with patients this week',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Names going through the motions as common and human, without measuring anyone.',
			before:
				'This is about experience, not a test. If you saw few patients this week, there is an answer for that.',
			watch:
				'If autopilot is common, name how often tiredness does this and stay with it before moving on. Never follow it week to week.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-close-to-patients',
		theme: 'noticing',
		definition: {
			kind: 'checkin',
			text: 'This week, how close did you feel to the people you cared for?',
			labels: ['Far away', 'Distant', 'In between', 'Fairly close', 'Close']
		},
		guide: {
			purpose:
				'Distance is often how tired people protect themselves. This names it without judging it.',
			before:
				'The people you cared for can be patients, families or anyone you look after at work.',
			watch:
				'Say that distance is often protection, not a flaw of character, and do not try to fix it.',
			reveal: 'reveal'
		},
		participantNote: 'If you saw few people this week, passing is fine.'
	},
	{
		slug: 'noticing-patience-ran-thin',
		theme: 'noticing',
		definition: {
			kind: 'multiple',
			text: 'Where did your patience run thin this week? Choose any that fit.',
			options: [
				'With patients or families',
				'With colleagues',
				'With systems and screens',
				'At home',
				'With myself',
				'Nowhere much',
				'Something else'
			]
		},
		guide: {
			purpose: 'A short fuse usually says the tank is low, not that someone is a worse person.',
			before: 'Choose any that fit. Nobody will ask which.',
			watch:
				'Say plainly that a short fuse is a common sign of running low. If "With myself" is common, note it: it leads well into self-compassion.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-caring-less',
		theme: 'noticing',
		definition: {
			kind: 'text',
			text: 'Many of us feel guilty when we notice we care less than we used to. If that has come up for you, what has it been like?'
		},
		guide: {
			purpose:
				'Makes the guilt of caring less speakable, as a sign of depletion rather than of who someone is.',
			before:
				'Say that this is common, that passing is fine, and that you will read the answers before the room sees any.',
			watch:
				'Expect passes and short answers. Read first; hide anything that identifies a patient. Thank the room without pressing for stories. ' +
				RAW_ANSWER,
			reveal: 'read-first'
		},
		participantNote: 'What it felt like is enough. No patients, cases or details needed.'
	},
	{
		slug: 'noticing-hollow-wins',
		theme: 'noticing',
		definition: {
			kind: 'single',
			text: 'Think of something that went well at work recently. How did it land?',
			options: [
				'It felt good',
				'Good, but only briefly',
				'I barely noticed it',
				'It felt hollow',
				'Nothing comes to mind',
				'Not sure'
			]
		},
		guide: {
			purpose:
				'Wins that feel hollow are common and seldom spoken of. Naming them together is often a relief.',
			before: 'Something small is fine: a task done, a problem solved.',
			watch:
				'If "hollow" or "barely noticed" is common, say that exhaustion often dulls satisfaction first. Leave some silence after the results.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-first-sign',
		theme: 'noticing',
		definition: {
			kind: 'multiple',
			text: 'When you are running low, what do you tend to notice first? Choose any that fit.',
			options: [
				'My body: tense, tired, run down',
				'My mood: flatter or shorter',
				'My thinking: foggy or scattered',
				'How I am with people',
				'Others notice before I do',
				'Not sure yet'
			]
		},
		guide: {
			purpose: 'Helps people learn their own early signs, so they can act sooner.',
			before: 'Choose any that fit. This is curiosity, not a checklist.',
			watch:
				'If "Others notice before I do" comes up, suggest asking someone you trust to tell you. Keep the tone curious, never clinical.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-curiosity-compared',
		theme: 'noticing',
		definition: {
			kind: 'scale',
			text: 'Compared with when you felt most like yourself at work, how much curiosity do you bring to the people you care for now?',
			min: 0,
			max: 10,
			minLabel: 'Much less than then',
			maxLabel: 'As much as then'
		},
		guide: {
			purpose: 'Curiosity often fades before people notice anything else.',
			before: 'Answer for now, not for your best or worst day.',
			watch:
				'Low numbers are information, not a verdict. Ask what used to spark curiosity, without pushing anyone to find it again today.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-work-from-inside',
		theme: 'noticing',
		definition: {
			kind: 'words',
			text: 'A word or two for how work has felt from the inside lately.'
		},
		guide: {
			purpose: 'Lets people name how work feels from the inside, in their own words.',
			before: 'Any word is fine, flat or numb included. You will read them before they go up.',
			watch: `Reflect flat or numb words back without cheering anyone up. ${HARSH_WORD} ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// The system and moral injury: what is and is not in our hands

	{
		slug: 'system-what-weighed',
		theme: 'system',
		definition: {
			kind: 'multiple',
			text: 'What weighed on you most at work this week? Choose any that fit.',
			options: [
				'Workload and staffing',
				'Screens, forms and paperwork',
				'Too little time with patients',
				'Decisions made far from the work',
				'Waiting for beds, tests or referrals',
				'Something I did or did not do',
				'Something else',
				'Nothing much this week'
			]
		},
		guide: {
			purpose:
				'Puts the conditions of the work on the table, so the room sees how much of the weight comes from the system.',
			before:
				'Say that today is about the work around us, not about coping better. Choose any that fit.',
			watch:
				'Note aloud how much of the weight sits outside any one person. If "Something I did" is common, acknowledge it gently, ask for no stories, and offer to talk one-to-one after.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'system-how-much-in-hands',
		theme: 'system',
		definition: {
			kind: 'single',
			text: 'Of what weighed on you this week, how much was in your hands?',
			options: ['Most of it', 'About half', 'A little of it', 'Almost none of it', 'Hard to say']
		},
		guide: {
			purpose:
				'Separates what is yours to act on from what is not: the first step out of blaming yourself for the system.',
			before: 'In your hands means you could have changed it, not that you cared about it.',
			watch:
				'Many will say little was in their hands. Say that carrying what is not yours wears people down, and that naming it is not giving up.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'system-needed-but-could-not-give',
		theme: 'system',
		definition: {
			kind: 'single',
			text: 'This week, how often did you know what someone needed but could not give it?',
			options: ['Not this week', 'Once or twice', 'A few times', 'Often', 'Most days', 'Not sure']
		},
		guide: {
			purpose: 'Names moral distress: knowing the right care and being kept from giving it.',
			before: 'Someone can be a patient, a family or a colleague. No details, just how often.',
			watch:
				'If answers sit high, name it as moral injury: a wound made by the conditions, not a flaw in the person. Do not follow it week to week.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'system-cannot-give-words',
		theme: 'system',
		definition: {
			kind: 'words',
			text: 'A word or two for how it feels to know what was needed and not be able to give it.'
		},
		guide: {
			purpose: 'Gives a name to a feeling that usually stays private.',
			before: 'Feelings, not events. You will read the words before the room sees them.',
			watch: `Expect anger, guilt or helplessness. Let them stand; do not defend the system or rush to fixes. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'system-yours-and-not-yours',
		theme: 'system',
		definition: {
			kind: 'text',
			text: 'Pick one thing that weighed on you. Which part of it is yours to act on, and which part is not?'
		},
		guide: {
			purpose:
				"Practises separating your responsibility from the system's shortfalls: the heart of this session.",
			before:
				'Give an example of the shape, such as: the waiting list is not mine; being honest with the family is. Say you will read the answers before revealing.',
			watch:
				'Read first; hide anything that names a place or a case. Note aloud how often the heaviest part is not theirs. ' +
				RAW_ANSWER,
			reveal: 'read-first'
		},
		participantNote: 'Just the shape of it: no cases, names or places. A line or two is plenty.'
	},
	{
		slug: 'system-change-that-would-help',
		theme: 'system',
		definition: {
			kind: 'multiple',
			text: 'Which changes would make the most difference to your working week? Choose the few that matter most.',
			options: [
				'Safer staffing',
				'Less time on screens and forms',
				'Protected breaks',
				'A say in decisions that affect us',
				'Time to talk after hard cases',
				'More flexible hours',
				'Something else',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Turns frustration into something the group could ask for together.',
			before:
				'Say honestly what you can and cannot pass on. Nothing leaves the room without the group agreeing.',
			watch:
				'If the group wants its results passed on, agree together what to share, and share counts only, never words. Promise no change you cannot deliver.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'system-ask-of-leadership',
		theme: 'system',
		definition: {
			kind: 'text',
			text: 'If the people who run your workplace were in this room, what is one thing you would ask them to change?'
		},
		guide: {
			purpose:
				'Gives the room a voice about the system, so the problem is not left inside each person.',
			before:
				'Say whether anything will be passed on, and how: themes only, and only if the group agrees. You will read the answers before revealing.',
			watch:
				'Read first; hide anything that names a person or a team. Honour anger without joining in blame. Agree before the end what, if anything, leaves the room.',
			reveal: 'read-first'
		},
		participantNote: 'Describe the change, not the incident: no names, teams or cases.'
	},

	// -------------------------------------------------------------------------------------------
	// Identity beyond the role

	{
		slug: 'identity-outside-work',
		theme: 'identity',
		definition: {
			kind: 'words',
			text: 'Outside work, who are you? A few words: qualities, or parts of your life.'
		},
		guide: {
			purpose: 'Makes room for the parts of each person that the role has crowded out.',
			before:
				'Suggest everyday words: friend, walker, reader, someone who laughs easily. Say you will read them before they go up.',
			watch: `A thin cloud says the role has taken a lot of room; name that gently. Hide a word rare enough to identify someone. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		},
		participantNote:
			'No names or rare details needed: everyday words work best, since a rare hobby could tell the room who wrote it.'
	},
	{
		slug: 'identity-life-beyond-work',
		theme: 'identity',
		definition: {
			kind: 'scale',
			text: 'How much of who you are has room to live outside work right now?',
			min: 0,
			max: 10,
			minLabel: 'Very little',
			maxLabel: 'A good deal'
		},
		guide: {
			purpose:
				'Shows how much the role has crowded out. As on every scale here, a higher number is the easier place to be.',
			before: 'Answer for this season, not for how it ought to be.',
			watch:
				'Low numbers are not a failing. Ask what the rest of you has been missing, not how to fix it.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'identity-before-training',
		theme: 'identity',
		definition: {
			kind: 'text',
			text: 'What did you love doing before training took most of your time? Is any of it still within reach?'
		},
		guide: {
			purpose: 'Reconnects people with who they were before the role. Often brings warmth.',
			before:
				'Give people a moment to remember before they answer. Say you will read the answers first.',
			watch:
				'Let people enjoy the memory before turning to what is possible now. Hide any answer rare enough to identify the writer.',
			reveal: 'read-first'
		},
		participantNote:
			'Keep it general, such as "music" rather than the band you played in. No details needed.'
	},
	{
		slug: 'identity-parts-with-room',
		theme: 'identity',
		definition: {
			kind: 'multiple',
			text: 'Which parts of you have had some room lately? Choose any that fit.',
			options: [
				'Friend',
				'Partner or family member',
				'Someone who makes or plays things',
				'Someone who moves: walks, runs, swims',
				'Someone learning something new',
				'Someone who simply rests',
				'Not much room lately',
				'Something else'
			]
		},
		guide: {
			purpose: 'Shows how narrow or wide life feels this season.',
			before: 'Choose any that fit.',
			watch: '"Not much room lately" is an honest answer. Meet it without advice.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'identity-what-do-you-do',
		theme: 'identity',
		definition: {
			kind: 'single',
			text: 'When someone outside work asks "What do you do?", how do you usually answer?',
			options: [
				'I lead with my job',
				'I mention my job, then other things',
				'I lead with something else',
				'It depends who is asking',
				'I tend to dodge the question'
			]
		},
		guide: {
			purpose: 'A light way into a heavy theme: how much the title carries.',
			before: 'There is no better answer here.',
			watch:
				'It can open talk about how much the title carries. Keep it light; the deeper questions come later.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'identity-someone-who-knew-you',
		theme: 'identity',
		definition: {
			kind: 'text',
			text: 'Think of someone who has known you since before your career, or picture yourself back then. What would they say makes you who you are?'
		},
		guide: {
			purpose: 'Finds qualities that do not depend on the role.',
			before:
				'Invite a moment of quiet first. The person can be anyone, your younger self included. Say you will read the answers before revealing.',
			watch:
				'The person who comes to mind may have died; if grief surfaces, acknowledge it gently and offer to talk after. Read first; hide anything that identifies someone.',
			reveal: 'read-first'
		},
		participantNote:
			'No names needed. If the person who comes to mind has died, you can still answer for them, picture yourself instead, or pass.'
	},
	{
		slug: 'identity-like-yourself-v2',
		theme: 'identity',
		definition: {
			kind: 'checkin',
			text: 'How much like yourself have you felt this week?',
			labels: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Very much']
		},
		guide: {
			purpose:
				'Follows, week by week, how much people feel like themselves: the clearest trend for this work.',
			before:
				'Answer for the week as a whole. The same question comes back in later sessions, so the group can see its own trend.',
			watch:
				'If answers sit low, say that losing touch with yourself is common in hard seasons, and often among the first things to come back.',
			reveal: 'reveal'
		},
		measure: true
	},

	// -------------------------------------------------------------------------------------------
	// Values

	{
		slug: 'values-what-brought-you',
		theme: 'values',
		definition: {
			kind: 'text',
			text: 'What first drew you to this work? A reason or a value is enough; you do not need to tell the story.'
		},
		guide: {
			purpose:
				'Reconnects people with the values they brought to this work before the role took over.',
			before:
				'Invite a moment to remember. Say you will read the answers before the room sees them.',
			watch:
				'Answers are often tender. Read first and hide anything that identifies someone, then read a few aloud slowly and let them land before asking anything else.',
			reveal: 'read-first'
		},
		participantNote: 'No names, places or stories needed: a line about why is plenty.'
	},
	{
		slug: 'values-at-the-start',
		theme: 'values',
		definition: {
			kind: 'multiple',
			text: 'Which of these mattered most to you when you started out? Choose the few that fit best.',
			options: [
				'Compassion',
				'Curiosity',
				'Learning',
				'Service',
				'Skill and craft',
				'Teamwork',
				'Something else',
				'None of these'
			]
		},
		guide: {
			purpose:
				'Names the values people started with, on the same list as this week, so the two can be compared.',
			before: 'Choose two or three. The next question uses the same list for this week.',
			watch: 'Keep the results in view so the next question can sit beside them.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'values-alive-this-week',
		theme: 'values',
		definition: {
			kind: 'multiple',
			text: 'Which of these felt alive in your work this week? Choose any that fit.',
			options: [
				'Compassion',
				'Curiosity',
				'Learning',
				'Service',
				'Skill and craft',
				'Teamwork',
				'Something else',
				'None of these'
			]
		},
		guide: {
			purpose: 'The same list, for this week: the gap between then and now is the conversation.',
			before: 'The same list as before, about this week. "None of these" is an honest answer.',
			watch:
				'Set the two results side by side. A gap is not a personal failure: much of it comes from the conditions. Meet "None of these" without trying to rescue it.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'values-this-season',
		theme: 'values',
		definition: {
			kind: 'text',
			text: 'What matters most to you in this season of your life? Not for ever, just for now.'
		},
		guide: {
			purpose: '"Season" gives permission for priorities to change.',
			before: 'Not for ever, just for now. Say you will read the answers first.',
			watch:
				'Listen for rest, family and health, and honour them. Read first; hide anything that identifies someone, such as an illness at home.',
			reveal: 'read-first'
		},
		participantNote: 'A few words about what matters is enough. No details needed.'
	},
	{
		slug: 'values-days-match',
		theme: 'values',
		definition: {
			kind: 'scale',
			text: 'How closely did your days this week match what you care about?',
			min: 0,
			max: 10,
			minLabel: 'Far apart',
			maxLabel: 'Close together'
		},
		guide: {
			purpose: 'Shows the gap between what people care about and how their days actually go.',
			before: 'Answer for the week as a whole.',
			watch:
				'A gap is not a personal failure; much of it comes from the system. Say so before exploring it.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'values-how-you-want-to-practise',
		theme: 'values',
		definition: {
			kind: 'words',
			text: 'A word or two for how you want to be with the people you care for, on your own terms.'
		},
		guide: {
			purpose: 'Invites people to define good work for themselves rather than by the metrics.',
			before: "Your own terms, not the system's. Say you will read the words first.",
			watch: `Read the cloud back as a shared picture of good work. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'values-one-small-act',
		theme: 'values',
		definition: {
			kind: 'text',
			text: 'Name one small thing you could do next week that fits what you care about.'
		},
		guide: {
			purpose: 'Turns values into one small, concrete act for the coming week.',
			before:
				'Keep it small: five minutes that happen beat a plan that does not. Say you will read the answers first.',
			watch:
				'Steer away from big plans. If someone cannot think of one, that is fine: noticing counts too.',
			reveal: 'read-first'
		},
		participantNote: 'Something small and general is enough. No names or details needed.'
	},

	// -------------------------------------------------------------------------------------------
	// Boundaries and recovery

	{
		slug: 'boundaries-one-no',
		theme: 'boundaries',
		definition: {
			kind: 'text',
			text: 'What is one thing you could say no to this week, even a small one?'
		},
		guide: {
			purpose: 'Helps each person choose one small, kind no.',
			before:
				'Keep it modest; nobody needs to justify their no. Say you will read the answers first.',
			watch:
				'If a no would leave a patient or a colleague exposed, suggest something smaller. Never ask anyone to defend their choice.',
			reveal: 'read-first'
		},
		participantNote: 'A small, general example is plenty. No names or details needed.'
	},
	{
		slug: 'boundaries-after-a-no',
		theme: 'boundaries',
		definition: {
			kind: 'multiple',
			text: 'When you say no at work, what usually follows? Choose any that fit.',
			options: [
				'Relief',
				'Guilt',
				'Worry about what others think',
				'Worry about patients or the team',
				'I rarely say no',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Shows that relief and guilt often come together, and that the guilt is shared.',
			before: 'Mixed answers are normal: choose all that fit.',
			watch:
				'Guilt after a no is very common in medicine; naming it as shared takes some weight off. If many rarely say no, ask what makes it hard, not why.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-what-restores-you-now',
		theme: 'boundaries',
		definition: {
			kind: 'multiple',
			text: 'What restores you at the moment, even a little? Choose any that fit.',
			options: [
				'Sleep',
				'Being outdoors or moving',
				'People I love',
				'Time on my own',
				'Music, reading or making things',
				'Doing nothing at all',
				'Nothing much, right now',
				'Something else'
			]
		},
		guide: {
			purpose: 'Helps people see their own list, with an honest answer for when nothing restores.',
			before: 'Choose any that fit. "Nothing much, right now" is an honest answer.',
			watch:
				'If "Nothing much" is chosen, meet it seriously and kindly: it often means the tank is very low. Mention support between sessions and the support card, calmly.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-recovery-routine',
		theme: 'boundaries',
		definition: {
			kind: 'text',
			text: 'What is one recovery routine you could actually keep, in a real week rather than an ideal one?'
		},
		guide: {
			purpose: 'Settles on one recovery routine that fits a real working week.',
			before: 'A real week, not an ideal one. Say you will read the answers first.',
			watch:
				'Steer away from ambitious plans. Ask whether it would still work on the worst week of the month.',
			reveal: 'read-first'
		},
		participantNote: 'A general habit is enough. No details needed.'
	},
	{
		slug: 'boundaries-switching-off',
		theme: 'boundaries',
		definition: {
			kind: 'scale',
			text: 'After work this week, how easily could you switch off?',
			min: 0,
			max: 10,
			minLabel: 'Not at all',
			maxLabel: 'Easily'
		},
		guide: {
			purpose: 'Opens talk about the transition from work to home.',
			before: 'Answer for the week as a whole.',
			watch:
				'Low numbers are usual in busy spells. Use them to open talk about the way home, not to judge.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-rest-without-guilt',
		theme: 'boundaries',
		definition: {
			kind: 'checkin',
			text: 'How freely can you rest right now, without feeling you ought to be doing something else?',
			labels: ['Not at all', 'Hardly', 'Somewhat', 'Mostly', 'Freely']
		},
		guide: {
			purpose:
				'Rest that has to be earned rarely restores. This shows how much the room has to earn it.',
			before: 'Answer for right now.',
			watch: 'Notice where the room sits and name the pattern kindly. There is nothing to correct.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-what-helps-leave-work',
		theme: 'boundaries',
		definition: {
			kind: 'multiple',
			text: 'What helps you leave work at work? Choose any that fit.',
			options: [
				'The trip home',
				'Changing clothes',
				'A walk or some movement',
				'Talking it over with someone',
				'Music or a podcast',
				'Nothing yet',
				'Something else'
			]
		},
		guide: {
			purpose: 'Lets people borrow ideas from each other for the way home.',
			before: 'Most of us use a mix: choose all that fit.',
			watch:
				'"Nothing yet" is common; treat it as a starting point, and let the others\' answers be ideas.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-what-rest-looks-like',
		theme: 'boundaries',
		definition: {
			kind: 'words',
			text: 'A word or two for what real rest looks like for you.'
		},
		guide: {
			purpose: 'Shows the variety of rest: there is no one right way.',
			before: 'Any kind of rest counts. Say you will read the words first.',
			watch: `Let the variety in the cloud be the point. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Coping that restores, or coping that only keeps you going

	{
		slug: 'coping-restoring-this-week',
		theme: 'coping',
		definition: {
			kind: 'checkin',
			text: 'How much of your time off this week actually restored you?',
			labels: ['None of it', 'A little', 'Some of it', 'Most of it', 'All of it']
		},
		guide: {
			purpose: 'Opens the difference between resting and recovering.',
			before: 'Time off means any time away from work, however short.',
			watch:
				'Low answers are common and say more about the week than about the person. Use them to open the next questions, not to advise.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'coping-what-you-reach-for',
		theme: 'coping',
		definition: {
			kind: 'multiple',
			text: 'After a hard day, what do you tend to reach for? Choose any that fit.',
			options: [
				'Sleep',
				'A drink',
				'Scrolling on my phone',
				'Food',
				'Exercise or a walk',
				'People I trust',
				'More work',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Names the ordinary ways people get through, without sorting them into good and bad.',
			before: 'No judgement here: everyone reaches for something. Choose any that fit.',
			watch:
				'Do not moralise. If a drink or more work is common, say so plainly and ask what each gives and costs, not whether it is good. If anyone sounds worried about a habit, name confidential support and show the support card.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'coping-restores-or-keeps-going',
		theme: 'coping',
		definition: {
			kind: 'single',
			text: 'Thinking of how you have been coping lately, does it restore you, or just keep you going?',
			options: [
				'Mostly restores me',
				'Some of each',
				'Mostly keeps me going',
				'Neither, lately',
				'Not sure'
			]
		},
		guide: {
			purpose:
				'The question at the heart of this session: is your coping restoring you, or only getting you through?',
			before: 'Keeping going is not failure; it is often what the week needed.',
			watch:
				'If "Neither, lately" is chosen, acknowledge it kindly and mention support between sessions.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'coping-keeping-going-cost',
		theme: 'coping',
		definition: {
			kind: 'text',
			text: 'Think of one way of coping that keeps you going. What does it give you, and what does it cost?'
		},
		guide: {
			purpose:
				'Looks at coping with curiosity rather than judgement: what it gives and what it takes.',
			before: 'Say there is no wrong answer, and that you will read the answers before revealing.',
			watch: `Read first. Keep the tone curious: people already judge themselves. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote: 'A line or two in general terms is plenty. No details needed.'
	},
	{
		slug: 'coping-one-that-restores',
		theme: 'coping',
		definition: {
			kind: 'text',
			text: 'Name one thing that restores you, not just keeps you going. What would make a little room for it this week?'
		},
		guide: {
			purpose: 'Turns the talk about coping towards one small, real step that restores.',
			before: 'Small counts. Say you will read the answers before they go up.',
			watch:
				'Steer away from big plans and from "should". If someone cannot name one, that is honest; suggest noticing over the week.',
			reveal: 'read-first'
		},
		participantNote: 'Something small and general is enough. No details needed.'
	},
	{
		slug: 'coping-hard-shift-words',
		theme: 'coping',
		definition: {
			kind: 'words',
			text: 'A word or two for what gets you through a hard shift.'
		},
		guide: {
			purpose: "Collects the room's ways through, so people can borrow from each other.",
			before: 'Anything counts. Say you will read the words before the room sees them.',
			watch: `Read the variety back as a shared toolkit, without ranking it. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Confidence and perfectionism: worth is not performance

	{
		slug: 'perfectionism-hard-day-and-you',
		theme: 'perfectionism',
		definition: {
			kind: 'single',
			text: 'After a hard day at work, how much does it change how you see yourself?',
			options: [
				'A lot: a bad day feels like a bad me',
				'Somewhat',
				'A little',
				'Hardly at all',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Opens the gap between what you do and who you are.',
			before: 'Think of a recent hard day, without going into it.',
			watch: 'Let the room notice how many tie the two together. No need to untie it yet.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-good-enough',
		theme: 'perfectionism',
		definition: {
			kind: 'scale',
			text: 'This week, how often did "good enough" feel like enough?',
			min: 0,
			max: 10,
			minLabel: 'Hardly ever',
			maxLabel: 'Most of the time'
		},
		guide: {
			purpose:
				'In medicine high standards are a strength. The question is whether they ever let you rest.',
			before: 'Answer for the week as a whole.',
			watch:
				'Low numbers are common here. Say that high standards keep patients safe, and that never resting is a separate thing.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-inner-critic-says',
		theme: 'perfectionism',
		definition: {
			kind: 'multiple',
			text: 'When you make a small mistake, what does the voice in your head tend to say? Choose any that come close.',
			options: [
				'"You should have known better"',
				'"Everyone will notice"',
				'"Others manage, so why can\'t you"',
				'"You should be better at this by now"',
				'"It happens, let it go"',
				'It varies',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Shows how common the inner critic is, in mild words of our own, as a way into compassion. Use it only right before a self-compassion prompt.',
			before:
				'Say that these are common voices, not truths, and that the next question answers them.',
			watch:
				'Do not linger on the results: go straight to the compassion prompt that follows. If the room seems hit hard, slow down and show the support card.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-unmeasured-good',
		theme: 'perfectionism',
		definition: {
			kind: 'text',
			text: 'Name something you did well this week that nobody measured or noticed.'
		},
		guide: {
			purpose: 'Finds the good work that no metric sees.',
			before: 'Small, quiet things count. Say you will read the answers first.',
			watch:
				'If people struggle to find one, that is worth a gentle word too. Hide anything that identifies a patient or a colleague.',
			reveal: 'read-first'
		},
		participantNote: 'Something small and general is enough. No names or details needed.'
	},
	{
		slug: 'perfectionism-heaviest-standards',
		theme: 'perfectionism',
		definition: {
			kind: 'multiple',
			text: 'Where do your own standards feel heaviest? Choose any that fit.',
			options: [
				'Clinical decisions',
				'Notes and paperwork',
				'Being always available',
				'Never making a mistake',
				'How I come across to colleagues',
				'Life at home',
				'Something else'
			]
		},
		guide: {
			purpose: 'Shows where perfectionism costs most.',
			before: 'Choose any that fit.',
			watch:
				'Ask, gently, which standards keep patients safe and which could be loosened. Leave clinical judgement alone.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-settled-worth',
		theme: 'perfectionism',
		definition: {
			kind: 'checkin',
			text: 'Apart from how the work went, how settled do you feel in your own worth this week?',
			labels: ['Shaky', 'Unsure', 'Mixed', 'Mostly settled', 'Settled']
		},
		guide: {
			purpose: 'Separating worth from output is slow work. This shows where the room is with it.',
			before: 'Answer apart from how the work went, if you can.',
			watch:
				'Mixed answers are normal; no one needs to be settled yet. Give the results some time: this is the middle of the session.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-what-enough-looks-like',
		theme: 'perfectionism',
		definition: {
			kind: 'text',
			text: 'Pick one everyday task you tend to overdo, such as notes or emails. What would good enough look like for it?'
		},
		guide: {
			purpose: 'Tries one small, safe experiment with good enough.',
			before:
				'Keep it to everyday tasks, not clinical judgement. Say you will read the answers before revealing.',
			watch:
				'Read first; hide anything that describes a case. Small experiments build trust; check none would put a patient at risk.',
			reveal: 'read-first'
		},
		participantNote: 'Everyday tasks only: no cases, patients or details.'
	},

	// -------------------------------------------------------------------------------------------
	// Common humanity and comparison: "others manage, so why can't I?"

	{
		slug: 'humanity-others-manage',
		theme: 'humanity',
		definition: {
			kind: 'single',
			text: 'How often do you find yourself thinking "others manage, so why can\'t I"?',
			options: ['Often', 'Sometimes', 'Rarely', 'Never', 'Not sure']
		},
		guide: {
			purpose: 'Shows the room how many carry the same private comparison.',
			before: 'A quick, honest tick. Nobody sees who chose what.',
			watch:
				'When many say often or sometimes, let it land: the people you compare yourself with are often in this room.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'humanity-what-you-assume',
		theme: 'humanity',
		definition: {
			kind: 'multiple',
			text: 'When you look at colleagues who seem to be fine, what do you tend to assume? Choose any that fit.',
			options: [
				'They cope better than I do',
				'They hide it well, as I do',
				'They have more support',
				'They are struggling too',
				'I do not really know',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Brings the comparison that isolates into the open, so the room can test it on itself.',
			before: 'Choose any that fit.',
			watch:
				'Many in this room look fine to others too: say so. Do not argue anyone out of their assumptions; let the results do it.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'humanity-fraud-feeling',
		theme: 'humanity',
		definition: {
			kind: 'single',
			text: 'Lately, how often have you felt like a fraud at work, even when things went fine?',
			options: ['Often', 'Now and then', 'Rarely', 'Not lately', 'Not sure']
		},
		guide: {
			purpose: 'Names impostor feelings as common among capable clinicians.',
			before: 'Say that this feeling is common among very capable people.',
			watch:
				'If many say often or now and then, note that the feeling says little about ability. Name it as shared rather than reassuring anyone about their competence.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'humanity-if-they-knew',
		theme: 'humanity',
		definition: {
			kind: 'text',
			text: 'What would you want colleagues to know about how this season has been for you, if you could say it without anyone knowing it was you?'
		},
		guide: {
			purpose: 'Uses the anonymity of the room to say what usually goes unsaid.',
			before:
				'Say that typed answers are anonymous, that you will read them first, and that passing is fine.',
			watch: `Read first; hide anything that could identify the writer. Read a few aloud slowly: the recognition is the point. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote:
			'Feelings, not events: no names, places or details. Only what you are happy for the room to read.'
	},
	{
		slug: 'humanity-words-same-boat',
		theme: 'humanity',
		definition: {
			kind: 'words',
			text: 'A word or two for what it is like to see others feel the same.'
		},
		guide: {
			purpose: 'Lets the room name the relief of not being the only one.',
			before: 'Any word is fine, mixed ones included. Say you will read them first.',
			watch: `Some feel sad as well as relieved that others struggle; both belong. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'humanity-shared-struggle',
		theme: 'humanity',
		definition: {
			kind: 'checkin',
			text: 'Right now, how much do your struggles feel shared by others in this work?',
			labels: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Very much']
		},
		guide: {
			purpose:
				'A short read on isolation once the room has compared notes, in the middle of a session where there is time to answer it.',
			before: 'Answer for now, after what you have seen today.',
			watch:
				'Never end a session on this. If answers sit low, say so kindly, let the next prompts be the answer, and mention support between sessions.',
			reveal: 'reveal'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Mindfulness and presence. Moments are offered in a trauma-sensitive way: eyes open or
	// closed, a choice of anchor, and permission to stop.

	{
		slug: 'mindfulness-quiet-minute',
		theme: 'mindfulness',
		definition: {
			kind: 'moment',
			text: 'A quiet minute. Eyes open or closed, as you prefer, and you can stop at any time.',
			seconds: 60
		},
		guide: {
			purpose:
				'A minute of quiet to arrive in the present, offered so that it is safe for everyone.',
			before:
				'We will take one quiet minute. Keep your eyes open with a soft gaze, or close them if that feels comfortable. Choose an anchor: your feet on the floor, your hands, the sounds in the room, or your breath if that is easy. When your mind wanders, come back to it. If it feels like too much, open your eyes, look around or stop. I will tell you when the minute is up.',
			watch:
				'Silence feels longer to you than to the room: give the full minute. Quiet can stir things up; if someone looks distressed, end gently and check in after.',
			reveal: 'coach-only'
		}
	},
	{
		slug: 'mindfulness-how-settled-now',
		theme: 'mindfulness',
		definition: {
			kind: 'checkin',
			text: 'After the quiet, how settled do you feel?',
			labels: ['Restless', 'Unsettled', 'In between', 'Fairly settled', 'Settled']
		},
		guide: {
			purpose: 'Lets people notice what the quiet did, whichever way it went.',
			before: 'Any answer is fine, including more unsettled than before.',
			watch:
				'Restless answers are normal: quiet does not calm everyone, least of all after hard experiences. Do not offer more silence as the fix.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'mindfulness-noticing-now',
		theme: 'mindfulness',
		definition: {
			kind: 'words',
			text: 'What do you notice right now? A sound, a sensation, a feeling: a word or two.'
		},
		guide: {
			purpose: 'Keeps attention in the present.',
			before: 'Any answer is right, tired or hungry included. Say you will read the words first.',
			watch: `Read the cloud plainly, without making anything of it. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'mindfulness-fully-there',
		theme: 'mindfulness',
		definition: {
			kind: 'text',
			text: 'Think of a moment this week when you were fully there with someone. Without describing it, what made it possible?'
		},
		guide: {
			purpose:
				'Looks for the conditions of presence, not for virtue, so people can make room for them again.',
			before: 'Ask for what made it possible, not the story. Say you will read the answers first.',
			watch:
				'Read first; hide anything that identifies a patient or a colleague. Collect what helped, such as time, a quiet room or enough sleep.',
			reveal: 'read-first'
		},
		participantNote: 'What made it possible is enough: no names, patients or details.'
	},
	{
		slug: 'mindfulness-where-the-mind-goes',
		theme: 'mindfulness',
		definition: {
			kind: 'single',
			text: 'When you are not at work, where does your mind go most?',
			options: [
				'Back to work',
				'Ahead to what is coming',
				'To people at home',
				'Nowhere in particular',
				'Hard to tell',
				'Something else'
			]
		},
		guide: {
			purpose: 'Shows how much work follows people home.',
			before: 'Answer for a usual week.',
			watch:
				'If "Back to work" leads, name it as the work following people home, not a failure to switch off. Stay curious; there is nothing here to correct.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'mindfulness-where-a-pause-fits',
		theme: 'mindfulness',
		definition: {
			kind: 'multiple',
			text: 'Where could a ten-second pause fit into your working day? Choose any that fit.',
			options: [
				'Washing my hands',
				'Before opening a door',
				'Logging in',
				'Walking between places',
				'Before I drive or travel home',
				'Something else',
				'Not sure yet'
			]
		},
		guide: {
			purpose: 'Presence in practice means tiny anchors, not long retreats.',
			before: 'Ten seconds: one breath, or feeling your feet on the floor.',
			watch: 'Invite each person to try one this week, and leave it there.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'mindfulness-attention-where-you-are',
		theme: 'mindfulness',
		definition: {
			kind: 'scale',
			text: 'Over the past few days, how often was your attention where you actually were?',
			min: 0,
			max: 10,
			minLabel: 'Rarely',
			maxLabel: 'Almost always'
		},
		guide: {
			purpose: 'A wandering mind is what minds do. This frames it as noticing.',
			before: 'There is nothing to get right here.',
			watch: 'Frame low numbers as noticing, not as a skill to be graded.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'mindfulness-grounding',
		theme: 'mindfulness',
		definition: {
			kind: 'moment',
			text: 'A short grounding exercise. Eyes open or closed; stop whenever you like.',
			seconds: 90
		},
		guide: {
			purpose:
				'A steadying exercise through the senses, for after something heavy or before going back to work.',
			before:
				'Ninety seconds to ground ourselves. Eyes open or closed, as you like. Notice what holds you up: the chair, the floor. Then silently name a few things you can see, a few you can hear, and one thing you can feel with your hands. If any of these is unpleasant, choose another. Stop whenever you want. I will tell you when we are done.',
			watch:
				'Grounding through the senses suits people for whom the breath is hard to rest on. Keep your voice even; if someone looks distressed, pause and offer to talk after.',
			reveal: 'coach-only'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Self-compassion

	{
		slug: 'self-compassion-colleague-in-your-place',
		theme: 'self-compassion',
		definition: {
			kind: 'text',
			text: "If a colleague you respect had the week you've had, what would you say to them?"
		},
		guide: {
			purpose: 'Turns the kindness people give colleagues towards themselves.',
			before: 'Say you will read the answers first. Passing is fine.',
			watch:
				'Afterwards, invite people to say the same words to themselves, silently; they need not share that part. Read first and hide anything identifying.',
			reveal: 'read-first'
		},
		participantNote: 'Just the words you would say. No details of your week needed.'
	},
	{
		slug: 'self-compassion-whose-voice',
		theme: 'self-compassion',
		definition: {
			kind: 'single',
			text: 'When something goes wrong, what kind of voice do you use with yourself?',
			options: [
				'A harsh critic',
				'A tired manager',
				'A fair colleague',
				'A kind friend',
				'It changes',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Names the tone of the inner voice, so people can choose a different one.',
			before: 'There is no right voice to have.',
			watch:
				'Most clinicians recognise the critic. Ask what the fair colleague would say instead, and leave room for silence.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'self-compassion-kindness-this-week',
		theme: 'self-compassion',
		definition: {
			kind: 'scale',
			text: 'How kind have you been to yourself this week?',
			min: 0,
			max: 10,
			minLabel: 'Not at all',
			maxLabel: 'Very kind'
		},
		guide: {
			purpose: 'A gentle look at how people treat themselves.',
			before: 'Answer for the week as a whole.',
			watch:
				'Low numbers are common. Meet them with the kindness the question is about, not as one more thing to fix.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'self-compassion-words-to-hear',
		theme: 'self-compassion',
		definition: {
			kind: 'words',
			text: 'A few words you would like to hear from someone right now.'
		},
		guide: {
			purpose: 'Often becomes the kindest moment of the hour.',
			before: 'Say you will read the words before they go up.',
			watch: `Read the cloud to the room as if speaking to everyone in it. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'self-compassion-permission',
		theme: 'self-compassion',
		definition: {
			kind: 'multiple',
			text: 'What could you give yourself permission for this week? Choose any that fit.',
			options: [
				'To rest without earning it',
				'To ask for help',
				'Not to have all the answers',
				'To feel what I feel',
				'To do a task well enough',
				'To leave on time',
				'Something else'
			]
		},
		guide: {
			purpose: 'Permission is easier to take when others take it too.',
			before: 'Choose any that fit.',
			watch:
				'Say which permissions the room shares. If "To ask for help" is common, mention the support card.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'self-compassion-as-if-a-friend',
		theme: 'self-compassion',
		definition: {
			kind: 'text',
			text: 'Think of something you keep blaming yourself for. Without describing it, how would you see it if it had happened to a friend? A sentence is plenty.'
		},
		guide: {
			purpose:
				'Practises the kinder view people give friends, on something they blame themselves for.',
			before:
				'Ask for the kinder view, not the story. Say you will read the answers before revealing, and that passing is fine.',
			watch: `Read first; hide anything that describes an event or identifies someone. Errors and losses belong in one-to-one support. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote: 'Only the kinder view, not what happened: no details. Passing is fine.'
	},
	{
		slug: 'self-compassion-how-gently-now',
		theme: 'self-compassion',
		definition: {
			kind: 'checkin',
			text: 'Right now, how gently are you treating yourself?',
			labels: ['Harshly', 'Sternly', 'In between', 'Fairly gently', 'Gently']
		},
		guide: {
			purpose: 'A moment to notice the tone people take with themselves today.',
			before: 'Answer for right now.',
			watch:
				'Name the spread kindly and leave it there. Nobody needs to be gentler by the end of the hour, and no one is asked to explain a harsh answer.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'self-compassion-quiet-break',
		theme: 'self-compassion',
		definition: {
			kind: 'moment',
			text: 'A short self-compassion break. Eyes open or closed; stop whenever you like.',
			seconds: 90
		},
		guide: {
			purpose: 'A brief practice of the kindness people give others, turned towards themselves.',
			before:
				'Eyes open or closed, whichever feels safer. Rest a hand somewhere comforting, or feel your feet on the floor, or just keep still. Silently notice: this is hard right now. Then: others in this room, and in this work, know this too. Then offer yourself one kind sentence, the kind you would give a colleague. If nothing comes, that is fine. Stop whenever you want.',
			watch:
				'Kindness can bring up grief or tears; that is normal. Ask no one to share. If someone looks distressed, check in quietly after.',
			reveal: 'coach-only'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Naming emotions

	{
		slug: 'emotions-name-easily',
		theme: 'emotions',
		definition: {
			kind: 'checkin',
			text: 'How easy is it to name what you are feeling right now?',
			labels: ['Very hard', 'Hard', 'In between', 'Fairly easy', 'Easy']
		},
		guide: {
			purpose: 'Opens the idea that naming a feeling is a skill the work rarely leaves time for.',
			before: 'Answer for right now. Hard is a common answer.',
			watch:
				'If many find it hard, say that medicine trains us to set feelings aside, and that this is a place to practise the opposite.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'emotions-right-now',
		theme: 'emotions',
		definition: {
			kind: 'multiple',
			text: 'Which of these are with you right now? Choose any that fit.',
			options: [
				'Tired',
				'Anxious',
				'Sad',
				'Angry or irritable',
				'Numb',
				'Calm',
				'Hard to say',
				'Something else'
			]
		},
		guide: {
			purpose: 'Lets people name what is present, from a short list, without explaining it.',
			before: 'Several at once is normal. Choose any that fit.',
			watch:
				'Read the mix aloud without ranking it. Feelings that sit side by side, such as calm and sad, are worth naming as normal.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'emotions-allowed-at-work',
		theme: 'emotions',
		definition: {
			kind: 'multiple',
			text: 'Which feelings seem allowed where you work? Choose any that fit.',
			options: ['Calm', 'Frustration', 'Sadness', 'Fear', 'Anger', 'Joy', 'Hardly any', 'Not sure']
		},
		guide: {
			purpose:
				'Shows that the culture of a workplace, not the person, decides much of what gets hidden.',
			before: 'Allowed means you could show it without it counting against you.',
			watch:
				'If few feelings are allowed, say that hiding them is a demand of the work, not a personal failing, and that it costs energy.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'emotions-under-the-tiredness',
		theme: 'emotions',
		definition: {
			kind: 'words',
			text: 'If you look under the tiredness, what is there? A word or two.'
		},
		guide: {
			purpose: 'Looks beneath the most common answer, tired, for what it may cover.',
			before: 'Any word is fine, including "more tiredness". Say you will read them first.',
			watch: `Read the words slowly and let them stand. ${HARSH_WORD} ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'emotions-notice-and-name',
		theme: 'emotions',
		definition: {
			kind: 'moment',
			text: 'A quiet minute to notice what you feel. Eyes open or closed; stop whenever you like.',
			seconds: 60
		},
		guide: {
			purpose:
				'A minute to notice a feeling and name it silently, without doing anything about it.',
			before:
				'For one minute, see if you can notice what you are feeling. Eyes open or closed, as you like. You might find it in your body, in your thoughts, or nowhere in particular; all of that is fine. If a word comes, say it silently. If nothing comes, or it feels like too much, rest on your feet on the floor or the sounds in the room, or stop. I will tell you when the minute is up.',
			watch:
				'Noticing a feeling can make it stronger for a moment. If someone looks distressed, end gently and check in after.',
			reveal: 'coach-only'
		}
	},
	{
		slug: 'emotions-the-one-that-visits',
		theme: 'emotions',
		definition: {
			kind: 'text',
			text: 'Which feeling has been visiting most often lately? What might it be trying to tell you?'
		},
		guide: {
			purpose: 'Treats a feeling as information, not as a problem to be managed away.',
			before: 'The feeling is enough; no events needed. Say you will read the answers first.',
			watch: `Read first; hide anything identifying. Meet each feeling with curiosity, not advice. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote: 'The feeling is enough: no events, names or details.'
	},
	{
		slug: 'emotions-what-you-do-with-them',
		theme: 'emotions',
		definition: {
			kind: 'single',
			text: 'When a strong feeling comes up at work, what do you usually do with it?',
			options: [
				'Push it down and carry on',
				'Name it to myself',
				'Share it with someone',
				'Let it out later',
				'It depends',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Shows what usually happens to feelings at work, often pushed down to carry on.',
			before: 'Answer for a usual day.',
			watch:
				'Pushing down is often what the moment required. Ask where the feeling goes later, without judging the pushing down.',
			reveal: 'reveal'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Meaning and purpose

	{
		slug: 'meaning-moment-that-mattered',
		theme: 'meaning',
		definition: {
			kind: 'text',
			text: 'Think of a moment this week that mattered to you, however small. In a line, what made it matter?'
		},
		guide: {
			purpose: 'Small moments are the point: they remind the room why the work can be worth it.',
			before:
				'Ask for what made it matter, not the whole story. Say you will read the answers before revealing.',
			watch:
				'Read first; hide anything that could identify a patient, a colleague or the writer. Then read a few aloud slowly.',
			reveal: 'read-first'
		},
		participantNote: 'Leave out anything that could identify a patient, a colleague or you.'
	},
	{
		slug: 'meaning-where-you-found-it',
		theme: 'meaning',
		definition: {
			kind: 'multiple',
			text: 'Where did you find some meaning this week? Choose any that fit.',
			options: [
				'Time with a patient',
				'A colleague or the team',
				'Teaching or learning',
				'Solving a problem',
				'Life outside work',
				'Hard to find this week',
				'Something else'
			]
		},
		guide: {
			purpose: 'Shows where meaning still turns up, and how hard it has been to find.',
			before: 'Choose any that fit.',
			watch:
				'"Hard to find" is a real answer. If many choose it, slow down rather than hunt for silver linings.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'meaning-work-mattered',
		theme: 'meaning',
		definition: {
			kind: 'checkin',
			text: 'How much did your work feel like it mattered this week?',
			labels: ['Not at all', 'A little', 'Somewhat', 'Quite a lot', 'A great deal']
		},
		guide: {
			purpose: 'Meaning comes and goes with the week. This shows where the room is now.',
			before: 'Answer for the week as a whole.',
			watch: 'Low answers say more about the conditions than about the person. Say so.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'meaning-worth-it-words',
		theme: 'meaning',
		definition: {
			kind: 'words',
			text: 'A word or two for what makes this work worth it, when it is.'
		},
		guide: {
			purpose: '"When it is" admits that it often is not. The cloud tends to be warm.',
			before: 'Say you will read the words before they go up.',
			watch: `Let the cloud stand without adding to it. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'meaning-thanks-that-landed',
		theme: 'meaning',
		definition: {
			kind: 'single',
			text: 'When did a thank-you last really reach you?',
			options: [
				'This week',
				'This month',
				'A while ago',
				"I can't remember",
				"Thanks haven't been landing lately"
			]
		},
		guide: {
			purpose: 'Thanks that no longer land can be a quiet sign of depletion.',
			before: 'Really reach you, not just be said.',
			watch: 'If thanks have not been landing, name it gently as common, not as a problem.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'meaning-purpose-clarity',
		theme: 'meaning',
		definition: {
			kind: 'scale',
			text: 'How clear does your sense of purpose feel right now?',
			min: 0,
			max: 10,
			minLabel: 'Foggy',
			maxLabel: 'Clear'
		},
		guide: {
			purpose: 'A gentle read on how clear purpose feels in this season.',
			before: 'Answer for right now.',
			watch:
				'Fog is normal in hard seasons and does not mean purpose is gone. Say that before exploring further.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'meaning-next-week-worthwhile',
		theme: 'meaning',
		definition: {
			kind: 'text',
			text: 'What would make next week feel a little more worthwhile?'
		},
		guide: {
			purpose: 'Looks for something within reach that would make next week feel better spent.',
			before: 'Keep it within reach. Say you will read the answers first.',
			watch:
				'Answers often name time, people and small acts, and often the system too. Honour both; do not turn it into homework.',
			reveal: 'read-first'
		},
		participantNote: 'A few general words are enough. No names or details needed.'
	},

	// -------------------------------------------------------------------------------------------
	// Gratitude and what went well. A light theme in the arc; never a cure for the conditions.

	{
		slug: 'gratitude-noticing-good',
		theme: 'gratitude',
		definition: {
			kind: 'checkin',
			text: 'How easy has it been to notice good things this week?',
			labels: ['Very hard', 'Hard', 'In between', 'Fairly easy', 'Easy']
		},
		guide: {
			purpose: 'Shows how much room the week left for noticing what went well.',
			before: 'Say that this session is not about looking on the bright side.',
			watch:
				'If it has been hard, say that exhaustion narrows attention to threats; that is how tired brains work, not a failing.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'gratitude-what-went-well',
		theme: 'gratitude',
		definition: {
			kind: 'multiple',
			text: 'Where did something go well this week, even briefly? Choose any that fit.',
			options: [
				'In my work',
				'With a patient or a family',
				'With a colleague',
				'At home',
				'In rest or sleep',
				'Hard to find this week',
				'Something else'
			]
		},
		guide: {
			purpose: 'Finds where good things happened, without asking for the details.',
			before: 'Small counts: a good conversation, a decent night, a problem solved.',
			watch:
				'Meet "Hard to find this week" as honest. Gratitude never makes up for conditions that are wrong; do not use it to paper over them.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'gratitude-three-good-things',
		theme: 'gratitude',
		definition: {
			kind: 'text',
			text: 'Name up to three good things from this week, however small. One is enough, and a line each is plenty.'
		},
		guide: {
			purpose: 'A simple practice of noticing what went well, done together.',
			before: 'One is enough, and so is passing. Say you will read the answers before they go up.',
			watch:
				'Read first; hide anything that identifies someone. Read a few aloud slowly. If some found none, say the week was hard, not them.',
			reveal: 'read-first'
		},
		participantNote: 'Small and general is plenty. No names or details needed.'
	},
	{
		slug: 'gratitude-quiet-thanks',
		theme: 'gratitude',
		definition: {
			kind: 'text',
			text: 'Think of a colleague who helped you lately. Without naming them, what would you like to thank them for?'
		},
		guide: {
			purpose:
				'Gives quiet thanks a place to be said, unnamed, and may prompt saying it in person.',
			before:
				'No names, roles or details: the thanks is enough. Say you will read the answers first.',
			watch:
				'Read first; hide anything that could identify the colleague or the writer. Suggest passing the thanks on, if people want to.',
			reveal: 'read-first'
		},
		participantNote: 'No names, roles or details: the thanks is enough.'
	},
	{
		slug: 'gratitude-pass-it-on',
		theme: 'gratitude',
		definition: {
			kind: 'single',
			text: 'Could you pass that thanks on this week?',
			options: ['Yes, in person', 'Yes, in a message', 'Maybe', 'Not this week', 'Not sure']
		},
		guide: {
			purpose: 'Turns a quiet thanks into a small act between colleagues.',
			before: 'An intention only; nobody will check.',
			watch: 'Every answer is fine. "Not this week" is honest; leave it there.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'gratitude-today-words',
		theme: 'gratitude',
		definition: {
			kind: 'words',
			text: 'A word or two for something you are grateful for today.'
		},
		guide: {
			purpose: 'A short, warm close to a reflection on what went well.',
			before: 'Anything counts, however small. Say you will read the words first.',
			watch: `Let the cloud stand; it needs no comment. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Belonging with colleagues. The connection check-in worth following week to week is
	// 'checkin-connected-colleagues' (a measure).

	{
		slug: 'belonging-alone-with-it',
		theme: 'belonging',
		definition: {
			kind: 'checkin',
			text: 'Right now, how alone do you feel with what you carry from work?',
			labels: ['Very alone', 'Quite alone', 'Somewhat alone', 'A little alone', 'Not alone']
		},
		guide: {
			purpose:
				'Names isolation in the middle of a session, where the group still has time to answer it.',
			before: 'Answer for right now. Nobody sees who chose what.',
			watch:
				"Never end a session on this. If many feel alone, say so plainly and let the next prompts be the group's answer. Mention support between sessions.",
			reveal: 'reveal'
		}
	},
	{
		slug: 'belonging-who-gets-it',
		theme: 'belonging',
		definition: {
			kind: 'single',
			text: 'At work, is there someone who understands what your days are like?',
			options: ['Several people', 'One or two people', 'Not at the moment', 'Not sure']
		},
		guide: {
			purpose: 'Shows how many have someone at work who gets it.',
			before: 'Understands, not necessarily close.',
			watch:
				'If some have no one at the moment, say that this room can be a start, and mention support between sessions.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'belonging-what-helps-connection',
		theme: 'belonging',
		definition: {
			kind: 'multiple',
			text: 'What helps you feel part of a team? Choose any that fit.',
			options: [
				'Being asked how I am',
				'Eating or taking a break together',
				'A proper handover',
				'Someone noticing good work',
				'Laughing together',
				'Having a say in decisions',
				'Not much lately',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Collects the small things that make belonging, so people can offer them to each other.',
			before: 'Choose any that fit.',
			watch:
				'Note how small most of these are. Ask which one each person could offer someone else this week.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'belonging-what-gets-in-the-way',
		theme: 'belonging',
		definition: {
			kind: 'multiple',
			text: 'What keeps you from connecting with colleagues? Choose any that fit.',
			options: [
				'No time',
				'Teams that keep changing',
				'Nowhere to meet',
				'Not wanting to seem to struggle',
				'Being too tired',
				'Nothing much',
				'Something else'
			]
		},
		guide: {
			purpose: 'Shows that disconnection is built into the work as much as chosen.',
			before: 'Choose any that fit.',
			watch:
				'Name how much of this is the system: time, rotas, no place to meet. If "seem to struggle" is common, the room has just shown that many do.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'belonging-where-you-belong',
		theme: 'belonging',
		definition: {
			kind: 'text',
			text: 'Where in your working life do you still feel you belong, even a little? What makes it so?'
		},
		guide: {
			purpose: 'Finds the places where belonging still lives, and what makes them work.',
			before:
				'What makes it so is the part that helps others. Say you will read the answers first.',
			watch: `Read first; hide anything that names a team or a place. If some say nowhere, take it seriously and kindly. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote: 'What makes it so is enough: no names, teams or places.'
	},
	{
		slug: 'belonging-one-reach',
		theme: 'belonging',
		definition: {
			kind: 'single',
			text: 'Who could you reach out to this week, even briefly?',
			options: [
				'A colleague I have lost touch with',
				'Someone new to the team',
				'Someone who seems to be struggling',
				'Someone who once helped me',
				'Not this week',
				'Something else'
			]
		},
		guide: {
			purpose: 'Turns belonging into one small act of reaching out.',
			before: 'An intention only. Nobody will ask who.',
			watch: '"Not this week" is fine. Do not check up on it next time unless the group raises it.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'belonging-good-colleague-words',
		theme: 'belonging',
		definition: {
			kind: 'words',
			text: 'A word or two for what a good colleague is to you.'
		},
		guide: {
			purpose: 'A shared picture of the colleagues people want to have, and to be.',
			before: 'Say you will read the words before they go up.',
			watch: `Read the cloud as something the group can offer each other. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Support and getting help. Honest answers here need anonymity, which is what Huddle offers.

	{
		slug: 'support-in-your-corner',
		theme: 'support',
		definition: {
			kind: 'multiple',
			text: 'Who is in your corner when work gets hard? Choose any that fit.',
			options: [
				'A partner or family',
				'A friend',
				'A colleague I trust',
				'A mentor',
				'My own doctor or a therapist',
				'A peer support service',
				'No one right now',
				'Not sure'
			]
		},
		guide: {
			purpose: 'Shows the room what support looks like for people like them, and who has none.',
			before: 'Choose any that fit. Nobody sees who chose what.',
			watch:
				'If "No one right now" is chosen, say plainly that it happens to many clinicians, show the support card and say you will stay on after.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'support-what-gets-in-the-way',
		theme: 'support',
		definition: {
			kind: 'multiple',
			text: 'What gets in the way of asking for help? Choose any that fit.',
			options: [
				'No time',
				'Worry about my licence or career',
				'Feeling I should cope on my own',
				'Not wanting to burden anyone',
				'Not knowing where to go',
				'Worry about who would find out',
				'Nothing much',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Names the barriers clinicians rarely admit, which only anonymous answers bring out.',
			before:
				'Say that these answers are honest only because they are anonymous, and that the same is true for everyone here.',
			watch:
				'Fear for a licence is common and real: know what the confidential support lines in your area offer, and say it. "I should cope" is a culture, not a personal flaw.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'support-how-easy-to-ask',
		theme: 'support',
		definition: {
			kind: 'checkin',
			text: 'If you needed help this week, how easy would it be to ask for it?',
			labels: ['Very hard', 'Hard', 'In between', 'Fairly easy', 'Easy']
		},
		guide: {
			purpose: 'A quick read on how reachable help feels.',
			before: 'Answer for this week, as things are.',
			watch:
				'If many find it hard, say that this is the usual answer among clinicians, and that the rest of the session looks at why.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'support-asking-feels-like',
		theme: 'support',
		definition: {
			kind: 'words',
			text: 'A word or two for what asking for help feels like.'
		},
		guide: {
			purpose: 'Names the feelings that stand between clinicians and help.',
			before: 'Any word is fine. Say you will read them before they go up.',
			watch: `Say that words like weak are learned in training, not truths. ${HARSH_WORD} ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'support-tell-a-colleague',
		theme: 'support',
		definition: {
			kind: 'text',
			text: 'If a colleague told you they were struggling but hesitated to get help, what would you want them to hear?'
		},
		guide: {
			purpose: 'Lets people hear, in their own words, what they would need to hear themselves.',
			before: 'Say you will read the answers before revealing. Passing is fine.',
			watch: `Read first. After the reveal, ask quietly whether these words might be for someone in this room too. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote: 'Just the words you would say. No names or details needed.'
	},
	{
		slug: 'support-one-step',
		theme: 'support',
		definition: {
			kind: 'single',
			text: 'What is one small step towards support you could take this month?',
			options: [
				'Tell someone I trust how I am',
				'Save a support number in my phone',
				'Book time with my own doctor',
				'Look up confidential support for clinicians',
				'Keep coming to this group',
				'Not ready yet, and that is fine',
				'Something else'
			]
		},
		guide: {
			purpose: 'Ends on one small, possible step towards help.',
			before: 'An intention only; nobody will check.',
			watch:
				'Show the support card after this, so every phone has the numbers. "Not ready yet" is a fine answer; the card stays one tap away.',
			reveal: 'reveal'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Grief and patient death: feelings, never details

	{
		slug: 'grief-after-a-death-at-work',
		theme: 'grief',
		definition: {
			kind: 'single',
			text: 'When a patient dies, what usually happens in your team?',
			options: [
				'We pause together',
				'A quick word, then back to work',
				'Nothing, we move on',
				'It depends on the day',
				'Not sure',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Shows how little room the work usually gives to loss: a fact about the system, not the people.',
			before:
				'Set the rule for this session: feelings, not details. No names, dates or circumstances, in writing or aloud.',
			watch:
				'If "Nothing, we move on" is common, say that this is how the work is built, and that grief does not disappear because there is no time for it.',
			reveal: 'reveal'
		},
		participantNote: 'No names, dates or details needed.'
	},
	{
		slug: 'grief-room-to-feel',
		theme: 'grief',
		definition: {
			kind: 'checkin',
			text: 'When a patient you cared for dies, how much room is there to feel it?',
			labels: ['None', 'Very little', 'Some', 'A fair amount', 'Enough']
		},
		guide: {
			purpose: 'Names the lack of room for grief at work.',
			before: 'Answer for how it usually is, not for one loss.',
			watch: 'Low answers are the usual ones. Say that this session is some of that room.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'grief-how-you-carry-it',
		theme: 'grief',
		definition: {
			kind: 'multiple',
			text: 'What tends to happen to grief from work, for you? Choose any that fit.',
			options: [
				'I push it aside and keep going',
				'I talk to a colleague',
				'I talk to someone at home',
				'It comes back at odd moments',
				'I have a small ritual of my own',
				'I am not sure I let myself feel it',
				'Something else'
			]
		},
		guide: {
			purpose: 'Shows the many ways grief from work is carried, including not at all.',
			before: 'Choose any that fit.',
			watch:
				'Pushing aside is often what the shift required. If it comes back at odd moments for many, say that is how unattended grief behaves.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'grief-moment-of-silence',
		theme: 'grief',
		definition: {
			kind: 'moment',
			text: 'A minute of quiet for the patients we have lost, and for what their loss has left with us. Eyes open or closed; stop whenever you like.',
			seconds: 60
		},
		guide: {
			purpose: 'Gives grief from work a moment of its own, which the working day rarely allows.',
			before:
				'We will take a minute of quiet together for the patients we have lost, and for ourselves. Eyes open or closed, as you like. You might hold someone in mind, or simply rest your attention on your feet or your hands. Nobody needs to name anyone. If it becomes too much, look around the room or stop; that is fine. I will end the minute gently.',
			watch:
				'Tears are welcome and need no comment. End the minute softly, pause before the next prompt, and offer to stay on after.',
			reveal: 'coach-only'
		}
	},
	{
		slug: 'grief-what-you-carry-words',
		theme: 'grief',
		definition: {
			kind: 'words',
			text: 'A word or two for what losing patients has left with you.'
		},
		guide: {
			purpose: 'Names the feelings that losses leave, without any of the stories.',
			before: 'Feelings, not details. Say you will read the words before they go up.',
			watch: `Hide any word that names a person or a date. Let the rest stand in silence. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		},
		participantNote: 'Feelings, not details: no names, dates or circumstances.'
	},
	{
		slug: 'grief-what-helps',
		theme: 'grief',
		definition: {
			kind: 'text',
			text: 'What has helped you, or might help you, carry a loss from work?'
		},
		guide: {
			purpose: 'Collects what helps, so the room leaves with more than the weight.',
			before: 'What helps, not the loss itself. Say you will read the answers first.',
			watch: `Read first; hide anything that describes a death or identifies someone. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote: 'What helps is enough: no details of the loss, names or dates.'
	},

	// -------------------------------------------------------------------------------------------
	// When things go wrong: after an adverse event. A strict rule of no details, ever; the story
	// belongs in one-to-one peer support.

	{
		slug: 'adverse-events-common-reactions',
		theme: 'adverse-events',
		definition: {
			kind: 'multiple',
			text: 'After something has gone wrong at work, which of these have you felt? Choose any that fit.',
			options: [
				'Going over it again and again',
				'Shame or guilt',
				'Fear of what happens next',
				'Doubting my judgement',
				'Wanting to hide away',
				'Trouble sleeping',
				'Something else',
				'Not sure'
			]
		},
		guide: {
			purpose:
				'Shows that the reactions after an error are common and human, and shared in this room.',
			before:
				'Set the rule first: no details of any event, in writing or aloud. One-to-one support is where the story belongs.',
			watch:
				'Say these are usual reactions of conscientious people, not signs of weakness. If anyone starts to tell a story aloud, stop it kindly and offer to talk after.',
			reveal: 'reveal'
		},
		participantNote: 'No details of what happened, here or aloud: only what it was like.'
	},
	{
		slug: 'adverse-events-what-you-needed',
		theme: 'adverse-events',
		definition: {
			kind: 'multiple',
			text: 'In the days after something went wrong, what did you most need, or what do you think you would need? Choose any that fit.',
			options: [
				'Someone to check on me',
				'To talk it through',
				'Clear word on what happens next',
				'Time before the next shift',
				'To hear I was still good at my work',
				'Not to be judged',
				'Not sure',
				'Something else'
			]
		},
		guide: {
			purpose: 'Names what helps after an error, so people can ask for it and offer it.',
			before: 'Choose any that fit. No details of the event.',
			watch:
				'Note how simple most of these needs are, and how rarely the system meets them. Ask which one each person could offer a colleague.',
			reveal: 'reveal'
		},
		participantNote: 'No details of what happened: only what you needed.'
	},
	{
		slug: 'adverse-events-support-there',
		theme: 'adverse-events',
		definition: {
			kind: 'single',
			text: 'When something has gone wrong, did you get the support you needed?',
			options: [
				'Yes, mostly',
				'Some of it',
				'Very little',
				'None',
				'It has not happened to me',
				'Not sure'
			]
		},
		guide: {
			purpose:
				'Shows how often support after an error is missing: a gap in the system, not in the person.',
			before: 'Answer in general, not about one event.',
			watch:
				'If support was thin for many, say so plainly, and that needing it was never the problem.',
			reveal: 'reveal'
		},
		participantNote: 'No details needed: answer in general.'
	},
	{
		slug: 'adverse-events-kind-words',
		theme: 'adverse-events',
		definition: {
			kind: 'text',
			text: 'Without saying what happened: what would you say to a colleague who blamed themselves after something went wrong?'
		},
		guide: {
			purpose:
				'Practises self-compassion after error, by way of what people would offer a colleague.',
			before:
				'Repeat the rule: only the words you would say, nothing about any event. Say you will read every answer before revealing.',
			watch: `Read first; hide anything that describes an event, a patient or a place, even vaguely. ${RAW_ANSWER}`,
			reveal: 'read-first'
		},
		participantNote:
			'Just the words you would say. No details of any event, ever: those belong in one-to-one support.'
	},
	{
		slug: 'adverse-events-steadying-minute',
		theme: 'adverse-events',
		definition: {
			kind: 'moment',
			text: 'A minute to steady yourself. Eyes open or closed; stop whenever you like.',
			seconds: 60
		},
		guide: {
			purpose: 'Steadies the room after talking about error, before turning to where support is.',
			before:
				'After something hard, a minute to steady ourselves. Eyes open or closed, as you like. Feel the chair under you and your feet on the floor, or notice what you can see in the room; choose whichever is easier. If a memory pulls at you, come back to the room around you. Stop whenever you want. I will tell you when the minute is up.',
			watch:
				'Memories of an error can be vivid. If someone looks distressed, end gently, keep your voice even, and check in after.',
			reveal: 'coach-only'
		}
	},
	{
		slug: 'adverse-events-where-support-is',
		theme: 'adverse-events',
		definition: {
			kind: 'single',
			text: 'Do you know where you could find one-to-one peer support after something goes wrong?',
			options: ['Yes, and I would use it', 'Yes, but I would hesitate', 'No', 'Not sure']
		},
		guide: {
			purpose: 'Makes sure everyone leaves knowing where the story can be told safely.',
			before:
				'Have your local options ready to name: a peer support programme, a confidential physician line.',
			watch:
				'Name the options, say that one-to-one support is where the details belong, and show the support card. Hesitation is common; say what keeps those services confidential.',
			reveal: 'reveal'
		},
		participantNote: 'No details needed.'
	},

	// -------------------------------------------------------------------------------------------
	// Closing. Check-outs that belong at the end of a plan.

	{
		slug: 'closing-one-thing-you-take',
		theme: 'closing',
		definition: {
			kind: 'text',
			text: 'What is one thing you will take with you from today?'
		},
		guide: {
			purpose: 'A check-out in a sentence.',
			before: 'A few words are enough. Say you will read the answers first.',
			watch: 'Read a few aloud and end there, without adding a lesson of your own.',
			reveal: 'read-first'
		},
		participantNote: 'A few words are enough. No details needed.'
	},
	{
		slug: 'closing-words-to-take-away',
		theme: 'closing',
		definition: {
			kind: 'words',
			text: 'A word or two to take with you.'
		},
		guide: {
			purpose: 'A quick, quiet check-out when time is short.',
			before: 'Say you will read the words before they go up.',
			watch: `Leave the cloud on screen as people leave. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'closing-before-we-meet-again',
		theme: 'closing',
		definition: {
			kind: 'single',
			text: 'What might you try before we meet again?',
			options: [
				'One small no',
				'One recovery habit',
				'A kinder word to myself',
				'A pause at work',
				'Just noticing',
				"Nothing new, and that's fine"
			]
		},
		guide: {
			purpose: 'An intention, not homework.',
			before: 'Nobody will check up on this.',
			watch: 'Do not ask about it next time unless the group raises it.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'closing-what-helped-today',
		theme: 'closing',
		definition: {
			kind: 'multiple',
			text: 'What helped today? Choose any that fit.',
			options: [
				'Hearing from others',
				'Saying something out loud',
				'The quiet',
				"Seeing I'm not the only one",
				'A particular question',
				'Not much today',
				'Not sure yet'
			]
		},
		guide: {
			purpose: 'Tells you what to keep for next time.',
			before: '"Not much today" is an honest answer, and useful to you.',
			watch: 'Thank the room for the answers rather than discussing them.',
			reveal: 'reveal'
		}
	},
	{
		slug: 'closing-leave-it-here',
		theme: 'closing',
		definition: {
			kind: 'text',
			text: 'Is there anything you would like to leave here rather than carry home? A word or two is enough, or name it only to yourself.'
		},
		guide: {
			purpose: 'A way to put something down before going home.',
			before:
				'Offer it as optional: naming it silently works just as well. Say you will read the answers before revealing. Leave a few quiet minutes after it, so nobody leaves straight from writing.',
			watch:
				'Read first; you need not reveal these at all. Hide anything that identifies someone. Keep the support card close at hand.',
			reveal: 'read-first'
		},
		participantNote: 'No names or details needed. Naming it silently works just as well.'
	},
	{
		slug: 'closing-pace-check',
		theme: 'closing',
		definition: {
			kind: 'checkin',
			text: 'How did the pace of today feel?',
			labels: ['Too slow', 'A little slow', 'About right', 'A little rushed', 'Too rushed']
		},
		guide: {
			purpose:
				'Feedback for you, not for the group. The middle, about right, is where you want it.',
			before: 'Say this one is for you, to shape the next session.',
			watch: 'Adjust only if answers lean clearly one way.',
			reveal: 'coach-only'
		}
	},
	{
		slug: 'closing-words-for-the-group',
		theme: 'closing',
		definition: {
			kind: 'words',
			text: 'A word or two you would like to leave with this group.'
		},
		guide: {
			purpose: 'Ends the session on what the peers give each other.',
			before: 'Say you will read the words before they go up.',
			watch: `Read the words aloud as a send-off. ${SELF_HARM_WORD}`,
			reveal: 'read-first'
		}
	},
	{
		slug: 'closing-settling-minute',
		theme: 'closing',
		definition: {
			kind: 'moment',
			text: 'A minute to settle before you go. Eyes open or closed; stop whenever you like.',
			seconds: 60
		},
		guide: {
			purpose: 'A safe close: a minute to settle before going back out to work or home.',
			before:
				'Before we finish, one minute to settle. Eyes open or closed, as you like. Feel your feet on the floor, or your hands in your lap, whichever you choose. Notice what you will do next when you leave, and what you can put down until then. If you would rather just sit, or stop, that is fine. I will tell you when the minute is up.',
			watch:
				'Keep it calm and unhurried. If someone seems unsettled, show the support card and say you will stay on for a few minutes.',
			reveal: 'coach-only'
		}
	}
];

export const LIBRARY_PLANS: LibraryPlan[] = [
	// -------------------------------------------------------------------------------------------
	// First and last sessions of a group

	{
		slug: 'first-session-noticing',
		title: 'First session: noticing',
		description:
			"A gentle first meeting that sets the group's agreements, helps people arrive, and lets them notice how work has been feeling and that they are not alone in it.",
		steps: [
			{
				prompt: 'group-agreements',
				note: 'Welcome people, say how anonymity works and that passing is always fine, then lead the agreements aloud.'
			},
			{ prompt: 'checkin-energy-today' },
			{ prompt: 'checkin-one-word-this-week' },
			{ prompt: 'noticing-autopilot-or-present' },
			{ prompt: 'noticing-hollow-wins' },
			{
				prompt: 'self-compassion-colleague-in-your-place',
				note: 'The deepest point of the hour. Slow down here and leave silence after the results.'
			},
			{
				prompt: 'humanity-what-you-assume',
				note: 'Let the room see how many assume that others cope better, then let that be the way out of the deep part.'
			},
			{
				prompt: 'closing-what-helped-today',
				note: 'In a first session this tells you most about what to keep for the next one.'
			},
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'starting-a-group',
		title: 'Starting a group: agreements and hopes',
		description:
			'For a group meeting for the first time: agree how to meet, say how each person wants to take part and what might make it hard, and name what the group could be.',
		steps: [
			{
				prompt: 'group-agreements',
				note: 'Open here, before the first check-in: welcome people, say how anonymity works, then lead the agreements aloud.'
			},
			{ prompt: 'checkin-present-now' },
			{ prompt: 'group-how-you-take-part' },
			{
				prompt: 'group-hesitations',
				note: 'Answer each common worry plainly, including what the app cannot protect.'
			},
			{ prompt: 'group-hopes' },
			{ prompt: 'noticing-work-from-inside' },
			{ prompt: 'humanity-what-you-assume' },
			{ prompt: 'closing-what-helped-today' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'last-session',
		title: 'Last session: what changed, and goodbye',
		description:
			"For a group's final meeting: what shifted, the early signs each person will watch for, what to do if things get hard again, and a goodbye.",
		steps: [
			{
				prompt: 'checkin-energy-today',
				note: 'All three opening check-ins are measures: the group can set today beside its first weeks on the trend page, if it wants to.'
			},
			{ prompt: 'checkin-connected-colleagues' },
			{ prompt: 'identity-like-yourself-v2' },
			{
				prompt: 'group-last-what-changed',
				note: 'The centre of the session. Read a few answers aloud slowly.'
			},
			{ prompt: 'group-last-early-signs' },
			{ prompt: 'group-last-if-it-gets-hard' },
			{
				prompt: 'closing-words-for-the-group',
				note: 'The goodbye. Read the words aloud and let them be the last thing said before the closing card.'
			}
		],
		closingNote:
			'Thank you for the weeks we spent together, and for everything you brought to this group. What you noticed here goes with you. If things get hard again, reach out early: support is one tap away on this page, for you or for a colleague.'
	},

	// -------------------------------------------------------------------------------------------
	// Themes of recovery

	{
		slug: 'values-clarification',
		title: 'Values clarification',
		description:
			'Reconnects people with what drew them to this work, sets the values they started with beside those alive this week, and names what matters in this season.',
		steps: [
			{ prompt: 'checkin-present-now' },
			{ prompt: 'values-at-the-start' },
			{
				prompt: 'values-alive-this-week',
				note: 'Show the two results side by side: the gap between then and now is the conversation.'
			},
			{ prompt: 'values-days-match' },
			{
				prompt: 'values-what-brought-you',
				note: 'The deepest point. Read every answer yourself first, then a few aloud, slowly.'
			},
			{ prompt: 'values-this-season' },
			{ prompt: 'values-how-you-want-to-practise' },
			{ prompt: 'closing-before-we-meet-again' }
		]
	},
	{
		slug: 'boundaries',
		title: 'Boundaries',
		description:
			'Looks at what saying no costs and gives, and helps each person choose one small, kind no for the coming week.',
		steps: [
			{ prompt: 'checkin-energy-today' },
			{ prompt: 'checkin-what-would-help' },
			{ prompt: 'boundaries-after-a-no' },
			{ prompt: 'boundaries-rest-without-guilt' },
			{
				prompt: 'boundaries-one-no',
				note: 'Invite small, real examples. Nobody needs to justify their no to the group.'
			},
			{ prompt: 'self-compassion-permission' },
			{ prompt: 'closing-before-we-meet-again' },
			{
				prompt: 'checkin-leaving-energy-now',
				note: 'Same labels as the arrival check-in. Set the two side by side only if the room wants to.'
			}
		]
	},
	{
		slug: 'recovery-routines',
		title: 'Recovery routines',
		description:
			'Helps people notice what restores them and settle on one recovery routine that fits a real working week.',
		steps: [
			{ prompt: 'checkin-headspace' },
			{ prompt: 'boundaries-switching-off' },
			{ prompt: 'boundaries-what-restores-you-now' },
			{ prompt: 'boundaries-what-helps-leave-work' },
			{
				prompt: 'boundaries-recovery-routine',
				note: 'Ask people to picture their hardest week of the month and check the routine still fits.'
			},
			{ prompt: 'mindfulness-where-a-pause-fits' },
			{ prompt: 'closing-words-to-take-away' }
		]
	},
	{
		slug: 'coping-that-restores',
		title: 'Coping that restores',
		description:
			'Asks whether the ways each person copes restore them or only keep them going, without judging either, and ends on what restores.',
		steps: [
			{ prompt: 'checkin-energy-today' },
			{ prompt: 'coping-restoring-this-week' },
			{ prompt: 'coping-what-you-reach-for' },
			{ prompt: 'coping-restores-or-keeps-going' },
			{
				prompt: 'coping-keeping-going-cost',
				note: 'The deepest point. Keep it curious: nobody is being assessed.'
			},
			{ prompt: 'boundaries-what-restores-you-now' },
			{ prompt: 'closing-before-we-meet-again' }
		]
	},
	{
		slug: 'self-compassion',
		title: 'Self-compassion',
		description:
			'Notices the inner critic and practises speaking to yourself as you would to a colleague you respect.',
		steps: [
			{ prompt: 'checkin-weather-this-week' },
			{ prompt: 'self-compassion-kindness-this-week' },
			{ prompt: 'self-compassion-whose-voice' },
			{
				prompt: 'perfectionism-inner-critic-says',
				note: 'Show the results briefly, then go straight to the next prompt: it is the answer to this one.'
			},
			{
				prompt: 'self-compassion-colleague-in-your-place',
				note: 'The deepest point. After the results, lead the self-compassion break.'
			},
			{ prompt: 'self-compassion-quiet-break' },
			{ prompt: 'self-compassion-words-to-hear' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'purpose-and-meaning',
		title: 'Purpose and meaning',
		description:
			'Looks for the moments that still matter in the work, however small, and what would make next week a little more worthwhile.',
		steps: [
			{ prompt: 'checkin-one-word-this-week' },
			{ prompt: 'meaning-work-mattered' },
			{ prompt: 'meaning-where-you-found-it' },
			{
				prompt: 'meaning-moment-that-mattered',
				note: 'The deepest point. Leave silence after the answers you read aloud.'
			},
			{ prompt: 'meaning-worth-it-words' },
			{ prompt: 'meaning-next-week-worthwhile' },
			{ prompt: 'closing-one-thing-you-take' }
		]
	},
	{
		slug: 'identity-beyond-the-role',
		title: 'Who you are beyond the role',
		description:
			'Makes room for the parts of each person that work has crowded out, and for the qualities that do not depend on a title.',
		steps: [
			{ prompt: 'checkin-present-now' },
			{ prompt: 'identity-like-yourself-v2' },
			{ prompt: 'identity-what-do-you-do' },
			{ prompt: 'identity-life-beyond-work' },
			{
				prompt: 'identity-someone-who-knew-you',
				note: 'The deepest point. Give a quiet moment before people answer.'
			},
			{ prompt: 'identity-outside-work' },
			{ prompt: 'identity-parts-with-room' },
			{ prompt: 'closing-words-for-the-group' }
		]
	},
	{
		slug: 'good-enough',
		title: 'Good enough',
		description:
			"Gently separates a person's worth from how the work went, and tries one small experiment with good enough.",
		steps: [
			{ prompt: 'checkin-still-with-you' },
			{ prompt: 'perfectionism-good-enough' },
			{ prompt: 'perfectionism-hard-day-and-you' },
			{
				prompt: 'perfectionism-settled-worth',
				note: 'The middle of the session: give the results time before going on.'
			},
			{ prompt: 'perfectionism-heaviest-standards' },
			{ prompt: 'perfectionism-what-enough-looks-like' },
			{ prompt: 'perfectionism-unmeasured-good' },
			{ prompt: 'closing-before-we-meet-again' },
			{ prompt: 'checkin-leaving-one-word' }
		]
	},
	{
		slug: 'presence',
		title: 'Presence',
		description:
			'A quieter session about attention: arriving, a minute of quiet offered so that it is safe for everyone, noticing the present, and finding small pauses in a busy day.',
		steps: [
			{ prompt: 'checkin-present-now' },
			{
				prompt: 'mindfulness-quiet-minute',
				note: 'Read the script slowly. Every choice in it is real: eyes open or closed, any anchor, stopping.'
			},
			{ prompt: 'mindfulness-how-settled-now' },
			{ prompt: 'mindfulness-noticing-now' },
			{ prompt: 'mindfulness-where-the-mind-goes' },
			{ prompt: 'mindfulness-fully-there' },
			{ prompt: 'mindfulness-where-a-pause-fits' },
			{ prompt: 'closing-what-helped-today' },
			{ prompt: 'checkin-leaving-one-word' }
		]
	},
	{
		slug: 'naming-emotions',
		title: 'Naming emotions',
		description:
			'Practises noticing and naming feelings in a working life that asks people to set them aside, including what lies under the tiredness.',
		steps: [
			{ prompt: 'checkin-headspace' },
			{ prompt: 'emotions-name-easily' },
			{ prompt: 'emotions-right-now' },
			{ prompt: 'emotions-allowed-at-work' },
			{ prompt: 'emotions-notice-and-name' },
			{ prompt: 'emotions-under-the-tiredness' },
			{
				prompt: 'emotions-the-one-that-visits',
				note: 'The deepest point. Meet each feeling with curiosity, not advice.'
			},
			{ prompt: 'emotions-what-you-do-with-them' },
			{ prompt: 'checkin-leaving-one-word' }
		]
	},
	{
		slug: 'common-humanity',
		title: "Others manage, so why can't I?",
		description:
			'Tests the private comparison that isolates against the room itself, names feeling like a fraud as common, and says what usually goes unsaid.',
		steps: [
			{ prompt: 'checkin-weather-this-week' },
			{ prompt: 'humanity-others-manage' },
			{ prompt: 'humanity-what-you-assume' },
			{ prompt: 'humanity-fraud-feeling' },
			{
				prompt: 'humanity-shared-struggle',
				note: 'In the middle, not at the end: the next prompts are the answer to what it shows.'
			},
			{
				prompt: 'humanity-if-they-knew',
				note: 'The deepest point. Remind the room that typed answers are anonymous before you push it.'
			},
			{ prompt: 'humanity-words-same-boat' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'what-went-well',
		title: 'Gratitude: what went well',
		description:
			'A lighter session that notices what went well and thanks a colleague without naming them, without pretending the conditions are fine.',
		steps: [
			{ prompt: 'checkin-weather-this-week' },
			{ prompt: 'gratitude-noticing-good' },
			{ prompt: 'gratitude-what-went-well' },
			{ prompt: 'gratitude-three-good-things' },
			{ prompt: 'gratitude-quiet-thanks' },
			{ prompt: 'gratitude-pass-it-on' },
			{ prompt: 'closing-words-to-take-away' }
		]
	},

	// -------------------------------------------------------------------------------------------
	// The work around us, and hard things

	{
		slug: 'what-is-in-our-hands',
		title: 'What is in our hands: the system and moral injury',
		description:
			"Looks at the conditions of the work rather than at coping: what is and is not in each person's hands, knowing what a patient needed and being unable to give it, and what the group would ask of leadership.",
		steps: [
			{ prompt: 'checkin-energy-today' },
			{
				prompt: 'system-what-weighed',
				note: 'Say at the start: today is about the work around us, not about anyone coping better.'
			},
			{ prompt: 'system-how-much-in-hands' },
			{ prompt: 'system-needed-but-could-not-give' },
			{ prompt: 'system-cannot-give-words' },
			{
				prompt: 'system-yours-and-not-yours',
				note: 'The deepest point. Give an example of the shape before you push it.'
			},
			{ prompt: 'system-ask-of-leadership' },
			{
				prompt: 'system-change-that-would-help',
				note: 'Before the end, agree together what, if anything, leaves the room.'
			},
			{
				prompt: 'mindfulness-grounding',
				note: 'This session can stir anger and helplessness: ground the room before it leaves.'
			},
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'getting-help',
		title: 'Support and getting help',
		description:
			"Looks at who is in each person's corner, what gets in the way of asking for help and one small step towards support, with anonymity making honest answers possible.",
		steps: [
			{ prompt: 'checkin-energy-today' },
			{ prompt: 'support-in-your-corner' },
			{ prompt: 'support-how-easy-to-ask' },
			{
				prompt: 'support-what-gets-in-the-way',
				note: 'Say before you push it: these answers can be honest only because nobody can see who gave them.'
			},
			{ prompt: 'support-asking-feels-like' },
			{
				prompt: 'support-tell-a-colleague',
				note: 'The deepest point. Read the answers back as words for everyone in the room.'
			},
			{ prompt: 'support-one-step' },
			{ prompt: 'checkin-leaving-one-word' }
		]
	},
	{
		slug: 'grief-and-loss',
		title: 'When a patient dies: grief at work',
		description:
			'Makes room for grief from work around a minute of silence, staying with feelings rather than details and ending on what helps people carry a loss.',
		steps: [
			{
				prompt: 'checkin-present-now',
				note: 'Say at the start what this session is about, and that passing or stepping out is always fine.'
			},
			{ prompt: 'grief-after-a-death-at-work' },
			{ prompt: 'grief-room-to-feel' },
			{ prompt: 'grief-how-you-carry-it' },
			{
				prompt: 'grief-moment-of-silence',
				note: 'The centre of the session. Slow down before it and leave a pause after it.'
			},
			{ prompt: 'grief-what-you-carry-words' },
			{ prompt: 'grief-what-helps' },
			{
				prompt: 'support-in-your-corner',
				note: 'Grief from work is easier to carry with someone. Show the support card after the results.'
			},
			{ prompt: 'closing-settling-minute' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'when-things-go-wrong',
		title: 'When things go wrong',
		description:
			'About what happens to us when things go wrong at work: common reactions, what people needed, kinder words after error and where one-to-one peer support is, under a strict rule of no details.',
		steps: [
			{
				prompt: 'checkin-headspace',
				note: 'Set the rule first: no details of any event. If one member’s event prompted this session, choose another plan: answers would point at them.'
			},
			{ prompt: 'adverse-events-common-reactions' },
			{ prompt: 'adverse-events-support-there' },
			{ prompt: 'adverse-events-what-you-needed' },
			{
				prompt: 'adverse-events-kind-words',
				note: 'The deepest point. Read every answer before revealing, and reveal only those with no detail in them.'
			},
			{ prompt: 'adverse-events-steadying-minute' },
			{ prompt: 'adverse-events-where-support-is' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'belonging',
		title: 'Belonging with colleagues',
		description:
			'Looks at connection at work: who understands, what gets in the way, where belonging still lives, and one small act of reaching out.',
		steps: [
			{
				prompt: 'checkin-connected-colleagues',
				note: 'A measure: asked the same way each time, so the group can follow it over the weeks.'
			},
			{ prompt: 'belonging-who-gets-it' },
			{ prompt: 'belonging-what-gets-in-the-way' },
			{ prompt: 'belonging-alone-with-it' },
			{
				prompt: 'belonging-where-you-belong',
				note: "The deepest point, and the group's answer to the results just before it."
			},
			{ prompt: 'belonging-what-helps-connection' },
			{ prompt: 'belonging-one-reach' },
			{ prompt: 'closing-words-for-the-group' }
		]
	},

	// -------------------------------------------------------------------------------------------
	// Short formats

	{
		slug: 'between-shifts-huddle',
		title: 'Between shifts: a 15-minute huddle',
		description:
			'A quarter of an hour in a break between shifts: arrive, take one permission and a quiet minute before going back.',
		steps: [
			{ prompt: 'checkin-energy-today' },
			{ prompt: 'self-compassion-permission' },
			{
				prompt: 'mindfulness-quiet-minute',
				note: 'Keep the script short here, but keep its three choices: eyes, anchor, and stopping.'
			},
			{ prompt: 'checkin-leaving-energy-now' }
		]
	},
	{
		slug: 'hard-week',
		title: 'A hard week: nothing to write',
		description:
			'For a week when the room has little left to give: taps and quiet only, no writing, and support close at hand.',
		steps: [
			{ prompt: 'checkin-weather-this-week' },
			{ prompt: 'checkin-arriving-moment' },
			{ prompt: 'checkin-what-would-help' },
			{ prompt: 'noticing-patience-ran-thin' },
			{ prompt: 'system-how-much-in-hands' },
			{
				prompt: 'self-compassion-quiet-break',
				note: 'The centre of the session. Go slowly, and leave a pause after it.'
			},
			{ prompt: 'self-compassion-permission' },
			{ prompt: 'support-one-step' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	}
];
