/**
 * Cues added while raising corpus F1: document numbers, counts and continuations under a title,
 * rubric exceptions, reporter-line and personal-name limits, the sign-off and lead-in series
 * inside group features, and the section-or-title model's feature vector.
 */
import { describe, expect, it } from 'vitest';
import { titles, para } from './helpers.ts';
import { assignHeadlineParts, isDocumentNumber, kickerCue } from '../../../scripts/ingest/segment/assign-headline-parts.ts';
import type { ClassifiedBlock } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { groupArticles } from '../../../scripts/ingest/segment/group-articles.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { isBylineShape, isPersonalName, isReporterLine } from '../../../scripts/ingest/segment/patterns.ts';
import { FEATURE_NAMES, SECTION_WEIGHTS, sectionFeatures } from '../../../scripts/ingest/segment/section-or-title.ts';

const stack = (...texts: string[]): ClassifiedBlock[] =>
  texts.map((text, i) => ({ kind: 'headline', block: { text, lines: [i * 2 + 1, i * 2 + 1], source: [], gapBefore: 1, gapAfter: 1, joins: [] } }));
const roles = (texts: string[]) => assignHeadlineParts(stack(...texts), { topOfPage: false }).blocks.map((b) => `${b.role}:${b.text}`);



describe('title + subtitle cues', () => {
  it.each([
    ['中华人民共和国主席令', '第三十六号'],
    ['全国人民代表大会常务委员会公告', '［十三届］第十号'],
    ['全国人民代表大会常务委员会任免名单', '（2019年2月27日第十三届全国人民代表大会常务委员会第九次会议通过）'],
    ['南水北调中线累计输水200亿立方米', '5300多万人受益'],
    ['全国铁路调图', '旅客列车超9000列'],
    ['海南首次公布河长制湖长制总结评估结果', '将每季度通报履职情况'],
    ['王沪宁看望文化界知名人士和科技专家', '代表习近平总书记和党中央向文化工作者致以新春祝福'],
    ['韩正出席2019年太原能源低碳发展论坛', '宣读习近平主席贺信并发表主旨演讲'],
    ['第二十六届杨凌农高会举办', '首次召开上合组织现代农业发展圆桌会议'],
    ['“雷锋学院”在辽宁抚顺揭牌', '“@雷锋”频道上线'],
  ])('%s / %s', (a, b) => expect(kickerCue(a, b)).toBe(false));

  it.each([
    ['第十五届世界华商大会在伦敦举行', '“为投资和经贸合作提供更多机遇”'],
    ['中央纪委国家监委', '公布第一批专项整治工作成果'],
    ['江苏连云港连云区', '代表征集建议  政府办好实事'],
  ])('kicker first: %s / %s', (a, b) => expect(kickerCue(a, b) ?? true).toBe(true));

  it('reads a law over the decree promulgating it: law title, adoption note subtitle, decree and number in the text', () => {
    expect(roles(['中华人民共和国密码法', '（2019年10月26日第十三届全国人民代表大会常务委员会第十四次会议通过）', '中华人民共和国主席令', '第三十五号'])).toEqual([
      'title:中华人民共和国密码法', 'subtitle:（2019年10月26日第十三届全国人民代表大会常务委员会第十四次会议通过）', 'heading:中华人民共和国主席令', 'heading:第三十五号',
    ]);
    expect(roles(['优化营商环境条例', '中华人民共和国国务院令', '第722号'])).toEqual(['title:优化营商环境条例', 'heading:中华人民共和国国务院令', 'heading:第722号']);
    expect(roles(['中华人民共和国主席令', '第三十六号'])).toEqual(['title:中华人民共和国主席令', 'subtitle:第三十六号']);
  });

  it('keeps a law and its decree at the top of a page as an article, not page furniture', () => {
    const items = groupArticles(classifyBlocks(splitBlocks('优化营商环境条例\n\n中华人民共和国国务院令\n\n第722号\n\n《优化营商环境条例》已经国务院常务会议通过，现予公布。'.split('\n').map((text, i) => ({ no: i + 1, text })))));
    expect(items.map((i) => i.type)).toEqual(['article']);
  });

  it('reads a lead-in in the middle of three lines as the first item\'s kicker under the feature\'s title', () => {
    expect(roles(['走过天安门，我们无比自豪', '仪仗方队擎旗手郭凤通、涂李响、王子赫——', '手中的旗杆重千钧'])).toEqual([
      'title:走过天安门，我们无比自豪', 'heading:仪仗方队擎旗手郭凤通、涂李响、王子赫——', 'heading:手中的旗杆重千钧',
    ]);
  });

  it('leaves summary points (■ …) under the headline to the text', () => {
    expect(roles(['国办印发意见', '切实支持小微企业和“三农”发展', '■国家融资担保基金再担保业务收费一般不高于省级担保', '■重点支持单户担保金额500万元及以下小微企业'])).toEqual([
      'kicker:国办印发意见', 'title:切实支持小微企业和“三农”发展', 'heading:■国家融资担保基金再担保业务收费一般不高于省级担保', 'heading:■重点支持单户担保金额500万元及以下小微企业',
    ]);
  });

  it('reads a date in brackets under a speech or document as its subtitle; what follows it opens the text', () => {
    expect(roles(['在纪念马万祺先生诞辰100周年座谈会上的讲话', '（2019年10月21日）'])).toEqual(['title:在纪念马万祺先生诞辰100周年座谈会上的讲话', 'subtitle:（2019年10月21日）']);
    expect(roles(['中国的粮食安全', '（2019年10月）', '目 录', '前 言'])).toEqual(['title:中国的粮食安全', 'subtitle:（2019年10月）', 'heading:目 录', 'heading:前 言']);
  });

  it('opens a new article at a speech headline with its date inside running text', () => {
    const page = ['中共中央国务院举行春节团拜会', '本报北京2月3日电  （记者张烁）中共中央、国务院3日上午举行春节团拜会。', '参加团拜会的还有各部门负责同志。', '在二〇一九年春节团拜会上的讲话', '（二〇一九年二月三日）', '同志们，朋友们：', '我们即将迎来农历己亥年。'];
    expect(titles(page)).toEqual(['中共中央国务院举行春节团拜会', '在二〇一九年春节团拜会上的讲话']);
  });

  it('reads the line under a column-tagged title as its deck right before a dateline, else as the text\'s opening', () => {
    const parts = (before: boolean) => assignHeadlineParts(stack('监管提高精准性（权威发布）', '对药品食品还要“严防死守”'), { topOfPage: false, beforeDateline: before }).blocks.map((b) => b.role);
    expect(parts(true)).toEqual(['title', 'subtitle']);
    expect(parts(false)).toEqual(['title', 'heading']);
  });

  it('leaves a lone section number under a headline to the text', () => {
    expect(roles(['犀牛寨的炊烟', '一'])).toEqual(['title:犀牛寨的炊烟', 'heading:一']);
  });

  it('recognises document numbers and adoption notes', () => {
    expect(isDocumentNumber('第三十六号')).toBe(true);
    expect(isDocumentNumber('（2019年10月26日第十三届全国人民代表大会常务委员会第十四次会议通过）')).toBe(true);
    expect(isDocumentNumber('第三季度')).toBe(false);
  });

  it('puts a column tag on the second line before figure cues', () => {
    expect(kickerCue('我国建成世界最大的清洁煤电供应体系', '煤电排放 五年下降超八成（美丽中国）')).toBe(true);
  });
});

describe('rubrics', () => {
  it('keeps a short rubric over a box as its title', () => {
    expect(roles(['速览', '某地开通新航线', '某市发布新规'])[0]).toBe('title:速览');
    expect(roles(['两会', '某地开通新航线'])[0]).toBe('title:两会');
  });
  it('takes what stands over a rubric in a longer stack for captions', () => {
    const parts = assignHeadlineParts(stack('看人民映像　　品百味人生', '数读', '91.9亿美元 1月境内投资者对外投资', '1月，我国境内投资者共对全球137个国家和地区进行了投资'), { topOfPage: false });
    expect(parts.captions.map((c) => c.text)).toEqual(['看人民映像　　品百味人生']);
    expect(parts.blocks.map((b) => `${b.role}:${b.text.slice(0, 4)}`)).toEqual(['title:数读', 'heading:91.9', 'heading:1月，我']);
  });
  it.each([
    [['周强强调', '努力把新时代刑事审判工作提高到新水平'], ['kicker:周强强调', 'title:努力把新时代刑事审判工作提高到新水平']],
    [['体操项目', '中国选手包揽鞍马冠亚军（动感2019）'], ['kicker:体操项目', 'title:中国选手包揽鞍马冠亚军（动感2019）']],
    [['中组部', '优选一百三十名干部赴琼挂职'], ['kicker:中组部', 'title:优选一百三十名干部赴琼挂职']],
    [['前三季度', '全国累计新增减税降费17834亿元'], ['kicker:前三季度', 'title:全国累计新增减税降费17834亿元']],
  ])('reads a lead-in, time phrase or line over a tagged title as the kicker: %j', (texts, blocks) => expect(roles(texts)).toEqual(blocks));
});

describe('names and reporter lines', () => {
  it('does not take a sidebar label for a reporter line', () => {
    expect(isReporterLine('记者手记')).toBe(false);
    expect(isReporterLine('■记者手记')).toBe(false);
    expect(isReporterLine('本报记者 王芳')).toBe(true);
  });
  it('takes four characters with a single surname for a phrase', () => {
    expect(isPersonalName('方式之变')).toBe(false);
    expect(isPersonalName('文化底蕴')).toBe(false);
    expect(isPersonalName('王小明')).toBe(true);
    expect(isPersonalName('欧阳修文')).toBe(true);
  });
  it('reads a spaced illustrator-and-writer credit as a byline', () => {
    expect(isBylineShape('勾  犇图  羽  生文')).toBe(true);
    expect(isBylineShape('曹  一图  实  思文')).toBe(true);
  });
});

describe('series inside group features', () => {
  it('keeps voices signed by a series of bracketed sign-offs in one article', () => {
    const voice = (who: string, title: string, by: string) => [`${who}——`, title, para('我们村的变化是祖国发展的一个缩影'), para('今后还要继续努力'), `（本报记者 ${by}采访整理）`];
    const page = [
      '最美奋斗者向祖国表白',
      para('一代又一代奋斗者顽强拼搏'),
      ...voice('黄大发', '再出发，乡村振兴富农家', '程焕'),
      ...voice('邓前堆', '赶路忙，进村问诊保健康', '李茂颖'),
      ...voice('文花枝', '家园美，脱贫攻坚不怕累', '申智林'),
    ];
    expect(titles(page)).toEqual(['最美奋斗者向祖国表白']);
  });

  it('still opens an article after a single bracketed sign-off', () => {
    const page = ['第一篇文章的标题', para('第一篇文章的正文'), '（作者为某大学教授）', '第二篇文章的标题', para('第二篇文章的正文')];
    expect(titles(page)).toEqual(['第一篇文章的标题', '第二篇文章的标题']);
  });

  it('reads a lone ——line inside running text as a section heading', () => {
    const page = ['一篇文章的标题', para('文章开头'), '——实体经济大而不强，如何实现提质增效？', para('这一节的正文')];
    expect(titles(page)).toEqual(['一篇文章的标题']);
  });
});

describe('section-or-title model', () => {
  it('has one weight per feature', () => {
    expect(SECTION_WEIGHTS).toHaveLength(FEATURE_NAMES.length);
  });
  it('gives a feature vector of that length with the bias first', () => {
    const blocks = classifyBlocks(splitBlocks(['标题', '', para('正文'), '', '小标题', '', para('正文')].map((text, i) => ({ no: i + 1, text }))));
    const f = sectionFeatures({ stack: ['小标题'], article: { blocks: [{ role: 'paragraph', text: para('正文'), lines: [3, 3] }], hasBody: true, closed: false, untitled: false, review: [] }, blocks, index: 3 });
    expect(f).toHaveLength(FEATURE_NAMES.length);
    expect(f[0]).toBe(1);
  });
  it('sees where on the page the stack stands and what the article before it already has', () => {
    const blocks = classifyBlocks(splitBlocks(['标题', '', para('正文'), '', '小标题', '', para('正文'), '', para('正文')].map((text, i) => ({ no: i + 1, text }))));
    const article = { blocks: [
      { role: 'kicker' as const, text: '引题', lines: [1, 1] as [number, number] },
      { role: 'title' as const, text: '标题', lines: [1, 1] as [number, number] },
      { role: 'heading' as const, text: '一节', lines: [2, 2] as [number, number] },
      { role: 'paragraph' as const, text: para('正文'), lines: [3, 3] as [number, number] },
      { role: 'byline' as const, text: '（记者 王芳）', lines: [4, 4] as [number, number] },
    ], hasBody: true, closed: false, untitled: false, review: [] };
    const f = sectionFeatures({ stack: ['小标题'], article, blocks, index: 3 });
    const at = (name: string) => f[FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number])];
    expect(at('pagePosition')).toBeCloseTo(3 / blocks.length);
    expect(at('articleHasKicker')).toBe(1);
    expect(at('articleHasByline')).toBe(1);
    expect(at('headingsSoFar')).toBeCloseTo(1 / 5);
  });
  it('weighs a stack low on the page as more likely a new article than the same stack at the top', () => {
    expect(SECTION_WEIGHTS[FEATURE_NAMES.indexOf('pagePosition')]!).toBeGreaterThan(0);
  });
});
