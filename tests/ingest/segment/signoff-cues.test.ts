/**
 * Cues at an article's sign-off: what a headline right after （作者为…）, ——编  者 or a reporter's note opens.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { groupArticles } from '../../../scripts/ingest/segment/group-articles.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';

/** Titles of the articles the grouping makes of a page given as blank-line separated paragraphs. */
function titles(paragraphs: string[]): string[] {
  const lines = paragraphs.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }));
  return groupArticles(classifyBlocks(splitBlocks(lines))).flatMap((d) => (d.type === 'article' ? [d.draft.blocks.find((b) => b.role === 'title')?.text ?? ''] : []));
}

const para = (s: string) => `${s}这是一段足够长的正文，用来模拟报纸上的段落，其中有逗号，也有句号。`;

describe('a signed comment ends at its writer’s sign-off', () => {
  it('opens the next piece of a theory page where every piece is signed （作者为…）', () => {
    const page = [
      '以开放促改革促创新促合作（人民要论）', para('开头'), '以开放促改革', para('第一节'), '以开放促创新', para('第二节'), '（作者为某研究院研究员）',
      '努力提高创造性贯彻落实的水平', para('崇尚实干'), para('狠抓落实'), '（作者为某省委常委）',
      '始终重视理论强党（思想纵横）', para('理论'), '（作者为某大学教授）',
    ];
    expect(titles(page)).toEqual(['以开放促改革促创新促合作（人民要论）', '努力提高创造性贯彻落实的水平', '始终重视理论强党（思想纵横）']);
  });

  it('keeps a group feature’s later contributions, after more sign-offs, in the feature', () => {
    const piece = (title: string) => [title, '张  岩', para('一位作者的文字'), '（作者为某大学讲师）'];
    const page = ['铭记历史（国际视野）', para('导语'), ...piece('绵延一个世纪的记忆'), ...piece('不能忘却的贡献'), '回声', para('是时候正视真相了'), '（作者为某大学教授）'];
    expect(titles(page)).toEqual(['铭记历史（国际视野）']);
  });
});
