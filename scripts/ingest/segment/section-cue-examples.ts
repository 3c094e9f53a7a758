/**
 * Each section-model cue's own examples (issue 12: "cues are data: each has an id, one line of doc, examples and a
 * test"). An example is a small page, block by block, with the headline stack to weigh marked ▶ (on each of its
 * lines), and the value the cue takes at that stack: a number, or a range [low, high].
 *
 * Blocks are literal text, except `P<n>` and `Q<n>`: a paragraph of running text of n characters, from two pools of
 * sentences with no character bigram in common (so the lexical cohesion of a P text with a Q text is nil).
 * `tests/ingest/segment/cue-examples.test.ts` segments every example page and checks the value; `cues.md` lists them.
 */
import type { SECTION_CUES } from './section-or-title.ts';
import type { PublicationProfile } from '../profile.ts';

export interface CueExample {
  page: string[];
  value: number | [number, number];
  /** The paper's house style the page is read in (profile.ts), when the cue depends on it. */
  profile?: PublicationProfile;
}

type CueId = (typeof SECTION_CUES)[number]['id'];

const POOL_P = ['今年春天，村里新修了一条水泥路，', '村民们骑着电动车去镇上赶集，', '合作社的蔬菜大棚里一片翠绿，', '果园的桃树已经开出了粉色的花，', '老支书带着年轻人清点新到的种子，'];
const POOL_Q = ['港口的吊机昼夜不停地装卸集装箱，', '海关窗口新设二十四小时预约通关，', '外贸企业的订单排到了下个季度，', '航运公司又开通了两条远洋航线，', '码头工人换上了新的防护装备，'];

/** A paragraph of running text of exactly n characters (n ≥ 10), ending in 。 */
export function runningText(n: number, pool: 'P' | 'Q' = 'P'): string {
  const sentences = pool === 'P' ? POOL_P : POOL_Q;
  let t = '';
  for (let i = 0; t.length < n - 1; i++) t += sentences[i % sentences.length]!;
  return t.slice(0, n - 1).replace(/，$/, '了') + '。';
}

/** The example page as text: blocks separated by a blank line, P/Q tokens expanded, the ▶ marks removed. */
export function examplePage(page: readonly string[]): { text: string; marked: string[] } {
  const marked: string[] = [];
  const blocks = page.map((b) => {
    const m = /^([PQ])(\d+)$/.exec(b);
    if (m) return runningText(Number(m[2]), m[1] as 'P' | 'Q');
    return b
      .split('\n')
      .map((l) => (l.startsWith('▶') ? (marked.push(l.slice(1)), l.slice(1)) : l))
      .join('\n');
  });
  return { text: blocks.join('\n\n'), marked };
}

const T = '某县推进乡村振兴';

export const SECTION_CUE_EXAMPLES: Record<CueId, CueExample[]> = {
  bias: [{ page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 1 }],
  noHeadingsYet: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 1 },
    { page: [T, 'P300', '一、修路', 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  articleChars: [
    { page: [T, 'P600', '▶凤凰展翅向未来', 'P300'], value: 0.2 },
    { page: [T, 'P2000', 'P2000', 'P2000', '▶凤凰展翅向未来', 'P300'], value: 1.5 },
  ],
  longNoHeadings: [
    { page: [T, 'P700', '▶凤凰展翅向未来', 'P300'], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  paragraphs: [
    { page: [T, 'P100', 'P100', 'P100', '▶凤凰展翅向未来', 'P300'], value: 0.25 },
    { page: [T, 'P100', '▶凤凰展翅向未来', 'P300'], value: 1 / 12 },
  ],
  charsSinceHeading: [
    { page: [T, 'P400', '一、修路', 'P500', '▶凤凰展翅向未来', 'P300'], value: 0.25 },
    { page: [T, 'P1000', '▶凤凰展翅向未来', 'P300'], value: 0.5 },
  ],
  stackTwo: [
    { page: [T, 'P300', '▶蔬菜大棚绿意浓', '▶合作社里话丰收', 'P300'], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  stackThreePlus: [
    { page: [T, 'P300', '▶蔬菜大棚绿意浓', '▶合作社里话丰收', '▶村民腰包鼓起来', 'P300'], value: 1 },
    { page: [T, 'P300', '▶蔬菜大棚绿意浓', '▶合作社里话丰收', 'P300'], value: 0 },
  ],
  headLength: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 7 / 20 },
    { page: [T, 'P300', '▶一条水泥路连起了山里山外的好日子和新希望还有更多', 'P300'], value: 1.2 },
  ],
  twoPhrase: [
    { page: [T, 'P300', '▶价格稳 品种多 供应足', 'P300'], value: 1 },
    { page: [T, 'P300', '▶价格稳定品种丰富', 'P300'], value: 0 },
  ],
  similarAhead: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300', '蔬菜大棚绿意浓', 'P300', '合作社里话丰收', 'P300'], value: 2 / 3 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300', '一条水泥路连起了山里山外的好日子', 'P300'], value: 0 },
  ],
  anyAhead: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300', '一条水泥路连起了山里山外的好日子', 'P300'], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300', 'P300'], value: 0 },
  ],
  likeEarlierHeadings: [
    { page: [T, 'P300', '一、修好一条路', 'P300', '二、建起新大棚', 'P300', '▶凤凰展翅向未来', 'P300'], value: 1 },
    { page: [T, 'P300', '一、修好一条路', 'P300', '二、建起新大棚', 'P300', '▶一条水泥路连起了山里山外的好日子', 'P300'], value: 0 },
  ],
  nextOpensWithDate: [
    { page: [T, 'P300', '▶凤凰展翅向未来', '1月31日，' + runningText(100)], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', '记者 张三', '1月31日，' + runningText(100)], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  nextLength: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P100'], value: 0.5 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P600'], value: 2 },
  ],
  prevEndsSentence: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 1 },
    { page: [T, runningText(300) + '大家都说这是“好日子”', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  charsAhead: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P500', 'P500', '蔬菜大棚绿意浓', 'P300'], value: 0.5 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P2000', 'P2000'], value: 1.5 },
  ],
  pagePosition: [
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0.75 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300', 'P300', 'P300', 'P300', 'P300'], value: 3 / 8 },
  ],
  articleHasKicker: [
    { page: ['深化改革——', '让发展成果惠及人民', 'P300', '▶凤凰展翅向未来', 'P300'], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  articleHasByline: [
    { page: [T, '本报记者  张三', 'P300', '▶凤凰展翅向未来', 'P300'], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
    { page: [T, '本报记者  张三', 'P300', '▶凤凰展翅向未来', 'P300'], value: 0, profile: { bylineOnTop: true } },
  ],
  headingsSoFar: [
    { page: [T, 'P300', '一、修路', 'P300', '二、建棚', 'P300', '▶凤凰展翅向未来', 'P300'], value: 0.4 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
  ],
  kickerLine: [
    { page: [T, 'P300', '▶山东某市某区实施强村领航工程', '▶让弱村变强 把强村做优', 'P300'], value: 1 },
    { page: [T, 'P300', '▶蔬菜大棚绿意浓', '▶合作社里话丰收', 'P300'], value: 0 },
  ],
  breaksSeries: [
    { page: [T, 'P300', '一、修好一条路', 'P300', '二、建起新大棚', 'P300', '▶价格稳 品种多 供应足', 'P300'], value: 1 },
    { page: [T, 'P300', '一、修好一条路', 'P300', '▶价格稳 品种多 供应足', 'P300'], value: 0 },
  ],
  likeTitle: [
    { page: ['价格稳 品种多 供应足', 'P300', '▶服务好 环境美 人气旺', 'P300'], value: 1 },
    { page: [T, 'P300', '▶价格稳 品种多 供应足', 'P300'], value: 0 },
  ],
  stackSizeBreak: [
    { page: [T, 'P200', '一、修路', 'P200', '二、建棚', 'P200', '三、办社', 'P200', '▶蔬菜大棚绿意浓', '▶合作社里话丰收', 'P200'], value: 1 },
    { page: [T, 'P200', '一、修路', 'P200', '二、建棚', 'P200', '三、办社', 'P200', '▶凤凰展翅向未来', 'P200'], value: 0 },
  ],
  phraseBreak: [
    { page: [T, 'P200', '一、修好路 建好棚', 'P200', '二、办好社 种好田', 'P200', '三、养好猪 种好菜', 'P200', '▶凤凰展翅向未来', 'P200'], value: 1 },
    { page: [T, 'P200', '一、修好路 建好棚', 'P200', '二、办好社 种好田', 'P200', '三、养好猪 种好菜', 'P200', '▶老区换新颜 山村变了样', 'P200'], value: 0 },
  ],
  dayInLead: [
    { page: [T, 'P300', '▶某某会见外国客人', '国务院副总理某某17日在北京会见外国客人。' + runningText(100)], value: 1 },
    { page: [T, 'P300', '▶某某论坛在京举行', '第六届某某论坛近日在京举行，' + runningText(100)], value: 1 },
    { page: [T, 'P300', '▶某某督导整改完毕', '记者 张三', '31日，记者从某某办公室获悉：' + runningText(100)], value: 1 },
    { page: [T, 'P300', '▶凤凰展翅向未来', 'P300'], value: 0 },
    { page: [T, 'P300', '▶凤凰展翅向未来', '这些年来，' + runningText(60) + '2019年5月12日，' + runningText(100)], value: 0 },
  ],
  cohesion: [
    { page: [T, 'P600', '▶合作社里话丰收', 'P300'], value: [0.5, 1] },
    { page: [T, 'P600', '▶港口通关更便利', 'Q300'], value: 0 },
  ],
};
