/**
 * 说明.txt, written beside an exported template: the officer edits template.json in a text editor,
 * so the guide is in Chinese (resources/certificate/README.md says the same for developers).
 */
export const TEMPLATE_GUIDE = `证书模板说明
============

本文件夹中的 template.json 是继续教育证书的版式（模板），可以用记事本等文本编辑器修改。
修改后请在「证书打印」页面点击「证书模板」，在“模板文件路径”中填写 template.json 的完整路径，
再点击「使用此模板」。程序会先检查模板，有错误时逐条列出，不会采用有错误的模板。

常用修改
--------
- title.text：证书标题，例如 "继续教育证书"。
- issuer.text：发证单位名称；写 null 则打印本单位名称。
- seal：印章图片。file 为图片文件名（PNG 或 JPEG，建议透明背景的 PNG），放在本文件夹中；
  x、y、width、height 为位置和大小；如需手工盖章，可将 seal 改为 null。
- background：背景图片，写法与 seal 相同，opacity 为不透明度（0 到 1）。
- font：自定义字体文件（.ttf、.otf、.ttc），优先于系统字体和程序自带字体。

单位与规则
----------
- 位置和大小（x、y、width、height、size、rowHeight、inset、gap）的单位为毫米，从纸张左上角算起；
  所有内容必须在纸张范围内。
- 字号（fontSize、minFontSize）和字间距（letterSpacing）的单位为磅；文字放不下时先换行，再缩小字号。
- 颜色写作 #RRGGBB，例如 #9E2A2B。
- page.size 可选 A4、A5、B5、Letter；page.orientation 可选 portrait（纵向）或 landscape（横向）。
- statement.text 中可使用 {name} {year} {publicHours} {professionalHours} {totalHours}
  {requiredHours} {result}，打印时替换为姓名、年度、公需科目学时、专业科目学时、合计学时、
  年度要求学时和是否达标（metText 或 notMetText）。
- label 是打印在内容前面的文字，例如 "姓\u3000\u3000名："。

修改前可先复制一份备份。如模板出错无法使用，可在「证书模板」中点击「恢复默认模板」。
`;
