# 显示给用户的错误信息。消息 id 为 `error-` 加核心库的 ErrorCode。

error-not-found = 该项目已不存在。请刷新列表后重试。
error-invalid-input = 您输入的部分内容无法使用：{ $detail }
error-invalid-date = 这不是有效日期。请使用 YYYY-MM-DD 格式，例如 2026-03-09。
error-store-corrupt = 数据权利助手的数据库已损坏，未做任何更改。请在“设置”中恢复最近的备份。
error-store-not-a-database = 所选文件不是数据权利助手的数据库（或已加密），未做任何更改。
error-store-newer-schema = 该数据库由更新版本的数据权利助手保存。请升级后再打开。
error-store-read-only = 数据权利助手无法写入数据文件夹。请确认该文件夹存在且有写入权限。
error-store-disk-full = 磁盘已满，未保存任何内容。请释放空间后重试。
error-store-busy = 数据库正被其他程序使用。请关闭其他数据权利助手窗口后重试。
error-store-io = 数据权利助手无法读写数据：{ $detail }
error-append-only = 请求的记录一经保存便不能更改。您可以添加一条备注。
error-holder-in-use = 该公司已有请求记录。这些记录是证据，因此不能删除该公司；请改为关闭相关请求。
error-attachment-unreadable = 无法读取所附文件。请确认文件仍然存在后重试。
error-attachment-too-large = 所附文件过大（上限为 50 MB）。
error-calendar-unknown = { $year } 年的官方节假日安排尚未收录，因此无法按工作日计算期限。
error-not-sent = 请先将该请求标记为已发送。
error-already-sent = 该请求已标记为已发送。
error-citation-refused = 该信函将引用在其日期并不生效的法律条文，因此未予生成。
error-pdf = 无法生成 PDF：{ $detail }
error-import = 无法导入该文件：{ $detail }
error-fetch = 无法获取该网页：{ $detail }
error-internal = 数据权利助手内部出错：{ $detail }
