import type { LibraryPlan, LibraryPrompt } from './types';

// The built-in library. Read types.ts before changing anything here: a slug is an identity for
// ever. Rewording keeps the slug; a new kind, new options, new labels or a new range needs a new
// slug (and the old entry is removed, which retires its row).
//
// Voice: an experienced physician coach talking to peers. Plain, warm, specific, second person,
// short. Nothing that reads as a screening or a score, nothing that could single out one person
// in a small group (no roles, departments, ages), and a gentle way out in every choice list.

export const LIBRARY_PROMPTS: LibraryPrompt[] = [
	// -------------------------------------------------------------------------------------------
	// Check-in and check-out

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
				'Low answers are common and welcome. Say so before moving on, and ask no one to explain.',
			before: '',
			watch: '',
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
				'Isolation feeds burnout. Asked the same way each week, the group can see whether these sessions help it shift.',
			before: '',
			watch: '',
			reveal: 'reveal'
		},
		measure: true
	},
	{
		slug: 'checkin-how-present',
		theme: 'checkin',
		definition: {
			kind: 'scale',
			text: 'How present do you feel right now, here with this group?',
			min: 0,
			max: 10,
			minLabel: 'Still somewhere else',
			maxLabel: 'Fully here'
		},
		guide: {
			purpose:
				'Many arrive straight from work. Offer one slow breath first; a low number usually just means someone has only just arrived.',
			before: '',
			watch: '',
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
			purpose:
				'Read the cloud aloud without interpreting it. Words that repeat tell the room it is not alone.',
			before: '',
			watch: '',
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
			purpose:
				'A light way in for a group that is new or tired. The picture does the talking; no one has to say why.',
			before: '',
			watch: '',
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
			purpose:
				'Useful after a busy stretch. If most say little room, keep the session slower and the questions fewer.',
			before: '',
			watch: '',
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
			purpose:
				'Names what people carry in without asking for it. Acknowledge the pile and invite them to set it down for the hour.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-what-would-help',
		theme: 'checkin',
		definition: {
			kind: 'single',
			text: 'What would help you most in the next hour?',
			options: [
				'To listen more than speak',
				'To say something out loud',
				'Some quiet',
				'To be with people who get it',
				'Not sure yet'
			]
		},
		guide: {
			purpose:
				'Tells you how to pace the hour. If many want to listen, lean on choice prompts and keep open text optional.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-set-something-down',
		theme: 'checkin',
		definition: {
			kind: 'text',
			text: 'Is there something you would like to set down before we start? Name it here, or just name it to yourself and pass.'
		},
		guide: {
			purpose: 'Say plainly that passing is fine. The setting down matters, not the sharing.',
			before: '',
			watch: '',
			reveal: 'read-first'
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
			purpose:
				'A check-out. "About the same" is a fine result; no one needs to have improved in an hour.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'checkin-leaving-energy',
		theme: 'checkin',
		definition: {
			kind: 'scale',
			text: 'Where is your energy as we finish?',
			min: 0,
			max: 10,
			minLabel: 'Empty',
			maxLabel: 'Full'
		},
		guide: {
			purpose:
				'A check-out. Compare with the opening only if the room wants to, and never as a measure of the session.',
			before: '',
			watch: '',
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
			purpose:
				'A check-out. Read the words slowly and let them stand; no summary is needed after them.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Noticing burnout: about experience, never a screening

	{
		slug: 'noticing-autopilot-with-patients',
		theme: 'noticing',
		definition: {
			kind: 'single',
			text: 'This week, how often did you feel on autopilot with patients?',
			options: ['Hardly at all', 'Now and then', 'Quite often', 'Most of the time', 'Not sure']
		},
		guide: {
			purpose:
				'About experience, not a measure. If many say "quite often", name how common that is and stay with it before moving on.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-connected-to-patients',
		theme: 'noticing',
		definition: {
			kind: 'checkin',
			text: 'This week, how close did you feel to the people you cared for?',
			labels: ['Far away', 'Distant', 'In and out', 'Mostly there', 'Close']
		},
		guide: {
			purpose:
				'Distance is often how tired people protect themselves. Say that without judging it, and without trying to fix it.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
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
			purpose:
				'A short fuse usually says the tank is low, not that someone is a worse person. Say so plainly.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-caring-less',
		theme: 'noticing',
		definition: {
			kind: 'text',
			text: 'Many of us feel guilty when we notice we care less than we used to. If that has come up for you, what was it like? No names or details needed.'
		},
		guide: {
			purpose:
				'Expect passes and short answers. Thank the room for whatever arrives and do not press for stories.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			before: '',
			watch: '',
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
			purpose:
				'Early signs are personal. Knowing your own helps you act sooner; keep the tone curious, not clinical.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'noticing-curiosity-now',
		theme: 'noticing',
		definition: {
			kind: 'scale',
			text: 'Compared with when you felt most like yourself at work, how much curiosity do you bring to patients now?',
			min: 0,
			max: 10,
			minLabel: 'Very little',
			maxLabel: 'As much as ever'
		},
		guide: {
			purpose:
				'Curiosity often fades before people notice anything else. Low numbers are information, not a verdict.',
			before: '',
			watch: '',
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
			purpose:
				'Words like flat, numb or grey often appear. Reflect them back gently without rushing to cheer anyone up.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Identity beyond the role

	{
		slug: 'identity-outside-work',
		theme: 'identity',
		definition: {
			kind: 'words',
			text: 'Outside work, who are you? A few words.'
		},
		guide: {
			purpose:
				'If the cloud is thin, that is worth naming gently: the role has been taking up a lot of room.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'identity-how-much-is-work',
		theme: 'identity',
		definition: {
			kind: 'scale',
			text: 'How much of who you are feels taken up by work right now?',
			min: 0,
			max: 10,
			minLabel: 'Very little',
			maxLabel: 'Nearly all of me'
		},
		guide: {
			purpose:
				'High numbers are not a failing. Ask what the rest of you has been missing, not how to fix it.',
			before: '',
			watch: '',
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
			purpose:
				'Often brings warmth into the room. Let people enjoy the memory before turning to what is possible now.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'Shows how narrow or wide life feels this season. "Not much room" is an honest answer; meet it without advice.',
			before: '',
			watch: '',
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
			purpose: 'A light way into a heavy theme. It can open talk about how much the title carries.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'identity-someone-who-knew-you',
		theme: 'identity',
		definition: {
			kind: 'text',
			text: 'Think of someone who knew you before your career. What would they say makes you who you are?'
		},
		guide: {
			purpose:
				'Helps people find qualities that do not depend on the role. Invite a moment of quiet before answering.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'identity-like-yourself',
		theme: 'identity',
		definition: {
			kind: 'checkin',
			text: 'How much like yourself have you felt this week?',
			labels: ['Not at all', 'Rarely', 'In places', 'Mostly', 'Very much']
		},
		guide: {
			purpose:
				'A gentle opener for this theme. If answers sit low, say that losing touch with yourself is common in hard seasons.',
			before: '',
			watch: '',
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
			text: 'What first drew you to this work? A moment, a person, a reason: whatever comes to mind.'
		},
		guide: {
			purpose:
				'Answers are often tender. Read a few aloud slowly and let them land before asking anything else.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'values-mattered-at-the-start',
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
				'Fairness',
				'Being useful',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Pairs well with the value most alive this week: the gap between the two is often the conversation.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'values-most-alive-this-week',
		theme: 'values',
		definition: {
			kind: 'single',
			text: 'Which value felt most alive in your work this week?',
			options: [
				'Compassion',
				'Curiosity',
				'Craft',
				'Teamwork',
				'Honesty',
				'Service',
				'None felt alive this week',
				'Something else'
			]
		},
		guide: {
			purpose: '"None this week" is an honest answer. Acknowledge it without trying to rescue it.',
			before: '',
			watch: '',
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
			purpose:
				'"Season" gives permission for priorities to change. Listen for rest, family and health, and honour them.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'A gap is not a personal failure; much of it comes from the system. Say so before exploring it.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'values-how-you-want-to-practise',
		theme: 'values',
		definition: {
			kind: 'words',
			text: 'A word or two for how you want to be with patients, on your own terms.'
		},
		guide: {
			purpose:
				'Invites people to define good work for themselves rather than by the metrics. Read the cloud as a shared picture.',
			before: '',
			watch: '',
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
			purpose:
				'Keep it small and concrete. A five-minute act that happens beats a large plan that does not.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'Keep it modest. A small no that gets said is worth more than a bold one that does not.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'boundaries-after-saying-no',
		theme: 'boundaries',
		definition: {
			kind: 'single',
			text: 'When you say no at work, what usually follows?',
			options: [
				'Relief',
				'Guilt',
				'Worry about what others think',
				'Relief and guilt together',
				'I rarely say no',
				'Not sure'
			]
		},
		guide: {
			purpose:
				'Guilt after a no is very common among clinicians. Naming it as shared takes some of its weight away.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-what-restores-you',
		theme: 'boundaries',
		definition: {
			kind: 'multiple',
			text: 'What restores you, even a little? Choose any that fit.',
			options: [
				'Sleep',
				'Time outdoors',
				'Moving my body',
				'People I love',
				'Time on my own',
				'Music, reading or making things',
				'Doing nothing at all',
				'Something else'
			]
		},
		guide: {
			purpose:
				'Helps people see their own list. "Doing nothing at all" counts; say so if anyone seems to doubt it.',
			before: '',
			watch: '',
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
			purpose:
				'Steer away from ambitious plans. Ask what would still work on the worst week of the month.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'Low numbers are usual in busy spells. Use them to open talk about the transition home, not to judge.',
			before: '',
			watch: '',
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
				'Rest that has to be earned rarely restores. Notice where the room sits and name that pattern kindly.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'boundaries-leaving-work-at-work',
		theme: 'boundaries',
		definition: {
			kind: 'single',
			text: 'What helps you most to leave work at work?',
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
			purpose:
				'People borrow ideas from each other here. "Nothing yet" is common; treat it as a starting point.',
			before: '',
			watch: '',
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
			purpose: 'The variety in the cloud is the point: there is no one right way to rest.',
			before: '',
			watch: '',
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
			purpose:
				'Opens the gap between what you do and who you are. Let the room notice how many tie the two together.',
			before: '',
			watch: '',
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
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-inner-voice',
		theme: 'perfectionism',
		definition: {
			kind: 'words',
			text: 'When you make a small mistake, what does the voice in your head say? A few words.'
		},
		guide: {
			purpose:
				'Harsh words may appear. Notice aloud how different they are from what you would say to a colleague.',
			before: '',
			watch: '',
			reveal: 'read-first'
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
			purpose:
				'Small, quiet things count. If people struggle to find one, that is worth a gentle word too.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'Shows where perfectionism costs most. Ask, gently, which standards keep patients safe and which could be loosened.',
			before: '',
			watch: '',
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
			purpose:
				'Separating worth from output is slow work. Mixed answers are normal; no one needs to be settled yet.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'perfectionism-what-enough-looks-like',
		theme: 'perfectionism',
		definition: {
			kind: 'text',
			text: 'Pick one task you tend to overdo. What would "good enough" look like for it?'
		},
		guide: {
			purpose:
				'Keep it practical and safe: paperwork and emails, not clinical judgement. Small experiments build trust.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Mindfulness and presence

	{
		slug: 'mindfulness-after-a-quiet-minute',
		theme: 'mindfulness',
		definition: {
			kind: 'checkin',
			text: 'After a minute of quiet, how settled do you feel?',
			labels: ['Restless', 'Unsettled', 'In between', 'Calmer', 'Settled']
		},
		guide: {
			purpose:
				'Give the full minute before opening this; silence feels longer to the facilitator than to the room.',
			before: '',
			watch: '',
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
			purpose:
				'Keeps attention in the present. Any answer is right, including "tired" or "hungry".',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'mindfulness-fully-there',
		theme: 'mindfulness',
		definition: {
			kind: 'text',
			text: 'Recall a moment this week when you were fully there with someone. What made it possible?'
		},
		guide: {
			purpose:
				'Looks for conditions, not virtue. Collect what helped so people can make room for it again.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'Shows how much work follows people home. Be curious about the answers; there is nothing here to correct.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'mindfulness-ten-second-pause',
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
				'Not sure yet'
			]
		},
		guide: {
			purpose:
				'Presence in practice means tiny anchors, not long retreats. Invite each person to try one this week.',
			before: '',
			watch: '',
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
			purpose:
				'A wandering mind is what minds do. Frame it as noticing, not as something to get right.',
			before: '',
			watch: '',
			reveal: 'reveal'
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
			purpose:
				'Afterwards, invite people to say the same words to themselves, silently. They do not need to share that part.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'Most clinicians recognise the critic. Ask what the fair colleague would say instead, and leave room for silence.',
			before: '',
			watch: '',
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
			purpose:
				'Low numbers are common. Treat them with the kindness the question is about, not as one more thing to fix.',
			before: '',
			watch: '',
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
			purpose:
				'Read the cloud to the room as if speaking to everyone in it. It often becomes the kindest moment of the hour.',
			before: '',
			watch: '',
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
			purpose:
				'Permission is easier to take when others take it too. Point out the options the room shares.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'self-compassion-as-if-a-friend',
		theme: 'self-compassion',
		definition: {
			kind: 'text',
			text: 'Think of something you keep blaming yourself for. How would you see it if it had happened to a friend? A sentence is plenty.'
		},
		guide: {
			purpose:
				'Ask for the reframe, not the story. If answers sound raw, slow down and point the room to the support panel on their screens.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'self-compassion-gentleness-now',
		theme: 'self-compassion',
		definition: {
			kind: 'checkin',
			text: 'Right now, how gently are you treating yourself?',
			labels: ['Harshly', 'Sternly', 'In between', 'Gently', 'Kindly']
		},
		guide: {
			purpose:
				'Ask again at the end of the session if you like. Any shift is a gift, and no shift is fine too.',
			before: '',
			watch: '',
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
			text: 'Describe a moment this week that mattered to you, however small. Leave out anything that could identify a patient or colleague.'
		},
		guide: {
			purpose:
				'Small moments are the point. Read a few aloud slowly; they remind the room why the work is worth it.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
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
			purpose:
				'"Hard to find" is a real answer. If many choose it, slow down rather than hunting for silver linings.',
			before: '',
			watch: '',
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
			purpose:
				'Meaning comes and goes with the week. Low answers say more about the conditions than about the person.',
			before: '',
			watch: '',
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
			purpose:
				'"When it is" admits that it often is not. The cloud tends to be warm; let it stand without adding to it.',
			before: '',
			watch: '',
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
			purpose:
				'Thanks that no longer land can be a quiet sign of depletion. Name that gently, as common, not as a problem.',
			before: '',
			watch: '',
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
			purpose:
				'Fog is normal in hard seasons and does not mean purpose is gone. Say that before exploring further.',
			before: '',
			watch: '',
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
			purpose:
				'Keep it within reach. Answers often point to time, people and small acts rather than big change.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},

	// -------------------------------------------------------------------------------------------
	// Closing

	{
		slug: 'closing-one-thing-you-take',
		theme: 'closing',
		definition: {
			kind: 'text',
			text: 'What is one thing you will take with you from today?'
		},
		guide: {
			purpose:
				'Works as a check-out. Read a few aloud and end there, without adding a lesson of your own.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'closing-words-to-take-away',
		theme: 'closing',
		definition: {
			kind: 'words',
			text: 'A word or two to take with you.'
		},
		guide: {
			purpose:
				'A quick, quiet check-out when time is short. Leave the cloud on screen as people leave.',
			before: '',
			watch: '',
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
			purpose:
				'An intention, not homework. Do not check up on it next time unless the group raises it.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'closing-less-alone',
		theme: 'closing',
		definition: {
			kind: 'checkin',
			text: 'After today, how alone do you feel with what you brought in?',
			labels: ['Very alone', 'Quite alone', 'Somewhat', 'Less alone', 'In good company']
		},
		guide: {
			purpose:
				'Feeling less alone is often the main gift of a peer group. If answers stay low, mention support between sessions.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'closing-what-helped',
		theme: 'closing',
		definition: {
			kind: 'multiple',
			text: 'What helped most today? Choose any that fit.',
			options: [
				'Hearing from others',
				'Saying something out loud',
				'The quiet',
				"Seeing I'm not the only one",
				'A particular question',
				'Not sure yet'
			]
		},
		guide: {
			purpose:
				'Tells you what to keep for next time. Thank the room for the answers rather than discussing them.',
			before: '',
			watch: '',
			reveal: 'reveal'
		}
	},
	{
		slug: 'closing-leave-it-here',
		theme: 'closing',
		definition: {
			kind: 'text',
			text: 'Is there anything you would like to leave here rather than carry home? Write it, or just name it to yourself.'
		},
		guide: {
			purpose:
				'Offer it as optional; naming it silently works just as well. Keep the resources card close at hand.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	},
	{
		slug: 'closing-pace-of-today',
		theme: 'closing',
		definition: {
			kind: 'scale',
			text: 'How did the pace of today feel?',
			min: -3,
			max: 3,
			minLabel: 'Too slow',
			maxLabel: 'Too rushed'
		},
		guide: {
			purpose:
				'Feedback for you, not the group. The middle means about right; adjust only if answers lean clearly one way.',
			before: '',
			watch: '',
			reveal: 'reveal'
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
			purpose:
				'Ends the session on what the peers give each other. Read the words aloud as a send-off.',
			before: '',
			watch: '',
			reveal: 'read-first'
		}
	}
];

export const LIBRARY_PLANS: LibraryPlan[] = [
	{
		slug: 'first-session-noticing',
		title: 'First session: noticing',
		description:
			'A gentle first meeting that helps people arrive, notice how work has been feeling, and see that they are not alone in it.',
		steps: [
			{
				prompt: 'checkin-energy-today',
				note: 'Before the first prompt, say that every answer is anonymous and that passing is always fine.'
			},
			{ prompt: 'checkin-one-word-this-week' },
			{ prompt: 'noticing-first-sign' },
			{ prompt: 'noticing-autopilot-with-patients' },
			{
				prompt: 'noticing-hollow-wins',
				note: 'The deepest point of the hour. Slow down here and leave silence after the results.'
			},
			{ prompt: 'self-compassion-colleague-in-your-place' },
			{ prompt: 'closing-less-alone' },
			{ prompt: 'checkin-leaving-lighter-or-heavier' }
		]
	},
	{
		slug: 'values-clarification',
		title: 'Values clarification',
		description:
			'Reconnects people with what drew them to this work and what matters to them in this season, then turns it into one small act.',
		steps: [
			{ prompt: 'checkin-how-present' },
			{ prompt: 'values-what-brought-you' },
			{ prompt: 'values-mattered-at-the-start' },
			{
				prompt: 'values-most-alive-this-week',
				note: 'Put this beside the previous results: the gap between then and now is the conversation.'
			},
			{ prompt: 'values-days-match' },
			{ prompt: 'values-this-season' },
			{ prompt: 'values-one-small-act' },
			{ prompt: 'closing-one-thing-you-take' }
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
			{ prompt: 'boundaries-after-saying-no' },
			{ prompt: 'boundaries-rest-without-guilt' },
			{
				prompt: 'boundaries-one-no',
				note: 'Invite small, real examples. Nobody needs to justify their no to the group.'
			},
			{ prompt: 'self-compassion-permission' },
			{ prompt: 'closing-before-we-meet-again' },
			{ prompt: 'checkin-leaving-energy' }
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
			{ prompt: 'boundaries-what-restores-you' },
			{ prompt: 'boundaries-leaving-work-at-work' },
			{ prompt: 'mindfulness-ten-second-pause' },
			{
				prompt: 'boundaries-recovery-routine',
				note: 'Ask people to picture their hardest week of the month and check the routine still fits.'
			},
			{ prompt: 'closing-words-to-take-away' }
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
			{ prompt: 'perfectionism-inner-voice' },
			{
				prompt: 'self-compassion-colleague-in-your-place',
				note: 'After the results, give a quiet minute for people to say those words to themselves.'
			},
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
				note: 'Remind people to leave out anything that could identify a patient or a colleague.'
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
			{ prompt: 'checkin-how-present' },
			{ prompt: 'identity-like-yourself' },
			{ prompt: 'identity-what-do-you-do' },
			{ prompt: 'identity-how-much-is-work' },
			{ prompt: 'identity-someone-who-knew-you' },
			{ prompt: 'identity-outside-work' },
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
			{ prompt: 'perfectionism-heaviest-standards' },
			{ prompt: 'perfectionism-unmeasured-good' },
			{ prompt: 'perfectionism-what-enough-looks-like' },
			{ prompt: 'perfectionism-settled-worth' },
			{ prompt: 'checkin-leaving-one-word' }
		]
	},
	{
		slug: 'presence',
		title: 'Presence',
		description:
			'A quieter session about attention: arriving, noticing the present moment, and finding small pauses in a busy day.',
		steps: [
			{ prompt: 'checkin-set-something-down' },
			{
				prompt: 'mindfulness-after-a-quiet-minute',
				note: 'Lead one minute of quiet first: feet on the floor, a few slow breaths. Open the prompt after.'
			},
			{ prompt: 'mindfulness-noticing-now' },
			{ prompt: 'mindfulness-where-the-mind-goes' },
			{ prompt: 'mindfulness-fully-there' },
			{ prompt: 'mindfulness-ten-second-pause' },
			{ prompt: 'closing-what-helped' },
			{ prompt: 'checkin-leaving-one-word' }
		]
	}
];
