/** The kinds of boilerplate line `no-scraped-boilerplate` reports, in `data.kind`. */
export const kinds = [
  'breadcrumb',
  'dateline',
  'source',
  'byline',
  'photo-credit',
  'editor-credit',
  'keywords',
  'share-promo',
  'related-links',
  'name-cloud',
  'recommendation',
  'slogan',
  'print-edition',
  'copyright',
  'navigation',
  'comment-widget',
  'duplicate-title',
  'page-title',
  'page-code',
  'donation',
  'glued-byline',
  'glued-source',
  'glued-credit',
  'glued-promo',
  'other'
] as const

/** The kinds reported on a span glued to the start or end of a paragraph (the rest of the line stays). */
export const spanKinds = ['glued-byline', 'glued-source', 'glued-credit', 'glued-promo'] as const

/** One kind of boilerplate line. */
export type Kind = (typeof kinds)[number]

/** What a kind is, for the `note` of messages: why the line goes. */
export const notes: Record<Kind, string> = {
  breadcrumb:
    'A breadcrumb (site > section > article) is navigation of the web page the text was taken from, not part of the article.',
  dateline:
    'A publication date/time line belongs to the web page; the publishing system prints its own. The date is kept in the file metadata.',
  source:
    'A source line (来源/來源, 原标题) is page metadata; credit the source the way the house style says, not as a loose line.',
  byline:
    'A byline left as a loose line duplicates what the publishing system prints from its own author field; some newsrooms keep them (turn the kind off).',
  'photo-credit':
    'A photo credit or caption line belongs to an image that is not in the text; it reads as a stray line without the picture.',
  'editor-credit':
    'Editor credits (责编/責編, 责任编辑) are internal page metadata of the site the text was taken from, not part of the article.',
  keywords: 'A keyword or tag line is page metadata for search and navigation, not part of the article.',
  'share-promo':
    'Share buttons, QR-code and app or account promotions are page furniture of the site the text was taken from.',
  'related-links': 'A list of related headlines links to other articles; it is not part of this article.',
  'name-cloud': 'A cloud of names or hot keywords is a navigation widget of the page, not part of the article.',
  recommendation:
    'A recommendation block (新闻推荐, 热点推荐, 为你推荐…) lists other stories; everything from its heading on is page furniture.',
  slogan: 'A site slogan or channel blurb is page furniture, not part of the article.',
  'print-edition':
    'A print-edition line (《人民日报》( 2017年11月14日 18 版)) tells where the article was printed; it is page metadata, kept in the file metadata.',
  copyright:
    'Copyright, reprint and disclaimer notices belong to the site the text was taken from, not to the article.',
  navigation: 'Menus, pagination and links of the web page are not part of the article.',
  'comment-widget': 'Comment boxes, votes and reader comments are page furniture, not part of the article.',
  'duplicate-title': 'The title repeated (a scraping artefact such as `今日评论今日评论`) should appear once.',
  'page-title':
    'The title of the web page (`標題 | 媒體名`, `标题_新闻`) names the site and repeats the headline; the article has its own title.',
  'page-code': 'Script or style code of the web page (JavaScript, CSS, template placeholders) is not text of the article.',
  donation:
    'A donation notice (case number, donation hotline, bank account of a charity column) belongs to the page of the charity, not to the story.',
  'glued-byline':
    'A byline glued to the start or end of a paragraph (`〔記者X／台北報導〕`, `（记者X）`, `文/X`) duplicates the author field; only that span goes, the paragraph stays.',
  'glued-source':
    'A source or original-title note glued to a paragraph (`原标题：…`, `来源：X`, `（中央社）`, `本文转载自…`) is page metadata; only that span goes.',
  'glued-credit':
    'An editor or photo credit glued to a paragraph (`(责编：X)`, `实习编辑：X`, `圖／X提供`) is page metadata; only that span goes.',
  'glued-promo':
    'A promotion glued to a paragraph (`欢迎关注…订阅号…`, app download links) is page furniture; only that span goes.',
  other: 'Page furniture of the site the text was taken from (contact box, image hint, lost characters), not part of the article.'
}
