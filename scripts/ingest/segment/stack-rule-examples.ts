/**
 * Each rule that decides a headline stack alone has its own example (issue 12: "cues are data: each has an id, one line
 * of doc, examples and a test"). A rule's id and doc are its name, as `--explain` prints it (the `why` of
 * group-articles.ts); an example is a small page in the notation of section-cue-examples.ts (blocks separated by a blank
 * line, `P<n>` a paragraph of n characters of running text, `▶` on each line of the stack the rule decides, an empty
 * block a layout gap), with the house style it is read in when that matters.
 * `tests/ingest/segment/cue-examples.test.ts` checks that every rule has an example and decides it; `cues.md` lists them.
 */
import type { PublicationProfile } from '../profile.ts';

export interface StackRuleExample {
  /** The rule's name as --explain prints it (`the article before is closed (…)`: any closing). */
  rule: string;
  page: string[];
  profile?: PublicationProfile;
}

export const STACK_RULE_EXAMPLES: readonly StackRuleExample[] = [
  { rule: 'text before an agency sign-off (its last lines)', page: ['某县推进乡村振兴', 'P300', '▶同志们，干杯', '（新华社北京9月30日电）'] },
  { rule: 'closing words of the text before', page: ['某县推进乡村振兴', 'P300', '▶伟大的中华人民共和国万岁！', '新华社北京10月1日电  庆祝大会在天安门广场隆重举行，各界群众欢聚一堂，共同庆祝这一伟大的节日。'] },
  { rule: 'first article: headline, photo captions, section heading (layout regions)', page: ['▶某县推进乡村振兴', '', '▶村民在田间劳作', '', '▶修路', 'P300'] },
  { rule: 'a bracketed note after text signs the text before', page: ['某县推进乡村振兴', 'P300', '▶（以嘉宾发言先后为序）', 'P300'] },
  { rule: "an interviewer's question", page: ['某县推进乡村振兴', 'P300', '▶问：今年有哪些突出特点？', 'P300'] },
  { rule: 'a sidebar label (记者手记, 链接, 延伸阅读 …): a box of the article before', page: ['某县推进乡村振兴', 'P300', '▶记者手记', 'P300'] },
  { rule: 'another item of a box of briefs', page: ['速览', '凤凰展翅向未来', '本报讯 县里召开会议，部署今年的重点任务。', '▶春风吹绿江南岸', '本报讯 县里又召开了一次会议，部署今年的重点任务。'] },
  { rule: "a photo's caption under an article whose only text is photo captions", profile: { bylineOnTop: true }, page: ['春茶', '某村，茶农在茶园里采摘春茶。本版摄影 记者 某某某', '▶厨师老人在为茶农们做午饭', '记者 某某', 'P300'] },
  { rule: 'between a headline and its text', page: ['凤凰展翅向未来', '本报记者 李四', '▶修路', 'P300'] },
  { rule: 'the text before stops at a comma: lines of a poem or song', page: ['某县推进乡村振兴', 'P300', '老人站在山坡上，望着远处的村庄，轻声念起了那首诗，', '▶心口呀莫要这么厉害地跳', 'P300'] },
  { rule: 'a numbered heading (一、 / 1. / 第二章)', page: ['某县推进乡村振兴', 'P300', '▶一、修路', 'P300'] },
  { rule: "a group feature's contribution: a short headline over its writer", page: ['某县推进乡村振兴', 'P300', '▶随车过节 保障平安', '▶王汉超 徐 驰', 'P300'] },
  { rule: 'an exclamation or question inside running text', page: ['某县推进乡村振兴', 'P300', '▶这真是大海捞针啊！', 'P300'] },
  { rule: 'a numbered or sidebar-tagged heading inside running text', page: ['某县推进乡村振兴', 'P300', '▶第一部分', '▶一、修路', 'P300'] },
  { rule: 'marked: long kicker over a short title', page: ['某县推进乡村振兴', 'P300', '▶河南鹿邑县推动传统加工制造业转型升级', '▶小小化妆刷 做成大产业', 'P300'] },
  { rule: 'marked: lead-in kicker (——)', page: ['某县推进乡村振兴', 'P300', '▶河南获嘉县——', '▶凤凰展翅向未来', 'P300'] },
  { rule: 'marked: column tag, ——subtitle, series rubric, reporting kicker or document number', page: ['某县推进乡村振兴', 'P300', '▶凤凰展翅向未来（人民时评）', 'P300'] },
  { rule: 'marked: summary points under a full headline', page: ['某县推进乡村振兴', 'P300', '▶今年春运全国铁路发送旅客超过四亿人次创历史新高', '▶铁路部门多措并举全力保障广大旅客平安有序出行', '■ 春运首日，全国铁路发送旅客一千万人次，客流平稳有序，各地车站秩序良好，旅客出行顺畅。', 'P300'] },
  { rule: 'marked: a headline set on several lines', page: ['某县推进乡村振兴', 'P300', '▶三个某地人内幕交易\n▶被罚2000多万', 'P300'] },
  { rule: "a headline over a reporter's line (the paper's house style)", profile: { bylineOnTop: true }, page: ['某县推进乡村振兴', 'P300', '▶凤凰展翅向未来', '记者 张三', 'P300'] },
  { rule: "a headline over a reporter's line after a news report", page: ['某县推进乡村振兴', '本报讯 昨天上午，县里召开乡村振兴工作会议，部署今年的重点任务，各乡镇负责人参加了会议。', 'P300', '▶凤凰展翅向未来', '记者 张三', 'P300'] },
  { rule: 'a headline over a credit set like one under an earlier headline', page: ['某县推进乡村振兴', '寄思人：张三', 'P300', '凤凰展翅向未来', 'Q300', '▶春风吹绿江南岸', '寄思人：李四', 'P300'] },
  { rule: "a notice's name (讣告, 寻人启事, 声明 …)", page: ['某县推进乡村振兴', 'P300', '▶寻人启事', 'Q300'] },
  { rule: "a headline over its writer's name (after an ornament) and the text's first heading", page: ['▶长篇连载', '▶乡关何处（十二）', '▶□ 陈某某', '▶第五章 归途', 'P300'] },
  { rule: 'a headline over a news lead that restates it, on a page of such briefs', page: ['我县召开安全生产会议', '12月5日，我县召开安全生产会议，部署冬季安全生产工作。', '城关镇新建便民服务点', '近日，城关镇新建的便民服务点投入使用，居民在家门口就能办事。', '▶县医院开展义诊活动', '12月3日，县医院到石桥乡开展义诊活动，服务群众500余人次。'] },
  { rule: 'a dateline follows', page: ['某县推进乡村振兴', 'P300', '▶凤凰展翅向未来', '本报北京2月1日电  （记者王浩）春运开始了，各地车站秩序井然，旅客出行平稳有序。'] },
  { rule: "the page's first headline", page: ['▶某县推进乡村振兴', 'P300'] },
  { rule: 'the article before is closed (…)', page: ['某县推进乡村振兴', 'P300', '（新华社北京2月18日电）', '▶凤凰展翅向未来', 'P300'] },
  { rule: 'a photo item', page: ['某县推进乡村振兴', 'P300', '▶凤凰展翅向未来', '图为村民在田间劳作。', '张三摄'] },
  { rule: 'a news report (dateline-led, no sections) ends before it', page: ['某县推进乡村振兴', '本报讯 昨天上午，县里召开乡村振兴工作会议，部署今年的重点任务，各乡镇负责人参加会议。', '▶凤凰展翅向未来', 'P300'] },
  { rule: 'opens an article', page: ['速览', '凤凰展翅向未来', '本报讯 县里召开会议，部署今年的重点任务。', '▶春风吹绿江南岸', '▶长风破浪会有时', '▶直挂云帆济沧海', 'P300'] },
];
