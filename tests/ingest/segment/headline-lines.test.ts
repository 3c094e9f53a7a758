/**
 * headline-lines.ts: how a page sets its headlines (one block of several lines, or parts apart), and a headline's lines
 * in one block read as its parts, in a paper that keeps them together. (Made-up text.)
 */
import { describe, expect, it } from 'vitest';
import { headlineHabits, splitHeadlineLines } from '../../../scripts/ingest/segment/headline-lines.ts';
import type { DraftArticle, DraftItem } from '../../../scripts/ingest/segment/draft.ts';
import type { ArticleBlock } from '../../../scripts/ingest/types.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';

const block = (role: ArticleBlock['role'], text: string, first: number): ArticleBlock => ({ role, text, lines: [first, first + text.split('\n').length - 1] });
const draft = (...blocks: ArticleBlock[]): DraftArticle => ({ blocks, hasBody: true, closed: false, untitled: false, review: [] });
const heads = (a: DraftArticle) => a.blocks.filter((b) => b.role !== 'paragraph').map((b) => [b.role, b.text, b.lines]);
const body = (first: number) => block('paragraph', '昨天，某地召开会议，部署今年的重点工作。', first);

describe('headlineHabits', () => {
  it('counts articles whose headline is one block of two or three lines, and those whose parts are blocks of one line', () => {
    const items: DraftItem[] = [
      { type: 'article', draft: draft(block('title', '某地召开会议\n部署今年重点工作', 1), body(4)) },
      { type: 'article', draft: draft(block('kicker', '某地召开会议', 6), block('title', '部署今年重点工作', 8), body(10)) },
      { type: 'article', draft: draft(block('title', '某地召开会议', 12), body(14)) },
      { type: 'article', draft: draft(block('kicker', '某地', 16), block('title', '召开会议\n部署工作', 18), body(21)) },
      { type: 'furniture', kind: 'other', text: '要闻', lines: [23, 23] },
    ];
    expect(headlineHabits(items)).toEqual({ together: 1, apart: 1 });
  });
});

describe('splitHeadlineLines', () => {
  it('reads three lines alone as kicker, title and subtitle, each on its own line', () => {
    expect(heads(splitHeadlineLines(draft(block('title', '春节前夕\n某地开展送温暖活动\n为困难群众送去米面油', 3), body(7))))).toEqual([
      ['kicker', '春节前夕', [3, 3]], ['title', '某地开展送温暖活动', [4, 4]], ['subtitle', '为困难群众送去米面油', [5, 5]],
    ]);
  });
  it('reads two lines alone as the headline-role cues read two pieces: a kicker and its title, or a title and its ——subtitle', () => {
    expect(heads(splitHeadlineLines(draft(block('title', '某省某县——\n小小化妆刷 做成大产业', 1), body(4))))).toEqual([['kicker', '某省某县——', [1, 1]], ['title', '小小化妆刷 做成大产业', [2, 2]]]);
    expect(heads(splitHeadlineLines(draft(block('title', '让公众感受历史的魅力\n——从历史中汲取走向未来的智慧', 1), body(4))))).toEqual([['title', '让公众感受历史的魅力', [1, 1]], ['subtitle', '——从历史中汲取走向未来的智慧', [2, 2]]]);
  });
  it('fills the part left: two lines under a kicker are title and subtitle, over a subtitle kicker and title', () => {
    expect(heads(splitHeadlineLines(draft(block('kicker', '春节前夕', 1), block('title', '某地开展送温暖活动\n为困难群众送去米面油', 3), body(6)))).map((h) => h[0])).toEqual(['kicker', 'title', 'subtitle']);
    expect(heads(splitHeadlineLines(draft(block('title', '春节前夕\n某地开展送温暖活动', 1), block('subtitle', '为困难群众送去米面油', 4), body(6)))).map((h) => h[0])).toEqual(['kicker', 'title', 'subtitle']);
  });
  it('leaves a headline with no room for its lines, of four lines or more, of one line, or joined across a column break as it is', () => {
    for (const a of [
      draft(block('kicker', '春节前夕', 1), block('title', '某地开展\n送温暖活动', 3), block('subtitle', '为困难群众送去米面油', 6), body(8)),
      draft(block('title', '一\n二\n三\n四', 1), body(6)),
      draft(block('title', '某地开展送温暖活动', 1), body(3)),
      draft({ role: 'title', text: '某地开展送温暖\n活动', lines: [1, 3] }, body(5)),
      draft(block('kicker', '春节前夕\n某地', 1), block('title', '开展送温暖活动', 4), body(6)),
    ]) expect(splitHeadlineLines(a)).toBe(a);
  });
});

describe('splitHeadlineLines in any paper', () => {
  it('takes a title’s last line opening with a dash off as its subtitle, and nothing else', () => {
    expect(heads(splitHeadlineLines(draft(block('title', '闻鸡起舞勇创大业 携手奋进赢战未来\n——开发区发展亮点回眸', 13), body(16)), false))).toEqual([
      ['title', '闻鸡起舞勇创大业 携手奋进赢战未来', [13, 13]], ['subtitle', '——开发区发展亮点回眸', [14, 14]],
    ]);
    const a = draft(block('title', '春节前夕\n某地开展送温暖活动', 1), body(4));
    expect(splitHeadlineLines(a, false)).toBe(a);
    const b = draft(block('title', '某地开展送温暖活动\n——为困难群众送去米面油', 1), block('subtitle', '——走访慰问', 4), body(6));
    expect(splitHeadlineLines(b, false)).toBe(b);
  });
});

describe('in the segmenter', () => {
  const page = ['某省某县——\n小小化妆刷 做成大产业', '昨天，某地召开会议，部署今年的重点工作，会议要求各部门抓好落实，确保各项任务按时完成。', '春节前夕\n某地开展送温暖活动\n为困难群众送去米面油', '春节前夕，某地组织干部走访慰问困难群众，为他们送去米面油和慰问金，把党和政府的温暖送到群众心坎上。'];
  const lines = page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }));
  it('reports the page’s headlines as set together, and with the house style reads their lines as the parts; without it, as one title', () => {
    const first = segmentPage(lines, { file: 'p.txt' });
    expect(first.habits?.headlines).toEqual({ together: 2, apart: 0 });
    expect(first.items.flatMap((it) => (it.type === 'article' ? [[it.article.kicker, it.article.title, it.article.subtitle]] : []))).toEqual([
      [undefined, '某省某县——\n小小化妆刷 做成大产业', undefined], [undefined, '春节前夕\n某地开展送温暖活动\n为困难群众送去米面油', undefined],
    ]);
    const parts = segmentPage(lines, { file: 'p.txt', profile: { headlineLinesAreParts: true } });
    expect(parts.items.flatMap((it) => (it.type === 'article' ? [[it.article.kicker, it.article.title, it.article.subtitle]] : []))).toEqual([
      ['某省某县——', '小小化妆刷 做成大产业', undefined], ['春节前夕', '某地开展送温暖活动', '为困难群众送去米面油'],
    ]);
  });
});

describe('a headline kept with a deck too long for a headline line (title-over-long-deck)', () => {
  const deck = '某某：中方支持某国自主探索符合本国国情的发展道路，赞赏某国坚定奉行一个中国政策，感谢某国的坚定支持。双方要进一步对接发展战略，共同建设“一带一路”。';
  const page = [
    '某某同某国元首举行会谈\n' + deck,
    '本报北京1月31日电 （记者某某）国家主席某某31日在人民大会堂同某国元首举行会谈。',
    '某某指出，中方愿同某国加强沟通，深化政治互信。',
    '某某会见国际组织负责人\n某某强调，中方高度重视筹办运动会，目前各项工作正在扎实有序推进。我们一定会积极努力，为世界呈现一届精彩的运动会',
    '本报北京1月31日电 （记者某某）国家主席某某31日会见国际组织负责人。',
  ];
  const lines = page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }));
  it('opens each article at its headline, over its dateline, with the long deck as its subtitle in a paper that keeps a headline together', () => {
    const read = segmentPage(lines, { file: 'p.txt', profile: { headlineLinesAreParts: true } });
    expect(read.items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.subtitle]] : []))).toEqual([
      ['某某同某国元首举行会谈', deck],
      ['某某会见国际组织负责人', page[3]!.split('\n')[1]],
    ]);
  });
  it('leaves a paragraph hard-wrapped over two lines before a dateline as text', () => {
    const wrapped = ['某地召开会议，部署今年的重点工作，\n会议要求各部门抓好落实，确保各项任务按时完成，把工作做细做实。', page[1]!];
    const read = segmentPage(wrapped.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'p.txt' });
    expect(read.items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).not.toContain('某地召开会议，部署今年的重点工作，');
  });
});
