# 证据材料 PDF（src/evidence）与可打印信函。
# 这两种 PDF 中印出的全部文字都在这里；en-US/evidence.ftl 的消息 id 与此相同。

## 文档

evidence-title-request = 个人信息权利请求证据材料
evidence-title-dossier = 证据汇编：向同一机构提出的全部请求
evidence-subtitle-request = { $holder } · 请求 #{ $id } · { $kind }
evidence-header-request = 证据材料 · { $holder } · 请求 #{ $id }
evidence-header-dossier = 证据汇编 · { $holder }
evidence-intro = 本材料由“数据权利助手”（RightsDesk）根据申请人本人的记录导出，载明向谁、于何时提出了什么请求，以及得到了什么答复。每一条记录均以 SHA-256 哈希链保护，核验方法见“完整性核验”一节。
evidence-footer = 导出日期：{ $date } · 核验方法：在“数据权利助手”中打开同一记录并选择“核验”，或运行 rightsdesk verify
evidence-page = 第 { $page } 页，共 { $total } 页

## 章节

evidence-section-holder = 个人信息处理者
evidence-section-requests = 向该机构提出的请求
evidence-section-facts = 基本情况
evidence-section-basis = 法律依据
evidence-section-timeline = 时间线
evidence-section-letter = 请求信与答复
evidence-section-attachments = 附件
evidence-section-integrity = 完整性核验
evidence-section-images = 附件图片
evidence-request-heading = 请求 #{ $id }：{ $kind }

## 基本情况

evidence-field-requester = 申请人
evidence-field-holder = 个人信息处理者
evidence-field-operator = 运营主体（法定名称）
evidence-field-holder-kind = 机构类型
evidence-field-contacts = 联系方式
evidence-field-kind = 请求类型
evidence-field-reason = 投诉理由
evidence-field-parent = 跟进的请求
evidence-field-jurisdiction = 适用法域
evidence-field-letter-date = 信函日期
evidence-field-sent = 发送日期
evidence-field-due = 答复期限
evidence-field-rule = 期限依据
evidence-field-overdue = 逾期情况
evidence-field-status = 当前状态
evidence-field-events = 记录事件数
evidence-field-digest = 最终摘要（SHA-256）
evidence-parent = 请求 #{ $id }
evidence-requester-not-shown = 本次导出未显示
evidence-contact-email = 电子邮箱：{ $value }
evidence-contact-phone = 电话：{ $value }
evidence-contact-address = 通信地址：{ $value }
evidence-contact-webform = 网页表单：{ $value }
evidence-contact-policy = 隐私政策：{ $value }
evidence-contact-none = 未记录
evidence-sent-on = { $date }，{ $channel }
evidence-tracking = 邮件单号或签收人：{ $tracking }
evidence-not-sent = 尚未发送
evidence-due-after-sending = 发送后计算
evidence-due-immediate = 立即（应立即办理）
evidence-due-promptly = 及时（法律未规定具体天数）
evidence-due-provisional = 暂定 { $date }（{ $year } 年放假安排尚未发布；最晚不超过 { $latest }）
evidence-due-extended = { $date }（对方已按期通知延期）
evidence-rule-sources = 依据：{ $sources }
evidence-rule-status = { $status ->
        [binding] 法定期限
        [judicial-interpretation] 司法解释规定的期限
        [reference] 参考期限，并非法定期限
        [standard] 推荐性标准中的期限，不具强制力
       *[draft] 草案中的期限，尚未生效
    }
evidence-no-deadline = 无答复期限：投诉由主管部门依其程序处理
evidence-clock-overdue = 已逾期 { $days } { $unit ->
        [cn-working-days] 个工作日
        [us-business-days] 个工作日
       *[other] 天
    }（截至 { $today }）
evidence-clock-due-in = 尚未逾期：还剩 { $days } { $unit ->
        [cn-working-days] 个工作日
        [us-business-days] 个工作日
       *[other] 天
    }（截至 { $today }）
evidence-clock-due-today = 尚未逾期：今天（{ $today }）到期
evidence-clock-answered = 对方已于 { $date } 答复
evidence-clock-answered-late = 对方于 { $date } 答复，已超过期限
evidence-clock-not-sent = 尚未发送
evidence-clock-immediate = 应立即办理，截至 { $today } 仍未办理
evidence-clock-promptly = 应当及时处理；收到后已过 { $days } 日，截至 { $today } 仍未办理
evidence-clock-past-provisional = 截至 { $today } 已过暂定期限；最晚期限为 { $latest }

## 名称

evidence-kind = { $kind ->
        [deletion] 删除个人信息
        [consent-withdrawal] 撤回同意
        [account-cancellation] 注销账号
        [access] 查阅、复制个人信息
        [correction] 更正个人信息
        [biometric-objection] 拒绝人脸识别
        [opt-out] 不得出售或共享个人信息
        [limit-sensitive] 限制使用敏感个人信息
        [reminder] 催告
       *[complaint] 投诉
    }
evidence-status = { $status ->
        [draft] 草稿，尚未发送
        [sent] 已发送，等待答复
        [acknowledged] 对方已确认收到
        [extended] 对方已通知延期
        [answered] 已答复
        [fulfilled] 对方已办理
        [refused] 对方拒绝
        [overdue] 已逾期：期限内未答复
        [escalated] 已提起投诉
       *[closed] 已结案
    }
evidence-event = { $kind ->
        [created] 起草请求
        [sent] 发送请求
        [acknowledged] 对方确认收到
        [reply] 收到答复
        [extension] 对方通知延期
        [fulfilled] 对方已办理
        [refused] 对方拒绝
        [reminder] 发出催告
        [escalated] 提起投诉
        [closed] 结案
       *[note] 备注
    }
evidence-channel = { $channel ->
        [email] 电子邮件
        [webform] 网页表单
        [post] 邮寄
        [hand] 当面递交
        [in-app] 应用内提交
       *[other] 其他方式
    }
evidence-jurisdiction = { $jurisdiction ->
        [CN] 中国大陆（个人信息保护法）
        [EU] 欧盟（GDPR）
        [UK] 英国（UK GDPR）
        [US-CA] 美国加利福尼亚州（CCPA）
       *[other] 其他
    }
evidence-holder-kind = { $kind ->
        [app] 应用或网站
        [ecommerce] 网店或电商平台
        [telecom] 电信运营商或网络服务提供者
        [bank] 银行或支付机构
        [property] 物业服务企业
       *[other] 其他
    }
evidence-reason = { $reason ->
        [no-response] 期限内未答复
        [refused] 拒绝请求
        [repeated-consent-prompts] 拒绝后频繁征求同意
        [service-refused] 因拒绝提供非必要信息而拒绝服务
        [forced-biometrics] 强制人脸识别
        [cancellation-blocked] 阻碍注销账号
       *[other] { $reason }
    }

## 法律依据

evidence-basis-none = 信函未引用法条。
evidence-law-status = { $status ->
        [binding] 现行有效的法律规范
        [judicial-interpretation] 司法解释（人民法院审判适用）
        [reference] 参考性文件，并非法律
        [standard] 推荐性标准，不具强制力
       *[draft] 草案，尚未生效
    }
evidence-confidence = { $confidence ->
        [verified] 条文已与官方文本核对
        [verified-repro] 条文已与公开转载文本核对
       *[other] 条文未经核对
    }
evidence-gist = 要旨：{ $gist }

## 时间线

evidence-col-no = 序号
evidence-col-date = 日期
evidence-col-event = 事件
evidence-col-details = 内容
evidence-attachment-line = 附件 { $ref }：{ $name }
evidence-see-full-text = ……（全文见“请求信与答复”）

## 请求信与答复

evidence-letter-heading = 请求信（{ $date }）
evidence-reply-heading = { $event }，{ $date }（事件 { $no }）
evidence-no-replies = 未记录任何答复。

## 附件

evidence-col-ref = 编号
evidence-col-file = 文件
evidence-attachments-none = 无附件。
evidence-attachment-event = 事件 { $no }：{ $event }，{ $date }
evidence-size = { $kb } KB（{ $bytes } 字节）
evidence-size-small = { $bytes } 字节
evidence-attachment-shown = 图片见“附件图片”
evidence-attachment-not-shown = 未作为图片显示：{ $why }
evidence-attachment-altered = 警告：数据文件夹中的文件已与此哈希不符
evidence-attachment-missing = 警告：数据文件夹中缺少该文件
evidence-image-caption = 附件 { $ref }：{ $name }（事件 { $no }，{ $date }）· SHA-256 { $sha }

## 完整性核验

evidence-integrity-intro = 请求记录的摘要（SHA-256）覆盖：所发出的函件（标题、正文、所引条文、日期、语言）、函件所致的信息处理者身份、期限规则和法域、每个事件（类型、日期、文字、递送方式和邮件单号，每个事件均与前一事件链接）及其每个附件的文件名、类型、大小和 SHA-256，以及为该处理者保存的隐私政策页面（请求地址、最终地址、抓取时间、正文的 SHA-256）。“数据权利助手”为每个请求保存此摘要，并保存一个覆盖全部请求的摘要，因此在应用之外所作的修改、删除或添加都会在核验时被发现。
evidence-integrity-digest = 请求 #{ $id } 记录的摘要：
evidence-integrity-ok = 导出时已核验：此处印出的记录与“数据权利助手”封存的摘要一致，每个事件与其在链中的哈希值一致，每个附件与其 SHA-256 一致。
evidence-integrity-since = 自 { $since } 起记录于本应用：此后所发函件、收件方、每个事件及其细节和附件、处理者的已保存页面均一并封存。
evidence-integrity-since-upgraded = 本数据库升级时整体封存（所发函件、收件方、事件及其细节和附件、已保存页面），升级时间不早于 { $since }（当时最新的一条记录）；此前仅各事件之间相互链接。
evidence-integrity-events-only = 仅各事件之间相互链接；函件和收件方未被封存。
evidence-integrity-no-timestamp = 无可信时间戳：本记录由发件人自行保存，未经独立第三方确认。哈希值表明记录自录入以来未经一般性修改；它们不能证明记录于何时录入，持有数据文件的人也可以重新计算出一份前后一致的新记录。
evidence-integrity-timestamped = 自 { $time } 的可信时间戳（时间戳服务机构 { $tsa }，证书 { $signer }）以来未经改动：时间戳服务机构签署了摘要 { $digest }，即本记录在含前 { $covered } 个事件（共 { $events } 个）时的摘要；导出时已离线核验签名、所盖摘要和随机数。{ $later ->
    [0] 此后未添加任何内容。
   *[other] 此后记录的 { $later } 个事件仅由“数据权利助手”自身的哈希链覆盖，不在该时间戳范围之内。
}
evidence-problem-timestamp = 可信时间戳 { $id } 不成立：其签名已损坏，或其所盖的记录此后已被改动。
evidence-timestamps-heading = 可信时间戳（RFC 3161）
evidence-col-timestamp = 时间戳服务机构、时间及所盖摘要
evidence-timestamp-time = 时间（以服务机构为准）：{ $time }
evidence-timestamp-tsa = 服务机构：{ $tsa }
evidence-timestamp-signer = 签署者：{ $signer }（证书 SHA-256 { $sha }）
evidence-timestamp-digest = 所盖摘要：{ $digest }
evidence-timestamp-holds = 成立：签名、所盖摘要和随机数均一致；覆盖前 { $covered } 个事件（共 { $events } 个）。
evidence-timestamp-fails = 不成立：签名已损坏或其所盖记录已被改动；不能证明任何内容。
evidence-mail-message-id = Message-ID：{ $value }
evidence-mail-date = 日期（Date）：{ $value }
evidence-mail-from = 发件人（From）：{ $value }
evidence-mail-dkim = DKIM 签名：域名（d=）{ $domain }，选择器（s=）{ $selector }
evidence-mail-no-dkim = DKIM 签名：该邮件中没有
evidence-integrity-not-intact = 本记录不完整：不得将其作为未经改动的记录出示。
evidence-integrity-problems = 警告：导出时发现 { $count } 条记录与其哈希值不符。
evidence-problem-event = 事件 { $no } 与其哈希值不符。
evidence-problem-attachment = 附件 { $ref }（{ $name }）与其哈希值不符。
evidence-problem-missing = 附件 { $ref }（{ $name }）缺失。
evidence-problem-record = 函件、收件方、状态，或某一事件、附件或已保存页面的细节，与“数据权利助手”封存的记录不符。
evidence-problem-length = 有事件或已保存页面在应用之外被删除或添加：封存的记录含 { $sealedEvents } 个事件和 { $sealedPages } 个已保存页面，现数据库中为 { $foundEvents } 个和 { $foundPages } 个。
evidence-problem-unsealed = 此请求没有封存的记录：它不是由“数据权利助手”写入的。
evidence-problem-store = 覆盖全部请求的记录不再一致：有请求或已保存页面在应用之外被删除或添加。
evidence-chain-altered = （不符）
evidence-col-recorded = 记录时间（UTC）
evidence-col-hash = 事件哈希（SHA-256）
evidence-integrity-how = 核验方法：在“数据权利助手”中对同一记录选择“核验”，或运行 rightsdesk verify --json，将请求 { $id } 的摘要与此处印出的摘要比对。附件可用任何 SHA-256 工具核对，例如 sha256sum 文件名。

## 证据汇编

evidence-dossier-intro = “数据权利助手”中记录的向 { $holder } 提出的全部 { $count } 项请求，按时间先后排列，每项请求另起一页。
evidence-dossier-none = 未记录向该机构提出的请求。
evidence-col-request = 请求
evidence-col-sent = 发送
evidence-col-due = 期限
evidence-col-status = 状态
evidence-none = —

## 可打印信函

evidence-letter-from = 寄件人
evidence-letter-to = 收件人
evidence-letter-date = 日期：{ $date }
evidence-letter-signature = 签名：
evidence-letter-footer = 请求 #{ $id } · 由“数据权利助手”生成

## 证据包（README-zh.txt）

package-readme-title = 数据权利助手（RightsDesk）证据包
package-readme-intro = 本压缩包包含证据 PDF（{ $pdf }）及其所述的原始文件：所发出的每封函件（letters/）、按收到时原样保存的每封回复邮件（replies/，.eml）、其他附件（attachments/）以及可信时间戳答复（timestamps/，.tsr）。文件名以 PDF 中的编号开头（A1、A2……；T1、T2……）。
package-readme-sha = 1. 核对文件未被改动：MANIFEST.sha256 列出了其他每个文件的 SHA-256；每个附件的 SHA-256 也印在 PDF 中。在解压后的文件夹中运行（coreutils；macOS 上用 "shasum -a 256 -c"）：
package-readme-no-timestamp = 2. 本证据包不含可信时间戳：该记录由发件人自行保存，未经独立第三方确认。
package-readme-timestamp = 2. 用 OpenSSL 核验每个可信时间戳（RFC 3161）。命令中的摘要即时间戳服务机构所签署的记录摘要，与 PDF 中印出的一致；TSA-ROOT.pem 是时间戳服务机构的根证书，请从该机构处下载（不要使用本包中的文件）。先查看时间戳内容，再进行核验：
package-readme-token = { $path }（服务机构：{ $tsa }）
package-readme-timestamp-after = 显示 "Verification: OK" 即表示该机构在其所载时间签署了该摘要。该摘要是否为 PDF 所示记录的摘要，由“数据权利助手”（rightsdesk verify）根据记录重新计算核对。
package-readme-eml = 3. 原始回复邮件（.eml）可用任何邮件程序打开；其 Message-ID、Date、From 以及 DKIM-Signature（d=、s=）均列于 PDF 中，发件方邮件服务器或公证机构可据此核实。
