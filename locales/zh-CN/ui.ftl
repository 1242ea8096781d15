# RightsDesk 桌面界面文字（zh-CN）。
# 消息 id 与 en-US/ui.ftl 完全相同。

## 应用外框

app-name = 数据权利助手
app-tagline = RightsDesk
app-title = 数据权利助手 RightsDesk
app-page-not-found = 找不到这个页面。
app-store-error-title = 无法打开您的数据
app-store-error-where = 数据库文件：{ $path }

## 导航

nav-label = 主导航
nav-skip-to-content = 跳到正文
nav-dashboard = 概览
nav-inventory = 公司清单
nav-settings = 设置
nav-language = 语言
nav-language-zh-CN = 中文
nav-language-en-US = English

## 通用

common-loading = 正在加载…
common-cancel = 取消
common-save = 保存
common-edit = 编辑
common-delete = 删除
common-remove = 移除
common-required = （必填）
common-not-set = 未填写
common-error-details = 详细信息
common-breadcrumbs = 当前位置

## 概览

dashboard-title = 概览
dashboard-intro = 需要您处理的事：已超过期限的、即将到期的，以及还没寄出的信。
dashboard-counts = 各状态的请求数
dashboard-overdue = 已超期
dashboard-overdue-empty = 没有超期的请求。公司未在答复期限内答复时会显示在这里。
dashboard-due-week = 本周到期
dashboard-due-week-empty = 未来七天内没有到期的请求。
dashboard-waiting = 等待答复
dashboard-waiting-empty = 没有正在等待答复的请求。
dashboard-drafts = 待寄出的草稿
dashboard-drafts-empty = 没有未寄出的草稿。
dashboard-empty-title = 先列出掌握您数据的公司
dashboard-empty-body = 添加您使用的 App 和公司：购物、支付、手机运营商、小区物业……之后就可以要求它们删除您的个人信息，并跟踪答复期限。
dashboard-no-requests-title = 还没有请求
dashboard-no-requests-body = 在公司清单中打开一家公司，选择“新建请求”，起草删除、注销或查阅请求。数据权利助手会为您计算答复期限。
dashboard-notify-overdue = 有 { $count } 个请求已超过答复期限。

## 公司清单

holders-title = 掌握您数据的公司
holders-intro = 所有持有您个人信息的 App、商家、银行或机构。
holders-back = 返回清单
holders-add = 添加公司
holders-add-save = 添加公司
holders-added = 已添加“{ $name }”。
holders-added-open = 打开
holders-list-title = 共 { $count } 家公司
holders-search = 搜索
holders-search-placeholder = 中文或英文名称
holders-no-match = 没有与“{ $query }”匹配的公司。
holders-empty-title = 添加您使用的 App
holders-empty-body = 先从您最担心的开始：扫描过您人脸的 App、有您地址的网店、您的运营商。每一家都可以记录您的账号，并发送依法提出的请求。
holders-col-name = 名称
holders-col-jurisdiction = 适用法律
holders-col-kind = 类型
holders-col-accounts = 账号
holders-col-open-requests = 进行中的请求
holders-badge-biometric = 生物识别
holders-badge-biometric-title = 持有您的人脸、指纹等生物识别信息
holders-badge-sensitive = 敏感信息
holders-badge-sensitive-title = 持有敏感个人信息（《个人信息保护法》第二十八条）
holders-form-add-title = 添加公司
holders-form-edit-title = 编辑公司
holders-field-name = 名称
holders-field-name-hint = 英文或拼音品牌名，例如 Meituan。
holders-field-name-zh = 中文名称
holders-field-name-zh-hint = 例如：美团
holders-field-operator = 运营主体
holders-field-operator-hint = 隐私政策中写明的运营公司，例如：北京三快在线科技有限公司。
holders-field-jurisdiction = 适用法律
holders-field-kind = 类型
holders-field-email = 个人信息保护邮箱
holders-field-email-hint = 隐私政策中受理个人信息请求的邮箱。
holders-field-phone = 电话
holders-field-address = 邮寄地址
holders-field-webform = 在线申请表单
holders-field-policy = 隐私政策
holders-field-notes = 备注
holders-jurisdiction-cn = 中国大陆（个人信息保护法）
holders-jurisdiction-eu = 欧盟（GDPR）
holders-jurisdiction-uk = 英国（UK GDPR）
holders-jurisdiction-us-ca = 美国加州（CCPA）
holders-jurisdiction-other = 其他
holders-kind-app = App 或网站
holders-kind-ecommerce = 网店 / 电商平台
holders-kind-telecom = 运营商或宽带
holders-kind-bank = 银行或保险机构
holders-kind-payment = 支付或征信机构
holders-kind-property = 物业
holders-kind-other = 其他
holders-contacts-title = 联系方式
holders-contacts-empty = 还没有联系方式。请从隐私政策中找到个人信息保护邮箱或申请表单并填写，让您的信送到负责的人手中。
holders-new-request = 新建请求
holders-delete-title = 删除“{ $name }”？
holders-delete-body = 这家公司及您在那里的账号将从数据权利助手中移除，且无法恢复。（已有请求的公司不能删除：其记录是证据。）
holders-accounts-title = 您的账号
holders-accounts-empty = 还没有账号。请添加您在那里使用的手机号、邮箱或用户名，让信中能准确说明哪些数据属于您。
holders-account-add = 添加账号
holders-account-add-title = 添加账号
holders-account-identifiers = 对方如何识别您
holders-account-identifiers-hint = 该账号注册时使用的手机号、邮箱或用户名，请按注册时原样填写。
holders-account-identifier-kind = 类型
holders-account-identifier-value = 内容
holders-account-identifier-add = 再添加一项
holders-account-identifier-remove = 移除第 { $n } 项
holders-account-no-identifier = 无账号标识
holders-account-categories = 对方掌握哪些数据
holders-account-sensitive-hint = 带标记的是《个人信息保护法》第二十八条规定的敏感个人信息：处理需取得您的单独同意，并受更严格的保护。
holders-account-sensitive-group = 敏感个人信息
holders-account-other-group = 其他个人信息
holders-account-save = 添加账号
holders-account-delete-title = 删除这个账号？
holders-account-delete-body = 该账号将从数据权利助手中移除。已提出的请求会保留。
holders-account-delete-label = 删除账号 { $id }
holders-identifier-phone = 手机号
holders-identifier-email = 邮箱
holders-identifier-username = 用户名
holders-identifier-other = 其他
holders-category-biometrics = 人脸、指纹或声纹
holders-category-id-document = 身份证或护照
holders-category-financial-account = 银行或支付账户
holders-category-location-track = 行踪轨迹
holders-category-health = 医疗健康
holders-category-minor-under-14 = 不满十四周岁未成年人
holders-category-contact-details = 联系方式
holders-category-contacts-list = 通讯录
holders-category-photos = 照片
holders-category-browsing-usage = 浏览和使用记录
holders-category-purchase-history = 购买记录
holders-category-device-ids = 设备标识
holders-category-other = 其他
holders-requests-title = 请求
holders-requests-empty-title = 还没有向这家公司提出请求
holders-requests-empty-body = 起草一封信，要求对方删除您的个人信息、注销账号或告知其持有哪些数据。数据权利助手会引用相关法律并跟踪对方的答复期限。

## 请求

request-title = 请求
request-heading = { $kind } — { $name }
request-new-title = 新建请求
request-new-intro = 写给“{ $name }”的信。本软件不会替您发送：请您自己发出，然后记录发出日期。
request-new-choices = 选择
request-step-kind = 您想要什么？
request-step-jurisdiction = 适用哪国法律？
request-step-language = 信件语言
request-step-preview = 检查信件
request-jurisdiction-proposed = 根据公司信息建议：{ $jurisdiction }。
request-jurisdiction-unknown = 公司信息中未注明；请选择该公司向您提供服务所在地的法律。
request-reason = 投诉原因
request-reason-no-response = 期限届满仍未答复
request-reason-refused = 请求被拒绝
request-reason-repeated-consent-prompts = 反复弹窗要求同意
request-reason-service-refused = 不同意就不提供服务
request-reason-forced-biometrics = 强制刷脸作为唯一方式
request-reason-cancellation-blocked = 无法注销账号
request-kind-deletion = 删除我的个人信息
request-kind-deletion-hint = 要求对方删除其持有的您的个人信息。
request-kind-consent-withdrawal = 撤回同意
request-kind-consent-withdrawal-hint = 停止您曾同意的处理，例如营销或个性化推荐。
request-kind-account-cancellation = 注销账号
request-kind-account-cancellation-hint = 注销账号并删除其中的数据。
request-kind-access = 查阅、复制
request-kind-access-hint = 要求对方提供您的个人信息副本及处理情况。
request-kind-correction = 更正、补充
request-kind-correction-hint = 更正不准确或不完整的个人信息。
request-kind-biometric-objection = 拒绝人脸识别
request-kind-biometric-objection-hint = 拒绝以人脸识别作为唯一验证方式，并要求删除人脸信息。
request-kind-opt-out = 不得出售或共享我的信息（加州）
request-kind-opt-out-hint = 要求加州企业停止出售或共享您的个人信息（“Do Not Sell or Share My Personal Information”）。
request-kind-limit-sensitive = 限制使用我的敏感信息（加州）
request-kind-limit-sensitive-hint = 要求加州企业仅在提供您所要求的服务所必需的范围内使用您的敏感个人信息（如人脸、健康、精确位置）。
request-ground = 为什么应当删除？
request-ground-none = 请选择理由（建议选择）
request-ground-purpose-achieved = 对方收集信息的目的已经实现，不再需要
request-ground-service-ended = 对方已停止提供我使用的服务
request-ground-retention-expired = 对方说明的保存期限已经届满
request-ground-consent-withdrawn = 我撤回同意（不再同意对方使用）
request-ground-unlawful = 对方违法或违反约定使用我的信息
request-ground-hint = 信函会写明这一理由，并引用法律中对应的情形；不选择的，信函引用全部情形。
request-correction = 哪里不对，应当改成什么？
request-correction-hint = 例如：“手机号登记为138 0013 8001，应为138 0013 8000。”信函按您写的原样引用。
request-kind-reminder = 催告
request-kind-reminder-hint = 期限已过：提醒对方此前的请求和法律规定。
request-kind-complaint = 向监管部门投诉
request-kind-complaint-hint = 向主管部门举报该公司。
request-status-draft = 草稿
request-status-sent = 已发出
request-status-acknowledged = 已确认收到
request-status-extended = 已延期
request-status-answered = 已答复
request-status-fulfilled = 已办结
request-status-refused = 被拒绝
request-status-overdue = 已超期
request-status-escalated = 已投诉
request-status-closed = 已关闭
request-col-kind = 请求
request-col-status = 状态
request-col-letter-date = 落款日期
request-col-sent-on = 发出日期
request-letter = 信件
request-letter-to = 致：{ $recipient }
request-letter-subject = 标题
request-letter-body = 正文
request-letter-dated = 落款日期 { $date }
request-letter-copy = 复制信件
request-letter-copied = 信件已复制到剪贴板。
request-letter-mail = 用邮件打开
request-sent-on = { $date } 发出
request-legal-basis = 法律依据
request-citations-none = 这封信未引用法律条文（没有已知适用的法律），但仍会礼貌地提出请求并给出期限。
request-citation-text = 条文原文
request-citation-source = 来源：{ $source }
request-confidence-title = 条文文字的核对程度
request-legal-binding = 现行有效法律
request-legal-judicial-interpretation = 司法解释
request-legal-reference = 仅供参考
request-legal-standard = 推荐性标准
request-legal-draft = 草案，尚未生效
request-confidence-verified = 已核对原文
request-confidence-verified-repro = 已核对转载文本
request-confidence-unverified = 未核对
request-deadline = 期限
request-due = 截止：
request-due-if-sent-today = 如今天发出，截止：
request-rule-sources = 依据：{ $sources }
request-extended = 期限已延长
request-acknowledge-by = 对方须在 { $date } 前确认收到。
request-channels = 发送渠道
request-channel-addressed = 信函寄往此处
request-create = 创建请求
request-create-hint = 请求将保存为草稿。请您自行发出（邮件、在线表单、邮寄），再标记为已发出：期限从发出当天起算。
request-follow-up-reminder = 发送催告
request-follow-up-complaint = 向监管部门投诉
request-send-title = 标记为已发出
request-send-hint = 这封信何时、以何种方式发出？答复期限从这一天起算。
request-send-date = 发出日期
request-send-channel = 发送方式
request-send-tracking = 快递单号
request-send-receipt-online = 期限自对方收到之日起算：电子邮件、网页表单或应用内消息以发送当日为收到之日。
request-send-receipt-paper = 期限自对方收到之日起算：邮寄或当面递交以送达之日为准。得知送达日期后（查询物流记录或签收），请以该日期记录“对方确认收到”；在此之前按发送日期计算。
request-send-signed-by = 签收人姓名
request-send-save = 标记为已发出
request-channel-email = 电子邮件
request-channel-webform = 在线表单
request-channel-post = 邮寄
request-channel-hand = 当面递交
request-channel-in-app = App 内提交
request-channel-other = 其他
request-log-title = 有什么进展？
request-log-hint = 记录每一次答复，并附上截图或保存的邮件。记录之后不能修改：它们就是您的证据。
request-log-kind = 事项
request-log-date = 日期
request-log-text = 详情
request-log-files = 附件
request-log-attach = 添加文件…
request-log-attach-title = 选择证据文件
request-log-file-remove = 移除 { $file }
request-log-save = 记录
request-timeline = 历史记录
request-event-recorded = 记录于 { $stamp } · #{ $hash }
request-digest = 记录链摘要：{ $digest }
request-digest-title = 整个记录（所发函件、收件方、每个事件和附件、已保存页面）的指纹：任何事后改动都会改变它。
request-not-intact = 此记录与“数据权利助手”封存的内容不再一致（{ $count } 处问题）：它在应用之外被改动过。请运行“核验”查看详情。
request-event-created = 创建草稿
request-event-sent = 已发出
request-event-acknowledged = 对方确认收到
request-event-reply-received = 收到答复
request-event-extension-notified = 对方通知延期
request-event-fulfilled = 已办结
request-event-refused = 被拒绝
request-event-reminder = 已催告
request-event-escalated = 已投诉
request-event-note = 备注
request-event-closed = 已关闭
request-event-reply-received-action = 记录答复
request-event-fulfilled-action = 已办结
request-event-refused-action = 被拒绝
request-event-extension-notified-action = 延期通知
request-event-note-action = 添加备注

## 期限

deadline-none = 此请求不适用期限。
deadline-due-in = { $unit ->
    [cn-working-days] 还剩 { $days } 个工作日
    [us-business-days] 还剩 { $days } 个工作日（美国）
   *[other] 还剩 { $days } 天
}
deadline-due-today = 今天到期
deadline-overdue = { $unit ->
    [cn-working-days] { $days ->
        [0] 已超期（尚不足一个工作日）
       *[other] 已超期 { $days } 个工作日
    }
    [us-business-days] { $days ->
        [0] 已超期（尚不足一个工作日）
       *[other] 已超期 { $days } 个工作日（美国）
    }
   *[other] 已超期 { $days } 天
}
deadline-stopped = 已于 { $date } 答复
deadline-not-sent = 尚未发出：发出后开始计算期限。
deadline-immediate = 应立即处理
deadline-promptly = 应当及时处理：法律未规定具体天数；对方收到后已过 { $days } 日
deadline-past-provisional = 已过暂定期限（{ $year } 年放假安排尚未发布）；最晚不超过 { $latest }，过后即为逾期
deadline-due-on = { $date }
deadline-due-immediately = 立即
deadline-due-promptly = 及时（法律未规定具体天数）
deadline-due-provisional = 暂定 { $date }（{ $year } 年放假安排尚未发布；最晚不超过 { $latest }）

## 设置

settings-title = 设置
settings-language = 语言
settings-data = 您的数据
settings-data-hint = 所有数据都保存在这台电脑上的一个文件夹中。请像对待其他重要文件一样备份它。
settings-data-dir = 数据文件夹
settings-version = 版本
settings-schema = 数据库版本

## Directory and imports

directory-confirm-before-sending = 未经确认：发送前请对照该公司的隐私政策核实此联系方式。
directory-source = 来源：{ $source }（{ $date }）
directory-licences-title = 数据集及其许可
import-nothing-written = 确认之前不会保存任何内容。
import-unresolved = 未能识别：请选择对应的公司，或不导入此项。
import-already-in-inventory = 已在您的清单中

## 新建请求向导：用大白话描述情况、选择写入信中的账号信息

request-step-situation = 您遇到了什么情况？
request-situation-delete-data = 我想让他们删除我的个人信息
request-situation-delete-data-hint = 要求公司删除其保存的您的个人信息。
request-situation-close-account = 我想注销账号
request-situation-close-account-hint = 注销账号，并删除账号中的个人信息。
request-situation-copy-of-data = 我想查阅、复制我的个人信息
request-situation-copy-of-data-hint = 了解对方保存了您哪些信息、用来做什么，并要一份副本。
request-situation-withdraw-consent = 我想撤回同意
request-situation-withdraw-consent-hint = 不再允许您曾经同意的处理，例如营销短信或个性化推荐。
request-situation-face-recognition = 应用或物业强制我刷脸
request-situation-face-recognition-hint = 除了刷脸没有别的办法，例如不刷脸就进不了小区大门。
request-situation-repeated-prompts = 我已拒绝的权限，应用还反复索要
request-situation-repeated-prompts-hint = 您拒绝后仍不断弹窗，或妨碍您正常使用。这是向监管部门的投诉。
request-situation-service-refused = 不提供不必要的信息，应用就不让用
request-situation-service-refused-hint = 只有同意收集与服务无关的信息才能使用。这是向监管部门的投诉。
request-situation-cannot-cancel = 我注销不了账号
request-situation-cannot-cancel-hint = 没有可用的注销方式，或设置了不合理的条件。这是向监管部门的投诉。
request-situation-other = 其他情况
request-situation-other-hint = 在下方自己选择请求类型。
request-situation-paper-hint = 这封信需要打印出来，当面递交或邮寄：物业一般不通过电子邮件受理此类请求。当面递交时请对方签收，邮寄时请保留挂号信或快递凭证。
request-complaint-first-hint = 这是写给监管部门的投诉，而不是写给公司的信。如果您已经书面向公司提出过请求，请改从那条请求发起投诉，信中才会写明日期和经过。创建后，可以先在请求页面修改草稿再发送。
request-step-identifiers = 信中写入哪些账号信息？
request-identifiers-hint = 这些信息帮助公司找到您的数据。不想提供的可以取消勾选。
request-identifiers-none = 还没有记录您在这家公司的手机号、邮箱或用户名，信中无法说明哪个账号是您的。
request-identifiers-add-account = 到公司页面添加账号
request-identifiers-empty = 一项都不勾选，公司可能找不到您的数据，并可能要求您证明身份。

## Desktop experience: calendar, reminders, inventory filters (UI side)

nav-calendar = 日历
calendar-title = 日历
calendar-intro = 按月查看仍在等待答复的请求的答复期限。
calendar-month-title = { $year }年{ $month }月
calendar-prev = 上个月
calendar-next = 下个月
calendar-today = 今天
calendar-weekday-1 = 周一
calendar-weekday-2 = 周二
calendar-weekday-3 = 周三
calendar-weekday-4 = 周四
calendar-weekday-5 = 周五
calendar-weekday-6 = 周六
calendar-weekday-7 = 周日
calendar-item-due = 答复截止
calendar-item-acknowledge = 确认收到截止
calendar-item-due-provisional = 答复期限（暂定）
calendar-mark-rest = 休
calendar-mark-work = 班
calendar-mark-rest-title = 放假（休）
calendar-mark-work-title = 调休上班（班）
calendar-mark-rest-provisional = 法定节假日（暂定年份：放假安排尚未发布）
calendar-mark-work-provisional = 调休上班（暂定）
calendar-years-title = 各年份工作日的依据
calendar-years-official = { $years } 年：官方（国务院办公厅节假日安排通知）
calendar-years-imported = { $years } 年：由您导入的通知 { $source }
calendar-years-provisional = { $years } 年：暂定——放假安排尚未发布，仅按法定节假日和周末计算，相关日期标为“暂定”
calendar-item-overdue = 已超期
calendar-empty-month = 本月没有到期的请求。
calendar-undated = 有 { $count } 个进行中的请求没有具体日期：法律要求立即处理，或要求及时处理但未规定天数。
calendar-notice-open = 导入放假安排通知
calendar-notice-title = 导入国务院办公厅节假日安排通知
calendar-notice-intro = 国务院办公厅公布下一年度节假日安排（国务院办公厅关于…年部分节假日安排的通知）后，请粘贴中国政府网或新华社刊发的通知原文，或选择 holiday-cn 格式的 JSON 文件。保存前会先显示该年的休、班日期供您核对；保存后，所有未结请求的期限按其重新计算。
calendar-notice-text-label = 通知原文
calendar-notice-text-placeholder = 一、元旦：1月1日（周五）放假，共1天。二、春节：…
calendar-notice-file-label = 或选择文件（文本或 holiday-cn JSON）
calendar-notice-file-read = 已读取 { $name }
calendar-notice-file-too-large = { $name } 超过 1 MB，不像是放假通知；未读取任何内容。
calendar-notice-source-label = 发布网址（可选）
calendar-notice-read = 读取通知
calendar-notice-preview-title = 读取到的 { $year } 年安排：请对照通知核对
calendar-notice-counts = 放假 { $rest } 天（休），调休上班 { $work } 天（班）
calendar-notice-section = { $names }：{ $from } 至 { $until } 放假；调休上班 { $work }（第 { $line } 行）
calendar-notice-replaces = 您此前已导入该年度：确认后将替换原导入。
calendar-notice-would-move = 将受影响的未结期限
calendar-notice-confirm = 保存为 { $year } 年日历
calendar-notice-confirm-hint = 保存为“用户导入”，并记录来源。安装该年度的官方日历数据包后，将以官方数据为准。
calendar-notice-stored = { $year } 年日历已保存（用户导入）。所有未结请求的期限已按其重新计算。
calendar-notice-moved = 已变动的期限
calendar-notice-moved-none = 没有未结期限发生变动。
reminders-due-tomorrow-title = 明天有 { $count } 个请求到期
reminders-due-today-title = 今天有 { $count } 个请求到期
reminders-overdue-title = 有 { $count } 个请求已超过答复期限
reminders-item = { $name }（{ $kind }）
reminders-more = 另外 { $count } 个
holders-filter-label = 筛选
holders-filter-kind = 类型
holders-filter-kind-all = 全部类型
holders-filter-category = 持有的数据
holders-filter-category-all = 全部数据
holders-filter-sensitive = 持有敏感个人信息
holders-filter-requests = 请求
holders-filter-requests-any = 全部
holders-filter-requests-open = 有进行中的请求
holders-filter-requests-overdue = 有已超期的请求
holders-filter-requests-none = 尚未提出请求
holders-filter-clear = 清除筛选
holders-filter-no-match = 没有符合筛选条件的公司。
holders-filter-shown = 显示 { $shown } 家，共 { $total } 家
settings-reminders = 提醒
settings-reminders-hint = 数据权利助手会在启动时以及运行期间每半小时检查一次期限，并通过桌面通知提醒您。
settings-reminders-enabled = 显示桌面提醒
settings-reminders-kinds = 在以下情况提醒我
settings-reminders-due-tomorrow = 答复期限是明天
settings-reminders-due-today = 答复期限是今天
settings-reminders-overdue = 公司已超过答复期限（每天提醒一次）
settings-reminders-last-check = 上次检查：{ $when }。
settings-reminders-never = 尚未检查。
settings-packs-title = 数据更新（法律、日历、企业名录）
settings-packs-hint = 数据权利助手可以安装经签名的数据更新，例如国务院公布次年节假日安排后的官方日历。它只在您指定的位置（网址或文件夹）查找，且仅在开启后查找；否则不联系任何地址。每个数据包在使用前都会核验发布者签名。
settings-packs-enabled = 在此位置查找经签名的数据更新
settings-packs-location = 网址或文件夹
settings-packs-save = 保存
settings-packs-check = 立即检查
settings-packs-saved-on = 已保存。点击“立即检查”查找更新。
settings-packs-saved-off = 已保存。检查已关闭：不会联系任何地址。
settings-packs-off = 检查已关闭（默认）：数据权利助手不联系任何地址。
settings-packs-last = 上次检查：{ $date }：{ $result }
settings-packs-none = 该位置没有数据包。
settings-packs-installed = 已安装{ $kind }数据第 { $version } 版，下次启动时生效。官方日历年度将取代您导入的年度。
settings-packs-up-to-date = { $kind }数据已是最新（第 { $version } 版）。
