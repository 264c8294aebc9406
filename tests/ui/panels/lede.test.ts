import { describe, expect, test } from 'vitest';
import { splitLede } from '../../../src/ui/panels/lede';

describe('splitLede(text)', () => {
  test('keeps a long first sentence as the lede and the rest apart', () => {
    const first = 'President Donald Trump and Prime Minister Sanae Takaichi signed a non-binding framework at Akasaka Palace in Tokyo.';
    const rest = 'The two governments aim to give financial support within six months. It also covers stockpiling.';
    expect(splitLede(`${first} ${rest}`)).toEqual({ lede: first, rest });
  });

  test('takes a second sentence when the first is short', () => {
    const text = 'China suspended them. It kept the April controls on seven elements in force for all countries. More follows.';
    expect(splitLede(text)).toEqual({
      lede: 'China suspended them. It kept the April controls on seven elements in force for all countries.',
      rest: 'More follows.',
    });
  });

  test('does not end a sentence inside an amount or a decimal', () => {
    const text = 'Albanese cited a pipeline of US$8.5 bn in projects that the two governments would support over the coming years. Second.';
    expect(splitLede(text).lede).toBe('Albanese cited a pipeline of US$8.5 bn in projects that the two governments would support over the coming years.');
  });

  test('a single sentence is all lede, and nothing is lost', () => {
    expect(splitLede('Only one sentence here.')).toEqual({ lede: 'Only one sentence here.', rest: '' });
    const text = 'A short one. Another short one. A third, somewhat longer, sentence closes the paragraph.';
    const { lede, rest } = splitLede(text);
    expect(`${lede} ${rest}`).toBe(text);
  });
});

describe('splitLede(text) with a long first sentence', () => {
  const long =
    'The ministry and the customs administration put seven medium and heavy rare earths under export licensing, effective immediately: samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium.';

  test('cuts it at its colon, marks the cut, and keeps the whole summary for the details', () => {
    const text = `${long} Exporters must apply for each shipment.`;
    expect(splitLede(text)).toEqual({
      lede: 'The ministry and the customs administration put seven medium and heavy rare earths under export licensing, effective immediately …',
      rest: text,
    });
  });

  test('keeps a long sentence whole when it has no clause to cut at', () => {
    const noClause = long.replace(':', ',');
    expect(splitLede(noClause)).toEqual({ lede: noClause, rest: '' });
  });
});

describe('splitLede(text, lang) in other languages', () => {
  test('Japanese: the first sentence, ended by 。', () => {
    const text = 'トランプ大統領と高市早苗首相は、東京・赤坂迎賓館で法的拘束力のない枠組みに署名した。両政府は6か月以内に資金支援を行う。';
    expect(splitLede(text, 'ja')).toEqual({
      lede: 'トランプ大統領と高市早苗首相は、東京・赤坂迎賓館で法的拘束力のない枠組みに署名した。',
      rest: '両政府は6か月以内に資金支援を行う。',
    });
  });

  test('Thai: runs up to a space, about an English lede long, and nothing lost', () => {
    const text =
      'ประธานาธิบดีโดนัลด์ ทรัมป์ และนายกรัฐมนตรีแอนโทนี แอลบานีซี ลงนามกรอบความร่วมมือที่ไม่มีผลผูกพันทางกฎหมายที่ทำเนียบขาว เพื่อสร้างความมั่นคงด้านอุปทานแร่ธาตุสำคัญและแร่หายาก ครอบคลุมการเงินจากภาครัฐและเอกชน การคัดเลือกโครงการร่วมกัน';
    const { lede, rest } = splitLede(text, 'th');
    expect(lede.startsWith('ประธานาธิบดีโดนัลด์ ทรัมป์ และนายกรัฐมนตรีแอนโทนี แอลบานีซี')).toBe(true);
    expect(rest.length).toBeGreaterThan(0);
    expect(`${lede} ${rest}`).toBe(text);
  });
});
