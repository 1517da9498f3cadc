import type { Payload } from 'payload'

import { lexicalFromBlocks } from '../utilities/lexicalFromBlocks.js'
import { ensure } from './ensure.js'

type Item = { prompt: string; reverseKeyed?: true }
type Dimension = {
  description: string
  items: Item[]
  key: string
  label: string
  /** Interpretation and conversation prompts for low, middle and high scores. */
  low: [string, string[]]
  middle: [string, string[]]
  high: [string, string[]]
}

/**
 * The Better Love Check-in: written for Kindred (not a published instrument), twenty 1–5
 * statements in the five themes of the emotional-intimacy article, four reverse-keyed.
 */
const dimensions: Dimension[] = [
  {
    description: 'Whether each of you can say what you feel and still feel safe.',
    items: [
      { prompt: 'I can tell my partner how I really feel without fearing their reaction.' },
      { prompt: 'When we disagree, I still feel respected.' },
      { prompt: 'I hold back what I think to avoid an argument.', reverseKeyed: true },
      { prompt: 'My partner is gentle with me when I make mistakes.' },
    ],
    key: 'emotional-safety',
    label: 'Emotional safety',
    low: [
      'Honesty feels risky right now. Safety grows from small moments where being open is met with care, not criticism.',
      [
        'What is one thing I do that makes it harder for you to be honest with me?',
        'How can we pause an argument before it hurts?',
      ],
    ],
    middle: [
      'You often feel safe with each other, though some topics still put you on guard.',
      ['Which subject do we both tiptoe around, and what would make it easier to talk about?'],
    ],
    high: [
      'You give each other a safe place to land. Keep protecting it, especially under stress.',
      ['When did you last feel completely accepted by me?'],
    ],
  },
  {
    description: 'How well you know each other’s inner world as it is today.',
    items: [
      { prompt: 'I know what is worrying my partner these days.' },
      { prompt: 'My partner knows my hopes for the next few years.' },
      { prompt: 'I am still curious about my partner’s inner world.' },
      { prompt: 'Lately my partner feels like a stranger to me.', reverseKeyed: true },
    ],
    key: 'knowing',
    label: 'Knowing each other',
    low: [
      'Life may have pulled you apart. People keep changing; getting to know each other again is a normal part of a long marriage.',
      [
        'What has changed in you this year that I might have missed?',
        'What are you looking forward to right now?',
      ],
    ],
    middle: [
      'You know each other well in many ways, with some corners left to rediscover.',
      ['What is a dream you have not told me about yet?'],
    ],
    high: [
      'You stay curious about each other, which keeps intimacy alive as you both grow.',
      ['What is something new you have learned about yourself lately?'],
    ],
  },
  {
    description: 'Letting your partner see your fears, needs and tender spots.',
    items: [
      { prompt: 'I share my fears and insecurities with my partner.' },
      { prompt: 'I can ask my partner for comfort when I need it.' },
      { prompt: 'I keep my deeper feelings to myself.', reverseKeyed: true },
      { prompt: 'My partner opens up to me about things that hurt.' },
    ],
    key: 'vulnerability',
    label: 'Vulnerability',
    low: [
      'Opening up is hard for one or both of you. Start small: name one feeling a day, and thank each other for sharing it.',
      [
        'What makes it hard for you to show me when you are hurting?',
        'How would you like me to respond when you open up?',
      ],
    ],
    middle: [
      'You open up to each other at times, and it may depend on the subject or the mood.',
      ['When have you felt most comfortable letting me see your worries?'],
    ],
    high: [
      'You let each other in. That willingness is at the heart of emotional intimacy.',
      ['What is something you are carrying right now that I could help with?'],
    ],
  },
  {
    description: 'Listening to understand, and feeling heard in return.',
    items: [
      { prompt: 'My partner listens without rushing to fix or judge.' },
      { prompt: 'When my partner talks, I try to understand before I respond.' },
      { prompt: 'I often feel unheard in our conversations.', reverseKeyed: true },
      { prompt: 'We can talk about hard topics and both feel understood.' },
    ],
    key: 'listening',
    label: 'Listening',
    low: [
      'Conversations often leave someone feeling unheard. Try taking turns: one speaks, the other only reflects back what they heard.',
      [
        'When do you feel I am not really listening?',
        'What do you need from me when you just want to be heard?',
      ],
    ],
    middle: [
      'You usually hear each other out, though hard topics may still turn into debates.',
      ['Is there a topic where you feel I listen to reply rather than to understand?'],
    ],
    high: [
      'You listen to understand each other. That makes every other conversation easier.',
      ['What was a conversation lately where you felt truly understood?'],
    ],
  },
  {
    description: 'Time, affection and the feeling of being on the same side.',
    items: [
      { prompt: 'We regularly set aside time just for the two of us.' },
      { prompt: 'I feel emotionally close to my partner.' },
      { prompt: 'We show each other affection in everyday moments.' },
      { prompt: 'We go through our days side by side but disconnected.', reverseKeyed: true },
    ],
    key: 'closeness',
    label: 'Closeness',
    low: [
      'You may be living parallel lives. Even ten unhurried minutes a day, phones away, can begin to close the distance.',
      ['When did you last feel really close to me?', 'What small ritual could we start this week?'],
    ],
    middle: [
      'You share real closeness, though busy seasons can crowd it out.',
      ['What gets in the way of our time together, and what could we let go of?'],
    ],
    high: [
      'You make room for each other and it shows. Guard that time as life changes.',
      ['What is your favourite way we spend time together, and how can we do more of it?'],
    ],
  },
]

const safetyItem = {
  helpText:
    'Your answer is never shown to your partner. If you are afraid, please contact a local domestic-violence helpline or emergency services.',
  prompt: 'Are you ever afraid of your partner, or of what they might do?',
  safety: true,
  type: 'boolean',
}

const paragraph = (text: string) => lexicalFromBlocks([{ text, type: 'paragraph' }])

const bands = (dimension: Pick<Dimension, 'high' | 'low' | 'middle'>) =>
  (
    [
      ['Room to grow', 1, 2.5, dimension.low],
      ['Steady ground', 2.5, 3.75, dimension.middle],
      ['A real strength', 3.75, 5, dimension.high],
    ] as const
  ).map(([label, min, max, [interpretation, prompts]]) => ({
    conversationPrompts: prompts.map((prompt) => ({ prompt })),
    interpretation: paragraph(interpretation),
    label,
    max,
    min,
  }))

export const checkInSlug = 'better-love-check-in'

/** Finds the question with this prompt or adds it to the bank, so the seed can run again. */
const ensureQuestion = (payload: Payload, data: { prompt: string } & Record<string, unknown>) =>
  ensure(payload, 'questions', { prompt: { equals: data.prompt } }, data)

/**
 * The assessment the demo article's call to action points to: the Better Love Check-in, for
 * couples (or one partner alone), published. Idempotent: an existing one is left as it is.
 */
export const seedAssessment = async (payload: Payload): Promise<{ id: number | string }> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { slug: { equals: checkInSlug } },
  })
  if (docs[0]) return docs[0]
  const questions: (number | string)[] = []
  for (const dimension of dimensions)
    for (const item of dimension.items) {
      const question = await ensureQuestion(payload, {
        dimension: dimension.key,
        prompt: item.prompt,
        required: true,
        reverseKeyed: item.reverseKeyed === true,
        scale: { max: 5, maxLabel: 'Strongly agree', min: 1, minLabel: 'Strongly disagree' },
        type: 'likert',
      })
      questions.push(question.id)
    }
  questions.push((await ensureQuestion(payload, safetyItem)).id)
  return payload.create({
    collection: 'assessments',
    data: {
      _status: 'published',
      audience: 'either',
      dimensions: dimensions.map((dimension) => ({
        bands: bands(dimension),
        description: dimension.description,
        key: dimension.key,
        label: dimension.label,
        method: 'mean',
        // One unanswered statement out of four is scored from the other three.
        minAnsweredFraction: 0.75,
        missing: 'prorate',
      })),
      instructions:
        'Rate each statement from 1 (strongly disagree) to 5 (strongly agree), thinking of the last month. There are no right answers. If you take it as a couple, answer on your own first: you will compare afterwards, only if you both agree.',
      intro: paragraph(
        'A fun way to get to know your partner and yourself on a deeper level: twenty statements about emotional safety, knowing each other, vulnerability, listening and closeness. Take it alone, or invite your partner and see where you agree.',
      ),
      overall: {
        bands: [
          {
            interpretation: paragraph(
              'Your connection needs some attention right now — and noticing that is the first step.',
            ),
            label: 'Reconnecting',
            max: 50,
            min: 0,
          },
          {
            interpretation: paragraph('You have a good foundation with room to deepen it.'),
            label: 'Growing together',
            max: 75,
            min: 50,
          },
          {
            interpretation: paragraph('You share a deep emotional connection. Keep investing in it.'),
            label: 'Deeply connected',
            max: 100,
            min: 75,
          },
        ],
        method: 'percent',
      },
      questions,
      slug: checkInSlug,
      title: 'Better Love Check-in',
    } as never,
    overrideAccess: true,
  })
}
