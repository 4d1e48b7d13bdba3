/**
 * An article written for this page (not scraped) with the kinds of defects
 * jiaodui finds: scraped leftovers, invisible and half-width characters, and
 * two counts of the same thing that disagree.
 */
export const sampleArticle = [
  '首页 > 城市新闻 > 正文',
  '城固县新建社区图书室',
  '2026年4月8日09:30　来源：示例都市报',
  '本报记者 陈静',
  '记者从城固县文化局获悉,全县共有社区图书室58个，其中\u200b带自习区的有31个。',
  '县文化局负责人说，图书室平均每天接待读者约２００人次。',
  '据统计，全县共有社区图书室85个。',
  '（责任编辑：周明）',
  ''
].join('\n')
