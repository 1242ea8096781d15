# 证据、打印、名录、导入、安全与备份：在用户选择的文件中完成工作的界面。

## 导出证据（请求页和公司页）
evidence-title = 投诉证据
evidence-dossier-title = 向该公司提出的全部请求的证据
evidence-hint = 生成一份监管部门或法院可以阅读的 PDF：信函、答复、时间线、法律依据，以及证明内容未被改动的哈希值。
evidence-with-sender = 在封面上显示我的信息（来自“设置”）
evidence-no-sender = 封面上不显示您的姓名和联系方式。如需显示，请在“设置 › 我的信息”中填写。
evidence-export = 导出证据（PDF）…
evidence-save-title = 保存证据 PDF
evidence-working = 正在生成 PDF…
evidence-saved = 已保存为 { $path }（{ $size }）。
evidence-bundle = 导出证据包（.zip）…
evidence-bundle-title = 保存证据包
evidence-bundle-working = 正在准备证据包…
evidence-bundle-hint = 一个压缩包，含 PDF 及原始文件：所发函件、原样保存的回复邮件、附件、时间戳文件、SHA-256 清单，以及说明如何用 sha256sum 和 openssl 核验每个文件的 README。

## 可打印的信函
request-letter-pdf = 保存为 PDF / 打印…
request-letter-pdf-title = 将信函保存为 PDF
request-letter-pdf-saved = 信函已保存为 { $path }。打印并签名后，请记录递送方式。

## 从隐私政策中查找联系方式（公司页）
policy-title = 从隐私政策中查找联系方式
policy-hint = 数据权利助手会下载该公司的隐私政策，保存一份副本作为其当天公布内容的证据，并列出找到的联系方式。除这次下载外，没有任何数据离开您的电脑。
policy-fetch = 读取隐私政策
policy-working = 正在下载并读取页面…
policy-kept = 已保存副本：{ $url }（HTTP { $status }，SHA-256 { $sha }…）。
policy-none = 页面中没有找到电子邮箱、电话或通信地址。
policy-kind-email = 电子邮箱
policy-kind-phone = 电话
policy-kind-address = 地址
policy-accept-email = 设为电子邮箱
policy-accept-phone = 设为电话
policy-accept-address = 设为地址
policy-accepted = 已保存到该公司
policy-confirm-before-sending = 发信前，请对照隐私政策页面核实联系方式。

## 内置名录（我的公司）
holders-add-from-directory = 从名录添加
directory-title = 从内置名录添加
directory-hint = 可按中文或英文名称、品牌或网址搜索。添加时会一并带入名录中已知的联系方式。
directory-search = 搜索名录
directory-search-placeholder = 例如：淘宝、微信、spotify.com
directory-count = { $count ->
    [0] 没有找到。
   *[other] 找到 { $count } 个结果。
}
directory-unconfirmed = 未经确认——发信前请核实
directory-add = 添加
directory-add-named = 将{ $name }添加到我的公司

## 解锁
unlock-title = 数据权利助手已锁定
unlock-hint = 您的数据已加密。请输入密码短语以打开。
unlock-passphrase = 密码短语
unlock-submit = 解锁
unlock-working = 正在验证密码短语…
unlock-forgotten = 忘记的密码短语无法找回：没有它，任何人（包括数据权利助手）都无法读取这些数据。

## 数据库无法打开
recovery-no-backup = 没有可以恢复的备份。该文件保持原样未动，您可以把它复制到安全的地方。
recovery-latest = 最新的备份是 { $path }。
recovery-restore = 恢复此备份
recovery-confirm-title = 恢复备份？
recovery-confirm-body = 备份将替换当前数据库。当前文件不会被删除，而是保存在备份文件夹中。

## 安全与备份（设置）
security-title = 安全与备份
security-on = 您的数据已用密码短语加密（数据库和附件）。
security-off = 您的数据没有加密。任何能读取您文件的人都能读取这些数据。
security-encrypt = 用密码短语加密
security-encrypt-hint = 所有内容都会保留。以后每次启动都需要输入密码短语；忘记后无法找回。
security-new = 新密码短语
security-repeat = 再次输入新密码短语
security-old = 当前密码短语
security-encrypt-submit = 加密我的数据
security-change = 更改密码短语
security-change-submit = 更改密码短语
security-changed = 密码短语已更改。
security-left-title = 数据文件夹中有 { $count } 份数据副本无法转换，已保持原样：
security-left-plain = 未加密
security-left-encrypted = 仍为加密状态
security-left-other-passphrase = 它使用的是另一个（较早的）密码短语
security-left-unreadable = 它已损坏或不是 RightsDesk 数据库
security-left-what-plain = 能读取数据文件夹的任何人都能读取未加密的副本。如不需要，请删除；否则请移到安全的地方。
security-left-what = 如需转换此类副本，请用制作它时的密码短语恢复它，然后再次更改密码短语；如不需要，也可直接删除。
security-working = 正在处理…可能需要几秒钟。
security-too-short = 密码短语至少需要 { $min } 个字符。
security-mismatch = 两次输入的密码短语不一致。
backup-title = 备份
backup-hint = 数据权利助手每天首次启动时以及每次升级前都会自动备份。您也可以把备份保存到任何地方，例如 U 盘。
backup-passphrase = 密码短语（恢复加密备份时需要）
backup-now = 立即备份…
backup-save-title = 保存备份
backup-open-title = 选择要恢复的备份
backup-restore-file = 从文件恢复…
backup-saved = 备份已保存为 { $path }。
backup-restored = 备份已恢复。
backup-none = 还没有备份。
backup-col-when = 时间
backup-col-kind = 类型
backup-col-size = 大小
backup-col-actions = 操作
backup-kind-daily = 每日备份
backup-kind-pre-migration = 升级前备份
backup-kind-other = 其他
backup-restore = 恢复
backup-confirm-title = 恢复此备份？
backup-confirm-body = 检查通过后，{ $path } 将替换当前数据库。当前数据库会保存在备份文件夹中。

## 我的信息（设置）
sender-title = 我的信息
sender-hint = 打印在邮寄的信函上；如您选择，也会显示在证据封面上。仅保存在本机。
sender-name = 姓名
sender-contact = 用于接收答复的电话或电子邮箱
sender-address = 通信地址
sender-saved = 已保存。

## 关于（设置）
about-title = 关于数据权利助手
about-body = 数据权利助手 { $version } 的所有数据都保存在本机。公司名录来自以下开放数据集：
about-data = 数据集与许可协议

## 导入
nav-import = 导入
import-title = 导入
import-intro = 从您已有的资料中找出持有您数据的公司。文件只在本机读取；在您确认之前不会保存任何内容。
import-source = 导入什么
import-source-passwords = 密码管理器或浏览器导出的文件
import-source-passwords-hint = 来自 Chrome、Edge、Firefox、Safari、Bitwarden、1Password、KeePassXC 或 LastPass 的 CSV 文件。密码绝不会进入数据权利助手的数据。
import-source-mbox = 邮件存档
import-source-mbox-hint = mbox 文件或保存的 .eml 邮件：看看谁一直在给您发邮件。只读取邮件头。
import-source-sms = 一证通查短信
import-source-sms-hint = 粘贴工业和信息化部“一证通查”查询结果短信。
import-source-inventory = 数据权利助手清单（CSV 或 JSON）
import-source-inventory-hint = 从本机或其他电脑上的数据权利助手导出的清单。
import-pick-passwords = 选择密码导出文件（CSV）
import-pick-mbox = 选择邮件存档
import-pick-sms = 选择文本文件
import-pick-inventory = 选择清单文件
import-sms-label = 短信内容
import-read-text = 读取文本
import-choose-file = 选择文件…
import-reading = 正在读取…
import-reading-pct = 正在读取… { $pct }%
import-preview-title = 导入前请检查
import-preview-summary = { $format }：读取 { $records } 条记录，找到 { $proposals } 家公司。
import-nothing = 没有识别出任何公司。
import-col-keep = 导入
import-col-who = 公司
import-col-count = 出现次数
import-col-accounts = 账号标识
import-keep-named = 导入{ $name }
import-not-in-directory = 不在名录中
import-existing = 已在您的列表中
import-skipped = 跳过 { $count } 行
import-confirm = 导入 { $count } 家公司
import-done = 完成：新增 { $created } 家，更新 { $updated } 家，账号 { $accounts } 个。

## 完整性核验（请求页）
integrity-check = 核验完整性
integrity-ok = 完好：全部 { $events } 个事件、{ $attachments } 个附件和 { $pages } 份已保存的隐私政策页面均与记录时的哈希值一致。
integrity-problems = 有 { $count } 条记录与记录时不一致：
integrity-eventAltered = 请求 #{ $request } 的事件 { $event }：记录后被改动。
integrity-attachmentAltered = 请求 #{ $request } 的事件 { $event }：附件 { $name } 被改动。
integrity-attachmentMissing = 请求 #{ $request } 的事件 { $event }：附件 { $name } 已丢失。
integrity-recordAltered = 请求 #{ $request }：函件、收件方、状态或某一事件的细节与封存的记录不符。
integrity-recordLengthChanged = 请求 #{ $request }：有事件或已保存页面在应用之外被删除或添加（封存时 { $sealed } 个事件、{ $sealedPages } 个页面；现为 { $found } 个和 { $foundPages } 个）。
integrity-recordUnsealed = 请求 #{ $request }：没有封存的记录，它不是由“数据权利助手”写入的。
integrity-storeAltered = 覆盖全部请求的记录不再一致：有请求或已保存页面在应用之外被删除或添加。

## 信函日期（新建请求）
request-letter-date = 信函落款日期
request-letter-date-hint = 默认为今天；如果您要记录此前已经寄出的信函，请改为当时的日期。“设置 › 我的信息”中的信息会用于信函署名。
integrity-pageAltered = 公司 #{ $holder }：已保存的 { $url } 副本被改动。
integrity-pageMissing = 公司 #{ $holder }：已保存的 { $url } 副本已丢失。

## 可信时间戳（请求页面、设置）
timestamp-title = 可信时间戳
timestamp-hint = 由时间戳服务机构对本记录的摘要和时间进行签名，日后任何人都可用 OpenSSL 核验该记录在当时已存在且此后未被改动。只发送 64 个字符的摘要，发往“设置”中选择的服务机构；其他内容都不会离开您的电脑。
timestamp-none = 尚无可信时间戳：记录由您自行保存，未经独立第三方确认。
timestamp-request = 申请可信时间戳
timestamp-working = 正在请求时间戳服务机构…
timestamp-row = { $time } · { $tsa }
timestamp-covers = 覆盖前 { $covered } 个事件；摘要 { $digest }
timestamp-holds = 成立（已离线核验签名、摘要和随机数）
timestamp-fails = 不成立：{ $reason }
settings-tsa = 时间戳服务机构
settings-tsa-hint = 仅在您于某个请求上点击“申请可信时间戳”时使用：届时将记录的摘要发送给它。以下为公开的 RFC 3161 服务；也可填写您自己的地址。
settings-tsa-custom = 其他地址（http 或 https）
settings-tsa-save = 使用此地址
settings-tsa-saved = 今后将向 { $url } 申请时间戳。
integrity-timestampInvalid = 请求 #{ $request }：可信时间戳 { $timestamp } 不成立（其签名已损坏，或其所盖的记录已被改动）。
request-log-eml = 从邮件文件（.eml）记录回复…
request-log-eml-title = 选择回复邮件文件（.eml）
request-log-eml-hint = 在邮件程序中将回复另存为 .eml（“另存为”或“下载邮件”）：“数据权利助手”会原样保存该文件，并在证据中列出其 Message-ID、日期、发件人和 DKIM 签名。
