/**
 * The search query set: names, places, numbers and Latin terms taken from the
 * five sample pages, each with the article it must find (within the top 3).
 * `script: 'traditional'` queries are typed in traditional characters and must
 * find the simplified text.
 */
export interface QueryCase {
  query: string;
  /** Title of the article the query must return in its top 3 (titles outlive ids across re-ingests). */
  article: string;
  kind: 'company' | 'person' | 'place' | 'number' | 'latin' | 'term' | 'traditional';
}

// The twelve articles of the five sample pages, by title.
const P000 = '抓转型促发展 全力打造北部产业新城';
const P001_1 = '区委常委会集体调研金科园、金城镇工作 争当转型升级先锋 打造新兴产业高地 建设北部产业新城';
const P001_2 = '我区部署集中宣讲工作 区委成立十九届五中全会精神宣讲团';
const P001_3 = '常州市人大常委会领导来坛调研经济工作';
const P001_4 = '金科园：加快转型升级 狠抓科技创新';
const P001_5 = '《政风热线》直播预告';
const P002 = '闻鸡起舞勇创大业 携手奋进赢战未来';
const P003 = '奋力建设高质量发展的一流开发区';
const P004_1 = '于变局中开新局 政企同心谱新篇';
const P004_2 = '我区组织收看于强同志先进事迹视频报告会';
const P004_3 = '十三届区委第十一轮巡察完成进驻';
const P004_4 = '区领导带队开展双拥办实事活动';

export const QUERY_SET: QueryCase[] = [
  // page 000
  { query: '胜伟策', article: P000, kind: 'company' },
  { query: '鹏辉', article: P000, kind: 'company' },
  { query: '鹏辉锂电', article: P000, kind: 'company' },
  { query: '中盐金坛', article: P000, kind: 'company' },
  { query: '柘荡河', article: P000, kind: 'place' },
  { query: '金城镇', article: P000, kind: 'place' },
  { query: '金茅公路', article: P000, kind: 'place' },
  { query: '连珠水苑', article: P000, kind: 'place' },
  { query: '18.9%', article: P000, kind: 'number' },
  { query: 'LDAR', article: P000, kind: 'latin' },
  { query: '5G', article: P000, kind: 'latin' }, // in a photo caption attached to the article
  { query: '龙城英才计划', article: P000, kind: 'term' },
  // page 001
  { query: '狄志强', article: P001_1, kind: 'person' },
  { query: '董龙庆', article: P001_1, kind: 'person' },
  { query: '金科园', article: P001_1, kind: 'place' },
  { query: '生物医药产业园', article: P001_1, kind: 'term' },
  { query: '马晓璇', article: P001_2, kind: 'person' },
  { query: '刘明江', article: P001_2, kind: 'person' },
  { query: '十九届五中全会', article: P001_2, kind: 'term' },
  { query: '戴士福', article: P001_3, kind: 'person' },
  { query: '187.1亿元', article: P001_3, kind: 'number' },
  { query: '1425.2亿元', article: P001_3, kind: 'number' },
  { query: '当升科技', article: P001_4, kind: 'company' },
  { query: '468.6亿元', article: P001_4, kind: 'number' },
  { query: '政风热线', article: P001_5, kind: 'term' },
  { query: '82330089', article: P001_5, kind: 'number' },
  { query: 'FM89', article: P001_5, kind: 'latin' },
  { query: '金坛时报', article: P001_5, kind: 'term' },
  // page 002
  { query: '丹阳眼镜小镇', article: P002, kind: 'place' },
  { query: '恒神碳纤维', article: P002, kind: 'company' },
  { query: '马相伯学校', article: P002, kind: 'place' },
  { query: '349.42亿元', article: P002, kind: 'number' },
  { query: '苏微贷', article: P002, kind: 'term' },
  // page 003
  { query: '吕怀舟', article: P003, kind: 'person' },
  { query: '361service', article: P003, kind: 'latin' },
  { query: '江苏晶度半导体', article: P003, kind: 'company' },
  { query: '骏成电子', article: P003, kind: 'company' },
  { query: '黄梅', article: P003, kind: 'place' },
  { query: '35.29%', article: P003, kind: 'number' },
  // page 004
  { query: '斯威克光伏', article: P004_1, kind: 'company' },
  { query: '748.68亿元', article: P004_1, kind: 'number' },
  { query: '新能源', article: P004_1, kind: 'term' },
  { query: '新能源汽车', article: P004_1, kind: 'term' }, // Pagefind issue #1237's example
  { query: '于强', article: P004_2, kind: 'person' },
  { query: '纪海平', article: P004_2, kind: 'person' },
  { query: '西城街道', article: P004_3, kind: 'place' },
  { query: '朱建清', article: P004_4, kind: 'person' },
  { query: '武警东岗中队', article: P004_4, kind: 'place' },
  // traditional characters → simplified text
  { query: '開發區', article: P003, kind: 'traditional' },
  { query: '狄志強', article: P001_1, kind: 'traditional' },
  { query: '鵬輝鋰電', article: P000, kind: 'traditional' },
  { query: '馬曉璇', article: P001_2, kind: 'traditional' },
  { query: '黃梅街道', article: P003, kind: 'traditional' },
  { query: '當升科技', article: P001_4, kind: 'traditional' },
  { query: '紀海平', article: P004_2, kind: 'traditional' },
];

/** Queries whose phrase is in no article: Pagefind alone returns pages with the characters scattered. */
export const NO_PHRASE_QUERIES = ['新能源车', '金坛时报社', '狄强', '胜策'];
