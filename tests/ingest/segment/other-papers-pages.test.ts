/**
 * Made-up pages in the shapes other papers print (tests/fixtures/other-papers: a city paper's pages with running heads,
 * data boxes and a contents list, a county paper's news and feature, an interview, a national daily's commentary and its
 * news page under the running head, a weekly's essays and its long feature, a supplement's poems; a city paper's front page,
 * its weather box, a supplement's serial and notices, a page of briefs signed in brackets, an
 * economic daily's news with its 讯 …报道： leads; a page as an extraction from a paper's e-paper site gives it, with the page's
 * label, the site's controls and where each article was printed, and its articles as a paper's site sets them: the
 * headline over when and where from, 发布时间：… 来源：…; a national paper's news with its own long datelines, 某某青年报北京…电; a city paper's items signed 本报综合 and
 * （据央视新闻）, and a note that its people are named otherwise). Written for this project, not taken from any paper. Each is read as the ingest
 * reads a publication of that one page (its house style decided from its own habits): nothing is lost, and the articles
 * are the ones printed.
 */
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { decideProfile, profileMatters } from '../../../scripts/ingest/profile.ts';
import { loadLines, rebuiltText, sourceText } from './helpers.ts';

const PAGES: Record<string, string[]> = {
  'city-page.txt': ['地铁三号线二期年底通车', '老旧小区加装电梯提速', '竟称“只喝了一口”', '市民热线'],
  'contents-list.txt': ['我市启动冬季送温暖活动'],
  'county-page.txt': ['我县召开农村工作会议', '小山村里的“共享菜园”', '全县开展冬季消防安全检查', '县图书馆推出寒假系列活动'],
  'data-boxes.txt': ['城北菜场改造完工', '老街新开一家书店'],
  'interview-page.txt': ['铁路调度员的除夕夜', '“让每一位旅客平安回家”', '环卫工人的一天'],
  'national-daily.txt': ['我国科技创新取得新进展', '让科研人员把精力用在刀刃上', '多地出台措施稳就业'],
  'running-foot.txt': ['老旧小区加装电梯提速', '城北菜场改造完工'],
  'supplement-poems.txt': ['冬日絮语', '故乡的河（外一首）', '读书札记'],
  'weekly-essays.txt': ['乡村教师的三十年', '读书的味道', '老街新事'],
  'weekly-feature.txt': ['那些消失的旧书店', '一位译者的四十年'],
  'national-daily-news.txt': ['推动乡村文化振兴走深走实', '冬季农业生产稳步推进', '新型材料研发取得突破', '以法治之力护航营商环境'],
  'city-front-page.txt': ['全市首批“口袋公园”本月开放\n家门口多了40个休闲好去处'],
  'weather-box.txt': ['冷空气明起到访 周末最低温跌破冰点\n下周初有望迎来今冬初雪', '杭州地铁5号线今起延长运营时间'],
  'serial-and-notices.txt': ['乡关何处（十二）', '讣 告', '寻人启事'],
  'signed-briefs.txt': ['某市开展冬季道路交通安全整治', '检察官走进校园普法', '法院集中执行兑现农民工工资', '年终讨薪要注意保存证据'],
  'economic-daily-news.txt': ['我国首艘大型邮轮完成第100个航次', '农业农村部部署冬春农田水利建设', '跨境电商综试区增至165个', '小微企业贷款余额同比增长20%'],
  'epaper-web-page.txt': ['全省冬季农田水利建设全面展开', '老街修缮留住城市记忆', '让读书成为一种生活方式'],
  'web-articles.txt': ['全省冬季农田水利建设全面展开', '老街修缮留住城市记忆', '让读书成为一种生活方式'],
  'youth-daily-news.txt': ['在基层一线书写青春答卷', '就业服务月启动', '志愿者走进社区'],
  'weekly-numbered-sections.txt': ['旧书店的黄昏', '一位译者的四十年'],
  'county-bracket-leads.txt': ['小山村里的“共享菜园”', '冬季消防检查全面展开', '图书馆推出寒假活动'],
  'duty-editors-front.txt': ['全省冬季农田水利建设全面展开', '老街修缮留住城市记忆'],
  'compiled-items.txt': ['多地迎来今冬首场降雪', '男子冒充民警诈骗被抓', '她在山村小学教了三十年书', '老旧小区加装电梯提速'],
};

/** Where a page is read from, when the paper's own name matters (PUB/DATE/PP.txt: the name over the page is its masthead). */
const FILED_AS: Record<string, string> = {
  'weekly-feature.txt': '江南周末/2026-12-03/12.txt',
  'national-daily-news.txt': '东方日报/2026-12-07/05.txt',
  'city-front-page.txt': '城市快报/2026-12-07/A01.txt',
};

describe('made-up pages of other papers', () => {
  for (const [file, titles] of Object.entries(PAGES)) {
    it(`${file}: nothing lost, and the articles printed`, () => {
      const lines = loadLines(`tests/fixtures/other-papers/${file}`);
      const path = FILED_AS[file] ?? file;
      const first = segmentPage(lines, { file: path });
      const { profile } = decideProfile([first.habits]);
      const page = profileMatters(profile) ? segmentPage(lines, { file: path, profile }) : first;
      expect(rebuiltText(page)).toBe(sourceText(lines));
      expect(page.items.flatMap((i) => (i.type === 'article' ? [i.article.title] : []))).toEqual(titles);
    });
  }
});

describe("a weekly's sections numbered 01, 02 or ①, ②", () => {
  it('reads the numbers as section headings of the essay they stand in', () => {
    const lines = loadLines('tests/fixtures/other-papers/weekly-numbered-sections.txt');
    const first = segmentPage(lines, { file: 'weekly-numbered-sections.txt' });
    const page = segmentPage(lines, { file: 'weekly-numbered-sections.txt', profile: decideProfile([first.habits]).profile });
    expect(page.items.flatMap((i) => (i.type === 'article' ? [i.article.sections] : []))).toEqual([['01', '02', '03'], ['①', '②']]);
  });
});

describe('a county paper\'s reports led by the reporters in brackets, with no 本报讯', () => {
  it('reads the bracket as the lead of a report (a dateline): the report opens there and its reporters are its byline', () => {
    const lines = loadLines('tests/fixtures/other-papers/county-bracket-leads.txt');
    const page = segmentPage(lines, { file: 'county-bracket-leads.txt' });
    expect(page.items.flatMap((i) => (i.type === 'article' ? [[i.article.title, i.article.byline, i.article.review.length]] : []))).toEqual([
      ['小山村里的“共享菜园”', undefined, 0],
      ['冬季消防检查全面展开', '记者 张某 通讯员 李某', 0],
      ['图书馆推出寒假活动', '记者 王某', 0],
    ]);
  });
});
