<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>ChainCard chains (*.chaincard);;All files (*)</source>
        <translation>ChainCard 连锁店文件 (*.chaincard);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Only the chain owner may %1; %2 is a %3.</source>
        <translation>只有连锁店老板可以%1；%2的角色是%3。</translation>
    </message>
    <message>
        <source>A cashier may not %1; ask a branch manager or the owner.</source>
        <translation>收银员不能%1，请联系店长或老板。</translation>
    </message>
    <message>
        <source>%1 may not %2 for another branch; their scope is their own branch.</source>
        <translation>%1不能为其他门店%2，其权限仅限本门店。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>%1 is the last active owner; make another account an owner first.</source>
        <translation>%1是最后一个有效的老板账号；请先将另一个账号设为老板。</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; must be 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>用户名“%1”须为 2 到 64 个字母、数字或“.”、“_”、“-”、“@”。</translation>
    </message>
    <message>
        <source>A %1 belongs to one branch; choose an existing branch.</source>
        <translation>%1只属于一个门店，请选择已有的门店。</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>The username or password is wrong, or the account is disabled.</source>
        <translation>用户名或密码错误，或账号已停用。</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>不存在 ID 为 %1 的用户。</translation>
    </message>
    <message>
        <source>disable or enable accounts</source>
        <translation>停用或启用账号</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>You cannot take the owner role from yourself.</source>
        <translation>不能取消自己的老板角色。</translation>
    </message>
    <message>
        <source>reset other people&apos;s passwords</source>
        <translation>重置他人密码</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>查看账号列表</translation>
    </message>
    <message>
        <source>Branch %1 is deactivated; ask the owner to move your account to another branch.</source>
        <translation>门店 %1 已停用；请老板将你的账号调到其他门店。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: no file can be created in the folder %2 (%3).</source>
        <translation>无法备份到 %1：无法在文件夹 %2 中创建文件（%3）。</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the folder %2 does not exist.</source>
        <translation>无法备份到 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot back up to %1: it is a folder, not a file.</source>
        <translation>无法备份到 %1：这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot back up to %1: that is the chain database itself. Choose another file.</source>
        <translation>无法备份到 %1：这就是连锁店数据库本身。请选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file already exists. Choose another name or allow overwriting it.</source>
        <translation>无法备份到 %1：文件已存在。请换一个文件名，或允许覆盖该文件。</translation>
    </message>
    <message>
        <source>the copy has schema version %1 instead of %2.</source>
        <translation>副本的数据库结构版本为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check of the copy says: %1</source>
        <translation>SQLite 对副本的快速检查结果：%1</translation>
    </message>
    <message>
        <source>back up the chain database</source>
        <translation>备份连锁店数据库</translation>
    </message>
    <message>
        <source>Give the file to back up to.</source>
        <translation>请指定备份文件。</translation>
    </message>
    <message>
        <source>A backup cannot be taken inside a transaction; finish it first.</source>
        <translation>不能在事务进行中备份，请先完成事务。</translation>
    </message>
    <message>
        <source>Backing up to %1 failed, nothing was written: %2</source>
        <translation>备份到 %1 失败，未写入任何内容：%2</translation>
    </message>
    <message>
        <source>The backup written for %1 did not pass its check and was discarded: %2</source>
        <translation>为 %1 写入的备份未通过检查，已丢弃：%2</translation>
    </message>
    <message>
        <source>The backup for %1 could not be flushed to disk, nothing was written: %2</source>
        <translation>%1 的备份无法写入磁盘，未写入任何内容：%2</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file appeared while the backup was being made. Choose another name or allow overwriting it.</source>
        <translation>无法备份到 %1：备份过程中该文件被创建。请换一个文件名，或允许覆盖该文件。</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1, nothing was written: %2</source>
        <translation>无法将备份放到 %1，未写入任何内容：%2</translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <source>A branch with code %1 exists already.</source>
        <translation>门店编号 %1 已存在。</translation>
    </message>
    <message>
        <source>Branch code &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>门店编号“%1”须为 1 到 16 个字母、数字或“-”、“_”。</translation>
    </message>
    <message>
        <source>Branch %1 needs a name.</source>
        <translation>门店 %1 需要名称。</translation>
    </message>
    <message>
        <source>Latitude %1 of branch %2 is outside -90 to 90.</source>
        <translation>门店 %2 的纬度 %1 超出 -90 到 90 的范围。</translation>
    </message>
    <message>
        <source>Longitude %1 of branch %2 is outside -180 to 180.</source>
        <translation>门店 %2 的经度 %1 超出 -180 到 180 的范围。</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; of branch %2 is not known.</source>
        <translation>门店 %2 的时区“%1”无法识别。</translation>
    </message>
    <message>
        <source>add branches</source>
        <translation>添加门店</translation>
    </message>
    <message>
        <source>edit branches</source>
        <translation>编辑门店</translation>
    </message>
    <message>
        <source>deactivate branches</source>
        <translation>停用门店</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>不存在 ID 为 %1 的门店。</translation>
    </message>
    <message>
        <source>There is no branch with code or name &quot;%1&quot;.</source>
        <translation>没有编号或名称为“%1”的门店。</translation>
    </message>
    <message>
        <source>More than one branch is named &quot;%1&quot;; use its code.</source>
        <translation>有多个门店名为“%1”，请使用门店编号。</translation>
    </message>
</context>
<context>
    <name>Broadcasts</name>
    <message>
        <source>The quiet hours setting is not a time.</source>
        <translation>免打扰时段设置不是有效时间。</translation>
    </message>
    <message>
        <source>change the broadcast settings</source>
        <translation>更改群发设置</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end time.</source>
        <translation>免打扰时段需要开始时间和结束时间。</translation>
    </message>
    <message>
        <source>A cashier may not send broadcasts.</source>
        <translation>收银员不能发送群发消息。</translation>
    </message>
    <message>
        <source>The owner has not allowed branch managers to send broadcasts.</source>
        <translation>老板尚未允许门店经理发送群发消息。</translation>
    </message>
    <message>
        <source>send a broadcast to this branch</source>
        <translation>向此门店发送群发消息</translation>
    </message>
    <message>
        <source>A broadcast needs a title.</source>
        <translation>群发消息需要标题。</translation>
    </message>
    <message>
        <source>A broadcast needs a message.</source>
        <translation>群发消息需要正文。</translation>
    </message>
    <message>
        <source>Lapsed days cannot be negative.</source>
        <translation>未到店天数不能为负数。</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>不存在 ID 为 %1 的门店。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>不存在优惠券 %1。</translation>
    </message>
    <message>
        <source>see broadcasts</source>
        <translation>查看群发消息</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>不存在群发消息 %1。</translation>
    </message>
    <message>
        <source>Cannot write the SMS file %1: %2</source>
        <translation>无法写入短信文件 %1：%2</translation>
    </message>
    <message>
        <source>The webhook did not answer within %1 ms.</source>
        <translation>Webhook 在 %1 毫秒内没有应答。</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>Webhook 返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>cancel broadcasts</source>
        <translation>取消群发消息</translation>
    </message>
    <message>
        <source>A branch manager may cancel only their own broadcasts.</source>
        <translation>店长只能取消自己发出的群发消息。</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2: only a queued or sending broadcast can be cancelled.</source>
        <translation>群发消息 %1 的状态为 %2：只有排队中或发送中的群发消息可以取消。</translation>
    </message>
    <message>
        <source>Recent days cannot be negative.</source>
        <translation>最近到店天数不能为负数。</translation>
    </message>
    <message>
        <source>To reach people near a branch, choose the branch and a distance above zero.</source>
        <translation>要发给某门店附近的顾客，请选择门店并填写大于零的距离。</translation>
    </message>
    <message>
        <source>Branch %1 has no coordinates, so nobody can be found near it; add its latitude and longitude on the Branches page.</source>
        <translation>门店 %1 没有坐标，无法查找其附近的顾客；请在门店页面填写其纬度和经度。</translation>
    </message>
    <message>
        <source>The message has a place for a coupon code, {coupon_code}, but no coupon is attached; attach one or take the placeholder out.</source>
        <translation>消息里留有优惠码的位置 {coupon_code}，但没有附上优惠券；请附上一张，或删去这个占位符。</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>The chain needs a name.</source>
        <translation>连锁店需要名称。</translation>
    </message>
    <message>
        <source>Currency &quot;%1&quot; is not a three-letter ISO 4217 code such as CNY.</source>
        <translation>货币“%1”不是三个字母的 ISO 4217 代码（如 CNY）。</translation>
    </message>
    <message>
        <source>Phone region &quot;%1&quot; is not a two-letter country code such as CN.</source>
        <translation>手机号地区“%1”不是两个字母的国家/地区代码（如 CN）。</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not known; use an IANA name such as Asia/Shanghai.</source>
        <translation>时区“%1”无法识别，请使用 IANA 名称，如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Reviews must be allowed for 1 to 365 days after a visit.</source>
        <translation>评价期限须为消费后 1 到 365 天。</translation>
    </message>
    <message>
        <source>This database holds no chain yet; run init first.</source>
        <translation>此数据库中还没有连锁店，请先运行 init。</translation>
    </message>
    <message>
        <source>This database already holds the chain &quot;%1&quot;.</source>
        <translation>此数据库中已有连锁店“%1”。</translation>
    </message>
    <message>
        <source>change the chain&apos;s settings</source>
        <translation>更改连锁店设置</translation>
    </message>
    <message>
        <source>The stored spending order &quot;%1&quot; is not one ChainCard knows.</source>
        <translation>保存的消费顺序“%1”不是 ChainCard 认识的。</translation>
    </message>
    <message>
        <source>The stored top-up refund rule &quot;%1&quot; is not one ChainCard knows.</source>
        <translation>保存的充值退款规则“%1”不是 ChainCard 认识的。</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The unique receipt index (one receipt number per branch) and the triggers that keep the ledger and the audit log append-only are in place.</source>
        <translation>唯一小票索引（每个门店的小票号不重复）以及保证流水和审计日志只能追加的触发器均已就位。</translation>
    </message>
    <message>
        <source>Everyone with ledger entries has a wallet row (ids: people).</source>
        <translation>所有有流水记录的人都有钱包记录（ID：顾客）。</translation>
    </message>
    <message>
        <source>A person has a membership start exactly when they have a top-up in the ledger (ids: people).</source>
        <translation>当且仅当流水中有充值记录时，该顾客才有入会日期（ID：顾客）。</translation>
    </message>
    <message>
        <source>Every reversal negates exactly one earlier entry of the same person and branch that is not itself a reversal, and only reversals name an entry they reverse (ids: wallet entries).</source>
        <translation>每条冲正都恰好抵消同一顾客、同一门店的一条更早的非冲正流水，且只有冲正才会指明所冲正的流水（ID：钱包流水）。</translation>
    </message>
    <message>
        <source>Every coupon claim&apos;s person and coupon exist (ids: claims).</source>
        <translation>每条领券记录的顾客和优惠券均存在（ID：领券记录）。</translation>
    </message>
    <message>
        <source>Every redemption has its claim (ids: redemptions).</source>
        <translation>每条核销都有对应的领券记录（ID：核销记录）。</translation>
    </message>
    <message>
        <source>Every redemption happened after its claim, before the claim expired and within the coupon&apos;s validity dates (ids: redemptions).</source>
        <translation>每次核销都发生在领取之后、领券过期之前，且在优惠券有效期内（ID：核销记录）。</translation>
    </message>
    <message>
        <source>Every redemption happened at a branch in its coupon&apos;s scope, and at the branch of the bill it was used on (ids: redemptions).</source>
        <translation>每次核销都发生在优惠券适用的门店，且与所用账单的门店一致（ID：核销记录）。</translation>
    </message>
    <message>
        <source>Every review is of a sale and was written by the person of that bill, for its branch (ids: reviews).</source>
        <translation>每条评价都针对一笔消费，且由该账单的付款人针对该门店填写（ID：评价）。</translation>
    </message>
    <message>
        <source>Every review was written after its visit and within the chain&apos;s review window (ids: reviews).</source>
        <translation>每条评价都写于消费之后，且在连锁店规定的评价期限内（ID：评价）。</translation>
    </message>
    <message>
        <source>Every refund that names its bill names a sale at the same branch (ids: refund visits).</source>
        <translation>每笔指明原账单的退款，其原账单都是同一门店的消费（ID：退款记录）。</translation>
    </message>
    <message>
        <source>The refunds of a sale (voided ones aside) never add up to more than the sale (ids: sale visits).</source>
        <translation>一笔消费的退款总额（已作废的除外）从不超过该笔消费金额（ID：消费记录）。</translation>
    </message>
    <message>
        <source>The audit log has no holes: no entry was deleted from its middle (ids: the first entry after each hole).</source>
        <translation>审计日志没有缺口：中间没有记录被删除（ID：每个缺口后的第一条记录）。</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check finds every page of the file sound.</source>
        <translation>SQLite 快速检查确认文件的每一页均完好。</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check finds every page and index of the file sound.</source>
        <translation>SQLite 完整性检查确认文件的每一页和每个索引均完好。</translation>
    </message>
    <message>
        <source>The file carries ChainCard&apos;s application id and schema version %1.</source>
        <translation>文件带有 ChainCard 的应用 ID 和数据库结构版本 %1。</translation>
    </message>
    <message>
        <source>Every reference between rows points to a row that exists (examples: the column and the missing key).</source>
        <translation>行之间的每个引用都指向存在的行（示例：列名和缺失的键）。</translation>
    </message>
    <message>
        <source>check the chain database</source>
        <translation>检查连锁店数据库</translation>
    </message>
    <message>
        <source>The check cannot run inside a transaction; finish it first.</source>
        <translation>不能在事务进行中运行检查，请先完成事务。</translation>
    </message>
    <message>
        <source>%1 Failed: %2 offending.</source>
        <translation>%1 未通过：%2 条不符合。</translation>
    </message>
    <message>
        <source>%1 The check could not run: %2</source>
        <translation>%1 检查无法运行：%2</translation>
    </message>
    <message>
        <source>Every wallet&apos;s principal and bonus equal the sums of its ledger entries (ids: people).</source>
        <translation>每个钱包的本金和赠送金额都等于其流水之和（ID：顾客）。</translation>
    </message>
    <message>
        <source>Every wallet&apos;s topped-up total equals its top-ups net of reversed top-ups (ids: people).</source>
        <translation>每个钱包的累计充值额等于充值额减去已冲正的充值（ID：顾客）。</translation>
    </message>
    <message>
        <source>No wallet is negative, and no ledger ever took the principal or the bonus below zero at any entry (ids: people).</source>
        <translation>没有钱包余额为负，也没有任何流水在任何一条记录处使本金或赠送金额低于零（ID：顾客）。</translation>
    </message>
    <message>
        <source>No wallet and no ledger total is negative (ids: people; the full check also follows every ledger entry by entry).</source>
        <translation>没有钱包或流水合计为负（ID：顾客；完整检查还会逐条核对每条流水）。</translation>
    </message>
    <message>
        <source>The stored value outstanding kept per home branch (for the dashboard) equals the sum of the wallets of the people at home there (ids: branches; 0: people without one).</source>
        <translation>按归属门店保存的未用储值余额（供总览使用）等于归属该门店人员的钱包余额之和（ID：门店；0 表示没有归属门店的人员）。</translation>
    </message>
    <message>
        <source>The visit summary kept for broadcasts (home branch by the 12-month rule, branches visited, last visit) matches the visits, for everyone not waiting for its refresh (ids: people).</source>
        <translation>为群发保存的到店汇总（按 12 个月规则确定的归属门店、到访过的门店数、最近一次到店）与到店记录一致，等待刷新的人员除外（ID：人员）。</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Type a phone number, its last four digits or a member code.</source>
        <translation>请输入手机号、手机尾号四位或会员码。</translation>
    </message>
    <message>
        <source>serve at the counter</source>
        <translation>在收银台服务</translation>
    </message>
    <message>
        <source>Type the bill&apos;s amount, more than zero.</source>
        <translation>请输入账单金额，须大于零。</translation>
    </message>
    <message>
        <source>Coupon claim %1 belongs to someone else.</source>
        <translation>领券码 %1 属于其他人。</translation>
    </message>
    <message>
        <source>Coupon claim %1 (%2) cannot be used here today: it is redeemed, expired, retired or meant for other branches.</source>
        <translation>领券码 %1（%2）今天不能在此使用：已核销、已过期、已停用或仅限其他门店。</translation>
    </message>
    <message>
        <source>Coupon %1 needs a bill of at least %2; this bill is %3.</source>
        <translation>优惠券 %1 需要账单至少 %2；本单为 %3。</translation>
    </message>
    <message>
        <source>Choose the branch of the bill.</source>
        <translation>请选择账单所属门店。</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Find the person first.</source>
        <translation>请先找到顾客。</translation>
    </message>
    <message>
        <source>The balance is %1, not enough to pay %2.</source>
        <translation>余额为 %1，不足以支付 %2。</translation>
    </message>
    <message>
        <source>The coupon&apos;s discount changed while the bill was paid; try again.</source>
        <translation>付款期间优惠券的折扣发生了变化；请重试。</translation>
    </message>
    <message>
        <source>void sales</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <source>Say why the sale is voided: a reason is required.</source>
        <translation>请说明作废原因：原因为必填项。</translation>
    </message>
    <message>
        <source>refund top-ups</source>
        <translation>退还充值</translation>
    </message>
    <message>
        <source>Say why the top-up is refunded: a reason is required.</source>
        <translation>请说明退还充值的原因：原因为必填项。</translation>
    </message>
    <message>
        <source>Wallet entry %1 is not a top-up.</source>
        <translation>钱包记录 %1 不是充值。</translation>
    </message>
    <message>
        <source>refund sales</source>
        <translation>退款销售</translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Coupon retired</source>
        <translation>优惠券已停用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可使用</translation>
    </message>
    <message>
        <source>No unused claim code could be found.</source>
        <translation>找不到未使用的领券码。</translation>
    </message>
    <message>
        <source>A claim code has at most 64 characters; %1 has %2.</source>
        <translation>领券码最多 64 个字符；%1 有 %2 个字符。</translation>
    </message>
    <message>
        <source>Claim code %1 is already in use.</source>
        <translation>领券码 %1 已被使用。</translation>
    </message>
    <message>
        <source>The claim channel is longer than %1 characters.</source>
        <translation>领取渠道超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Say where the coupon is claimed: at a branch or through a channel.</source>
        <translation>请说明优惠券的领取方式：在门店领取或通过渠道领取。</translation>
    </message>
    <message>
        <source>hand out coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Give the phone of the person claiming.</source>
        <translation>请填写领取人的手机号。</translation>
    </message>
    <message>
        <source>Name the coupon to claim.</source>
        <translation>请指定要领取的优惠券。</translation>
    </message>
    <message>
        <source>Coupon %1 is retired and can no longer be claimed.</source>
        <translation>优惠券 %1 已停用，不能再领取。</translation>
    </message>
    <message>
        <source>Coupon %1 cannot be claimed before %2.</source>
        <translation>优惠券 %1 在 %2 之前不能领取。</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>优惠券 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Coupon %1 is not valid at branch %2.</source>
        <translation>优惠券 %1 不适用于门店 %2。</translation>
    </message>
    <message>
        <source>%1 has already claimed coupon %2 %3 time(s), its limit per person.</source>
        <translation>%1 已领取优惠券 %2 共 %3 次，已达每人限领次数。</translation>
    </message>
    <message>
        <source>All %1 of coupon %2 have been claimed.</source>
        <translation>优惠券 %2 的全部 %1 张已被领完。</translation>
    </message>
    <message>
        <source>Give the claim code to redeem.</source>
        <translation>请填写要核销的领券码。</translation>
    </message>
    <message>
        <source>Choose the branch where the coupon is used.</source>
        <translation>请选择使用优惠券的门店。</translation>
    </message>
    <message>
        <source>redeem coupons</source>
        <translation>核销优惠券</translation>
    </message>
    <message>
        <source>The bill amount must be zero or more and below any real bill&apos;s.</source>
        <translation>账单金额必须大于或等于零，且不能超过实际账单的上限。</translation>
    </message>
    <message>
        <source>Name the bill the coupon is used on: its receipt number.</source>
        <translation>请指定使用优惠券的账单：填写小票号。</translation>
    </message>
    <message>
        <source>No coupon claim has the code %1.</source>
        <translation>没有领券码为 %1 的领券记录。</translation>
    </message>
    <message>
        <source>Claim %1 was already redeemed at branch %2 on %3.</source>
        <translation>领券记录 %1 已于 %3 在门店 %2 核销。</translation>
    </message>
    <message>
        <source>Coupon %1 is retired; its claims can no longer be redeemed.</source>
        <translation>优惠券 %1 已停用，其领券记录不能再核销。</translation>
    </message>
    <message>
        <source>Claim %1 of coupon %2 expired on %3.</source>
        <translation>优惠券 %2 的领券记录 %1 已于 %3 过期。</translation>
    </message>
    <message>
        <source>Coupon %1 cannot be used before %2.</source>
        <translation>优惠券 %1 在 %2 之前不能使用。</translation>
    </message>
    <message>
        <source>Coupon %1 cannot be redeemed at branch %2; it belongs to other branches.</source>
        <translation>优惠券 %1 不能在门店 %2 核销，它属于其他门店。</translation>
    </message>
    <message>
        <source>Visit %1 is a bill of another branch than %2.</source>
        <translation>消费记录 %1 不是门店 %2 的账单。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is a refund; a coupon goes on a sale.</source>
        <translation>门店 %2 的小票 %1 是退款单；优惠券只能用于消费单。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 was voided.</source>
        <translation>门店 %2 的小票 %1 已作废。</translation>
    </message>
    <message>
        <source>Give the bill amount: no bill with receipt %1 is recorded at branch %2.</source>
        <translation>请填写账单金额：门店 %2 没有小票号为 %1 的账单记录。</translation>
    </message>
    <message>
        <source>Coupon %1 needs a bill of at least %2; this bill is %3.</source>
        <translation>优惠券 %1 要求账单满 %2；此账单为 %3。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 already had a coupon; one coupon per bill.</source>
        <translation>门店 %2 的小票 %1 已使用过优惠券；每张账单限用一张优惠券。</translation>
    </message>
    <message>
        <source>look up coupons</source>
        <translation>查询优惠券</translation>
    </message>
    <message>
        <source>Give the coupon a code.</source>
        <translation>请为优惠券设置编号。</translation>
    </message>
    <message>
        <source>Coupon code &quot;%1&quot; must be 1 to %2 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>优惠券编号“%1”须为 1 到 %2 个字母、数字或“-”、“_”。</translation>
    </message>
    <message>
        <source>Give coupon %1 a name.</source>
        <translation>请为优惠券 %1 设置名称。</translation>
    </message>
    <message>
        <source>The name of coupon %1 is longer than %2 characters.</source>
        <translation>优惠券 %1 的名称超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The amount off of coupon %1 must be more than zero.</source>
        <translation>优惠券 %1 的减免金额必须大于零。</translation>
    </message>
    <message>
        <source>The percentage off of coupon %1 must be between 1 and 100.</source>
        <translation>优惠券 %1 的折扣百分比必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>The item value of coupon %1 cannot be negative.</source>
        <translation>优惠券 %1 的商品价值不能为负数。</translation>
    </message>
    <message>
        <source>The minimum spend of coupon %1 cannot be negative.</source>
        <translation>优惠券 %1 的最低消费不能为负数。</translation>
    </message>
    <message>
        <source>The validity dates of coupon %1 lie before 1970.</source>
        <translation>优惠券 %1 的有效期早于 1970 年。</translation>
    </message>
    <message>
        <source>Coupon %1 must end after it starts.</source>
        <translation>优惠券 %1 的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The days a claim of coupon %1 stays valid must be between 1 and %2.</source>
        <translation>优惠券 %1 领取后的有效天数必须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The per-person limit of coupon %1 cannot be negative (0 means no limit).</source>
        <translation>优惠券 %1 的每人限领数不能为负数（0 表示不限）。</translation>
    </message>
    <message>
        <source>The total limit of coupon %1 must be at least 1, or none.</source>
        <translation>优惠券 %1 的总发放量至少为 1，或不设限。</translation>
    </message>
    <message>
        <source>The branches of coupon %1 must be distinct branches.</source>
        <translation>优惠券 %1 的适用门店不能重复。</translation>
    </message>
    <message>
        <source>There is no coupon with id %1.</source>
        <translation>不存在 ID 为 %1 的优惠券。</translation>
    </message>
    <message>
        <source>There is no coupon with code %1.</source>
        <translation>不存在编号为 %1 的优惠券。</translation>
    </message>
    <message>
        <source>%1 may not see coupon %2: it belongs to other branches.</source>
        <translation>%1 无权查看优惠券 %2：它属于其他门店。</translation>
    </message>
    <message>
        <source>create coupons</source>
        <translation>创建优惠券</translation>
    </message>
    <message>
        <source>%1 may only create coupons for their own branch alone; chain-wide coupons and coupons of other branches are the owner&apos;s.</source>
        <translation>%1 只能创建仅限本门店的优惠券；全连锁通用的优惠券和其他门店的优惠券由老板创建。</translation>
    </message>
    <message>
        <source>A coupon with code %1 already exists.</source>
        <translation>编号为 %1 的优惠券已存在。</translation>
    </message>
    <message>
        <source>There is no branch with id %1 for coupon %2.</source>
        <translation>优惠券 %2 对应的门店 ID %1 不存在。</translation>
    </message>
    <message>
        <source>retire coupons</source>
        <translation>停用优惠券</translation>
    </message>
    <message>
        <source>%1 may only retire coupons of their own branch alone; coupon %2 is the owner&apos;s.</source>
        <translation>%1 只能停用仅限本门店的优惠券；优惠券 %2 属于老板。</translation>
    </message>
    <message>
        <source>Coupon %1 is already retired.</source>
        <translation>优惠券 %1 已停用。</translation>
    </message>
    <message>
        <source>see coupon figures</source>
        <translation>查看优惠券数据</translation>
    </message>
    <message>
        <source>Claim %1 belongs to someone else than the person of receipt %2.</source>
        <translation>领券码 %1 不属于小票 %2 的顾客。</translation>
    </message>
    <message>
        <source>issue coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>%1 may only issue coupons valid at their own branch; coupon %2 is not.</source>
        <translation>%1 只能发放本门店可用的优惠券；优惠券 %2 不适用于本门店。</translation>
    </message>
    <message>
        <source>Issuing was cancelled; nothing was written.</source>
        <translation>发放已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>see a coupon&apos;s claims</source>
        <translation>查看优惠券的领取记录</translation>
    </message>
    <message>
        <source>edit coupons</source>
        <translation>编辑优惠券</translation>
    </message>
    <message>
        <source>%1 may only edit coupons of their own branch alone, and keep them there; coupon %2 is the owner&apos;s.</source>
        <translation>%1 只能编辑仅属于本门店的优惠券，且不能改到其他门店；优惠券 %2 由老板管理。</translation>
    </message>
    <message>
        <source>Coupon %1 is retired and can no longer be edited.</source>
        <translation>优惠券 %1 已停用，不能再编辑。</translation>
    </message>
    <message>
        <source>The code of coupon %1 cannot change: it is printed on its claims and receipts. Retire it and create a new one instead.</source>
        <translation>优惠券 %1 的编号不能更改：它印在领取记录和小票上。请停用后新建一张。</translation>
    </message>
    <message numerus="yes">
        <source>Coupon %1 has been claimed %n time(s): its kind, value, minimum spend and start can no longer change. Retire it and create a new one instead.</source>
        <translation>
            <numerusform>优惠券 %1 已被领取 %n 次：类型、面值、最低消费和开始日期不能再更改。请停用后新建一张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coupon %1 has already been claimed %n time(s): its total limit cannot be lower.</source>
        <translation>
            <numerusform>优惠券 %1 已被领取 %n 次：总发放量不能低于此数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>The date format &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用日期格式“%1”：%2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day</source>
        <translation>“%1”不是日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month</source>
        <translation>“%1”不是月</translation>
    </message>
    <message>
        <source>a year is yy or yyyy</source>
        <translation>年份应为 yy 或 yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many letters</source>
        <translation>“%1”的字母过多</translation>
    </message>
    <message>
        <source>it needs a year (yyyy or yy), a month (M, MM or MMM) and a day (d or dd)</source>
        <translation>需要包含年（yyyy 或 yy）、月（M、MM 或 MMM）和日（d 或 dd）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time ChainCard can read, such as 2025-03-14 12:30:00, 2025/3/14, 2025年3月14日 or 14/03/2025 14:05 (give other forms with --date-format).</source>
        <translation>“%1”不是 ChainCard 能识别的日期时间，例如 2025-03-14 12:30:00、2025/3/14、2025年3月14日或 14/03/2025 14:05（其他格式请用 --date-format 指定）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read day first or month first; give the order with --date-format, for example --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation>“%1”既可按日在前也可按月在前解读；请用 --date-format 指定顺序，例如 --date-format dd/MM/yyyy 或 --date-format MM/dd/yyyy。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a date that does not exist.</source>
        <translation>“%1”是一个不存在的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day that does not exist (hours 0-23, or 1-12 with AM/PM; minutes and seconds 0-59).</source>
        <translation>“%1”中的时间不存在（小时 0-23，或带 AM/PM 时为 1-12；分钟和秒 0-59）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;.</source>
        <translation>“%1”与日期格式“%2”不符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time in the date column and another in the time column.</source>
        <translation>“%1”的日期列中有时间，时间列中又有另一个时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day where a date alone is expected.</source>
        <translation>“%1”中含有时间，但此处只应填写日期。</translation>
    </message>
    <message>
        <source>Some dates only make sense day first (&quot;%1&quot;) and others only month first (&quot;%2&quot;); give the format with --date-format.</source>
        <translation>有些日期只能按日在前解读（“%1”），另一些只能按月在前解读（“%2”）；请用 --date-format 指定格式。</translation>
    </message>
    <message>
        <source>In column %1 some dates only make sense day first (&quot;%2&quot;) and others only month first (&quot;%3&quot;); give the format with --date-format.</source>
        <translation>第 %1 列中有些日期只能按日在前解读（“%2”），另一些只能按月在前解读（“%3”）；请用 --date-format 指定格式。</translation>
    </message>
    <message>
        <source>Every date such as &quot;%1&quot; can be read day first or month first; give the order with --date-format, for example --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation>所有日期（如“%1”）都既可按日在前也可按月在前解读；请用 --date-format 指定顺序，例如 --date-format dd/MM/yyyy 或 --date-format MM/dd/yyyy。</translation>
    </message>
    <message>
        <source>Every date in column %1 such as &quot;%2&quot; can be read day first or month first; give the order with --date-format, for example --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation>第 %1 列的所有日期（如“%2”）都既可按日在前也可按月在前解读；请用 --date-format 指定顺序，例如 --date-format dd/MM/yyyy 或 --date-format MM/dd/yyyy。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it has two signs.</source>
        <translation>“%1”不是有效金额：有两个正负号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (write yes/no, 1/0, true/false or 是/否).</source>
        <translation>“%1”不是“是”或“否”（请填 yes/no、1/0、true/false 或 是/否）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”太大。</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 超出范围（%2 到 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender ChainCard knows (female, male, other, F, M, 女, 男, or empty).</source>
        <translation>“%1”不是 ChainCard 能识别的性别（female、male、other、F、M、女、男或留空）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2.</source>
        <translation>“%1”不是有效的电子邮件地址：%2。</translation>
    </message>
    <message>
        <source>it needs exactly one @</source>
        <translation>必须有且只有一个 @</translation>
    </message>
    <message>
        <source>it has a space, comma or semicolon</source>
        <translation>含有空格、逗号或分号</translation>
    </message>
    <message>
        <source>the part before the @ is empty or too long</source>
        <translation>@ 前面的部分为空或过长</translation>
    </message>
    <message>
        <source>the domain after the @ has no dot</source>
        <translation>@ 后面的域名中没有点</translation>
    </message>
    <message>
        <source>the domain after the @ is malformed</source>
        <translation>@ 后面的域名格式不正确</translation>
    </message>
</context>
<context>
    <name>CsvHeaders</name>
    <message>
        <source>--map %1=%2: &quot;%1&quot; is not a field of %3 records; the fields are %4.</source>
        <translation>--map %1=%2：“%1”不是%3记录的字段；可用字段为 %4。</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column &quot;%2&quot;; its columns are %3.</source>
        <translation>--map %1=%2：文件中没有“%2”列；文件的列为 %3。</translation>
    </message>
    <message>
        <source>The file has no column for %1, which %2 records need. Its columns are %3. Name the column with --map FIELD=HEADER.</source>
        <translation>文件中没有%2记录所需的%1列。文件的列为 %3。请用 --map 字段=表头 指定该列。</translation>
    </message>
    <message>
        <source>--map needs FIELD=HEADER, such as --map phone=手机号, not &quot;%1&quot;.</source>
        <translation>--map 的格式应为 字段=表头，例如 --map phone=手机号，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record; use one of %2.</source>
        <translation>“%1”不是有效的记录类型；请使用以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation>CSV 文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>The CSV delimiter must be an ASCII character other than a quote or a line break.</source>
        <translation>CSV 分隔符必须是 ASCII 字符，且不能是引号或换行符。</translation>
    </message>
    <message>
        <source>Reading the CSV file failed after %1 bytes: %2</source>
        <translation>读取 CSV 文件到 %1 字节时失败：%2</translation>
    </message>
    <message>
        <source>The CSV file looks like GB18030 (Chinese) text, which this build of ChainCard cannot read. Save it as UTF-8 and import it again.</source>
        <translation>该 CSV 文件似乎是 GB18030（中文）编码，此版本的 ChainCard 无法读取。请将其另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: field %2 is longer than the limit of %3 bytes.</source>
        <translation>第 %1 行：字段 %2 超过 %3 字节的上限。</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than the limit of %2 bytes.</source>
        <translation>第 %1 行：该记录超过 %2 字节的上限。</translation>
    </message>
    <message>
        <source>Line %1: the record has more than %2 fields.</source>
        <translation>第 %1 行：该记录的字段超过 %2 个。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and is never closed.</source>
        <translation>第 %1 行：带引号的字段从此处开始，但始终未闭合。</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid %2.</source>
        <translation>第 %1 行：文本不是有效的 %2。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Writing the CSV file %1 failed: %2</source>
        <translation>写入 CSV 文件 %1 失败：%2</translation>
    </message>
    <message>
        <source>Writing the CSV output failed: %1</source>
        <translation>写入 CSV 输出失败：%1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>branches</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>people</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>membership tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>The chain already has %1; demo data only goes into an empty chain. Create a new chain for the demo.</source>
        <translation>该连锁店已有%1；演示数据只能写入空的连锁店。请新建一个连锁店用于演示。</translation>
    </message>
    <message>
        <source>The number of branches must be between 1 and %1, not %2.</source>
        <translation>门店数量必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The number of members must be between 1 and %1, not %2.</source>
        <translation>会员数量必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The number of visits must be between 1 and %1, not %2.</source>
        <translation>消费记录数量必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The number of visits (%1) must be at least the number of members (%2): every member tops up at a visit.</source>
        <translation>消费记录数量（%1）不能少于会员数量（%2）：每位会员都要在一次消费时充值。</translation>
    </message>
    <message>
        <source>The last day of the demo history must lie between 2000 and 2099, not %1.</source>
        <translation>演示数据的最后一天必须在 2000 到 2099 年之间，而不是 %1。</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>The demo data was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>The demo planned %1 visits but wrote %2.</source>
        <translation>演示数据计划写入 %1 条消费记录，实际写入 %2 条。</translation>
    </message>
    <message>
        <source>The demo planned %1 top-ups for person %2 but made %3.</source>
        <translation>演示数据计划为顾客 %2 充值 %1 次，实际充值 %3 次。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>export records</source>
        <translation>导出记录</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating the demo chain…</source>
        <translation>正在创建演示连锁店…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>ChainCard</source>
        <translation>ChainCard</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;%1&quot; is not a coordinate between -%2 and %2.</source>
        <translation>“%1”不是 -%2 到 %2 之间的坐标。</translation>
    </message>
    <message>
        <source>import branches</source>
        <translation>导入门店</translation>
    </message>
    <message>
        <source>A new branch needs a name.</source>
        <translation>新门店需要名称。</translation>
    </message>
    <message>
        <source>Claim code %1 already belongs to another claim (%2).</source>
        <translation>领券码 %1 已属于另一条领券记录（%2）。</translation>
    </message>
    <message>
        <source>import coupons</source>
        <translation>导入优惠券</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of coupon (amount, percent or item).</source>
        <translation>“%1”不是有效的优惠券类型（amount、percent 或 item）。</translation>
    </message>
    <message>
        <source>Coupon %1 already exists with other terms; an import does not change a coupon&apos;s terms. Retire it and import the new terms under a new code.</source>
        <translation>优惠券 %1 已存在且条款不同；导入不会更改优惠券的条款。请停用该优惠券，并以新编号导入新条款。</translation>
    </message>
    <message>
        <source>This row has no %1, which an import needs.</source>
        <translation>此行缺少导入所需的%1。</translation>
    </message>
    <message>
        <source>This row names no branch.</source>
        <translation>此行未指定门店。</translation>
    </message>
    <message>
        <source>No branch has the code or name &quot;%1&quot;.</source>
        <translation>没有编号或名称为“%1”的门店。</translation>
    </message>
    <message>
        <source>Branch %1 is outside your scope; you may import only your branch&apos;s records.</source>
        <translation>门店 %1 不在您的权限范围内；您只能导入本门店的记录。</translation>
    </message>
    <message>
        <source>Branch %1 is closed and takes no new records.</source>
        <translation>门店 %1 已关闭，不接受新记录。</translation>
    </message>
    <message>
        <source>This row has no phone number.</source>
        <translation>此行没有手机号。</translation>
    </message>
    <message>
        <source>This row has no date and time.</source>
        <translation>此行没有日期和时间。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 是未来的时间。</translation>
    </message>
    <message>
        <source>This row has no amount.</source>
        <translation>此行没有金额。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation>无法再次读取该文件。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Person %1 vanished during the import.</source>
        <translation>顾客 %1 在导入过程中消失了。</translation>
    </message>
    <message>
        <source>%1 belongs to branch %2; you may import only your branch&apos;s members.</source>
        <translation>%1 属于门店 %2；您只能导入本门店的会员。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 already has another review; a bill is reviewed once.</source>
        <translation>门店 %2 的小票 %1 已有另一条评价；每张账单只能评价一次。</translation>
    </message>
    <message>
        <source>import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>A receipt number has at most 64 characters.</source>
        <translation>小票号最多 64 个字符。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is already recorded with another time, amount or person; it is not changed by an import.</source>
        <translation>门店 %2 的小票 %1 已以不同的时间、金额或顾客记录；导入不会更改它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ledger entry (topup, bonus, spend, refund, reversal or adjustment).</source>
        <translation>“%1”不是有效的流水类型（topup、bonus、spend、refund、reversal 或 adjustment）。</translation>
    </message>
    <message>
        <source>A %1 needs an amount above zero; this row has %2.</source>
        <translation>%1的金额必须大于零；此行为 %2。</translation>
    </message>
    <message>
        <source>Reference %1 already belongs to another ledger entry (entry %2, a %3 of %4).</source>
        <translation>参考号 %1 已属于另一条流水（流水 %2，%3，金额 %4）。</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>A reversal names the entry it undoes in the ref column as reversal-of:REF.</source>
        <translation>冲正记录须在 ref 列中以 reversal-of:REF 的形式指明所撤销的流水。</translation>
    </message>
    <message>
        <source>No ledger entry has the reference %1, so it cannot be reversed.</source>
        <translation>没有参考号为 %1 的流水，无法冲正。</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Branches</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Visits (bills)</source>
        <translation>消费记录（账单）</translation>
    </message>
    <message>
        <source>Stored-value entries</source>
        <translation>储值流水</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Coupon claims</source>
        <translation>领券记录</translation>
    </message>
    <message>
        <source>Coupon redemptions</source>
        <translation>优惠券核销</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1 Choose the encoding the file was saved in (UTF-8, GB18030 or UTF-16).</source>
        <translation>%1 请选择文件保存时使用的编码（UTF-8、GB18030 或 UTF-16）。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>The file has no column for %1, which %2 records need. Its columns are %3. Choose the column that holds it.</source>
        <translation>文件中没有%2记录所需的%1列。文件的列为 %3。请选择包含该数据的列。</translation>
    </message>
    <message>
        <source>ChainCard&apos;s own columns</source>
        <translation>ChainCard 自有列</translation>
    </message>
    <message>
        <source>Columns recognised by their names</source>
        <translation>按列名识别的列</translation>
    </message>
    <message>
        <source>Square customer directory export</source>
        <translation>Square 顾客目录导出</translation>
    </message>
    <message>
        <source>Square transactions export</source>
        <translation>Square 交易导出</translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation>Shopify 顾客导出</translation>
    </message>
    <message>
        <source>Loyverse customers export</source>
        <translation>Loyverse 顾客导出</translation>
    </message>
    <message>
        <source>Loyverse receipts export</source>
        <translation>Loyverse 小票导出</translation>
    </message>
    <message>
        <source>Toast guest export</source>
        <translation>Toast 顾客导出</translation>
    </message>
    <message>
        <source>Toast check details export</source>
        <translation>Toast 账单明细导出</translation>
    </message>
    <message>
        <source>Toast order details export</source>
        <translation>Toast 订单明细导出</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The chain database file.</source>
        <translation>连锁店数据库文件。</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds (for tests and screenshots).</source>
        <translation>在指定毫秒数后退出（用于测试和截图）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>将窗口截图保存到此 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Open this page (its position in the navigation list).</source>
        <translation>打开此页面（按其在导航列表中的位置）。</translation>
    </message>
    <message>
        <source>Sign in as this user, with the password in CHAINCARD_PASSWORD (for scripts and screenshots).</source>
        <translation>以此用户身份登录，密码取自 CHAINCARD_PASSWORD（用于脚本和截图）。</translation>
    </message>
    <message>
        <source>--user %1 needs that user&apos;s password in CHAINCARD_PASSWORD</source>
        <translation>--user %1 需要在 CHAINCARD_PASSWORD 中提供该用户的密码</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>list the members</source>
        <translation>查看会员列表</translation>
    </message>
    <message>
        <source>The balance to list members above may not be negative.</source>
        <translation>会员筛选的余额下限不能为负数。</translation>
    </message>
    <message>
        <source>The last-visit dates of the member filter lie before 1970.</source>
        <translation>会员筛选的最近消费日期早于 1970 年。</translation>
    </message>
    <message>
        <source>The member search was cancelled.</source>
        <translation>会员搜索已取消。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount: %3</source>
        <translation>%1：“%2”不是有效金额：%3</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal place(s)</source>
        <translation>
            <numerusform>超过 %n 位小数</numerusform>
        </translation>
    </message>
    <message>
        <source>too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation>千位分隔符位置不正确</translation>
    </message>
    <message>
        <source>this currency has no decimal places</source>
        <translation>此货币没有小数位</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Gender &quot;%1&quot; must be female, male, other or empty.</source>
        <translation>性别“%1”必须为 female、male、other 或留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The birthday lies in the future.</source>
        <translation>生日是未来的日期。</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>不存在 ID 为 %1 的门店。</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>No one with phone %1 is known to the chain.</source>
        <translation>连锁店中没有手机号为 %1 的顾客。</translation>
    </message>
    <message>
        <source>No member has the code %1.</source>
        <translation>没有会员码为 %1 的会员。</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>不存在 ID 为 %1 的顾客。</translation>
    </message>
    <message>
        <source>Type exactly the last four digits of the phone.</source>
        <translation>请准确输入手机号后四位。</translation>
    </message>
    <message>
        <source>open the page of people</source>
        <translation>打开顾客页面</translation>
    </message>
    <message>
        <source>%1 is already registered (member code %2).</source>
        <translation>%1 已注册（会员码 %2）。</translation>
    </message>
    <message>
        <source>Choose the branch the person joins at.</source>
        <translation>请选择此人入会的门店。</translation>
    </message>
    <message>
        <source>register people</source>
        <translation>登记顾客</translation>
    </message>
    <message>
        <source>edit a person&apos;s profile</source>
        <translation>编辑顾客资料</translation>
    </message>
    <message>
        <source>edit people</source>
        <translation>编辑顾客</translation>
    </message>
    <message>
        <source>move a person to another branch</source>
        <translation>将顾客转到其他门店</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>记录授权</translation>
    </message>
    <message>
        <source>Say how the consent to %1 messages was given.</source>
        <translation>请说明%1消息营销授权是如何获得的。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation>“%1”不是有效的手机号：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number: %3</source>
        <translation>%1：“%2”不是有效的手机号：%3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>it cannot be read as a phone number</source>
        <translation>无法识别为手机号</translation>
    </message>
    <message>
        <source>no such number exists in the numbering plan</source>
        <translation>号码规划中不存在此号码</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>A QR code needs something to encode.</source>
        <translation>二维码需要有编码内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of text do not fit in a QR code.</source>
        <translation>
            <numerusform>%n 字节的文本无法放入二维码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made: out of memory.</source>
        <translation>无法生成二维码：内存不足。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt %1, %2</source>
        <translation>小票 %1，%2</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>支付后余额</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention report was cancelled.</source>
        <translation>留存报表已取消。</translation>
    </message>
    <message>
        <source>No branch (online claims)</source>
        <translation>无门店（线上领取）</translation>
    </message>
    <message>
        <source>The number of months must be between 0 and %1, not %2.</source>
        <translation>月数必须在 0 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The first cohort month (%1) comes after the last (%2).</source>
        <translation>第一个同期群月份（%1）晚于最后一个（%2）。</translation>
    </message>
    <message>
        <source>see retention reports</source>
        <translation>查看留存报表</translation>
    </message>
    <message>
        <source>rebuild the retention figures</source>
        <translation>重建留存数据</translation>
    </message>
    <message>
        <source>Another ChainCard window keeps rebuilding the retention figures; try again in a minute.</source>
        <translation>另一个 ChainCard 窗口正在重建留存数据，请一分钟后重试。</translation>
    </message>
    <message>
        <source>The stored retention figures are damaged; run the report again to rebuild them.</source>
        <translation>已存储的留存数据已损坏；请重新运行报表以重建。</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>The reply has no text.</source>
        <translation>回复内容为空。</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>文本超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation>评分为 1 到 5 星，而不是 %1。</translation>
    </message>
    <message>
        <source>Choose the branch of the reviewed bill.</source>
        <translation>请选择被评价账单所属的门店。</translation>
    </message>
    <message>
        <source>Give the phone of the person reviewing.</source>
        <translation>请填写评价人的手机号。</translation>
    </message>
    <message>
        <source>record reviews</source>
        <translation>录入评价</translation>
    </message>
    <message>
        <source>receipt %1 at branch %2</source>
        <translation>门店 %2 的小票 %1</translation>
    </message>
    <message>
        <source>The bill of %1 is a refund; only a sale can be reviewed.</source>
        <translation>%1 是退款单；只有消费单可以评价。</translation>
    </message>
    <message>
        <source>The bill of %1 was voided and cannot be reviewed.</source>
        <translation>%1 已作废，不能评价。</translation>
    </message>
    <message>
        <source>The bill of %1 was paid anonymously: no one can review it.</source>
        <translation>%1 为匿名支付：无人可以评价。</translation>
    </message>
    <message>
        <source>Only the person who paid %1 may review it.</source>
        <translation>只有 %1 的付款人可以评价。</translation>
    </message>
    <message>
        <source>The bill of %1 already has a review (id %2); a bill is reviewed once.</source>
        <translation>%1 已有评价（ID %2）；每张账单只能评价一次。</translation>
    </message>
    <message>
        <source>A review of %1 cannot be written before the visit itself.</source>
        <translation>对 %1 的评价不能早于消费时间。</translation>
    </message>
    <message>
        <source>Reviews of %1 closed on %2, %3 days after the visit.</source>
        <translation>%1 的评价已于 %2 截止，即消费后 %3 天。</translation>
    </message>
    <message>
        <source>reply to reviews</source>
        <translation>回复评价</translation>
    </message>
    <message>
        <source>There is no review with id %1.</source>
        <translation>不存在 ID 为 %1 的评价。</translation>
    </message>
    <message>
        <source>read or answer reviews</source>
        <translation>查看或回复评价</translation>
    </message>
    <message>
        <source>Ratings run from 1 to 5, the lowest first (not %1 to %2).</source>
        <translation>评分为 1 到 5，从低到高（而不是 %1 到 %2）。</translation>
    </message>
    <message>
        <source>read reviews</source>
        <translation>查看评价</translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>see the settlement between branches</source>
        <translation>查看门店间结算</translation>
    </message>
    <message>
        <source>The settlement period must end after it starts.</source>
        <translation>结算期的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ChainCard database (it is not an SQLite file).</source>
        <translation>%1 不是 ChainCard 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ChainCard database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 ChainCard 数据库。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>There is no chain database at %1.</source>
        <translation>%1 处没有连锁店数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ChainCard database.</source>
        <translation>%1 是空文件，不是 ChainCard 数据库。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it was written by a newer ChainCard (schema version %1; this version understands up to %2). Update ChainCard to open it.</source>
        <translation>该数据库由更新版本的 ChainCard 写入（数据库结构版本 %1；当前版本最高支持 %2）。请更新 ChainCard 后再打开。</translation>
    </message>
    <message>
        <source>the setting %1 could not be put into effect (it is %2, expected %3).</source>
        <translation>设置 %1 未能生效（当前为 %2，应为 %3）。</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 failed, nothing was changed: %2</source>
        <translation>将数据库结构升级到版本 %1 失败，未做任何更改：%2</translation>
    </message>
    <message>
        <source>The database is busy or locked by another program (%1).</source>
        <translation>数据库正忙或被其他程序锁定（%1）。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>数据库文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此更改与现有数据冲突（%1）。</translation>
    </message>
    <message>
        <source>The database file could not be written (%1).</source>
        <translation>无法写入数据库文件（%1）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>A step of this operation failed, so nothing was written.</source>
        <translation>此操作中有一步失败，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>Give the tier a name.</source>
        <translation>请为会员等级设置名称。</translation>
    </message>
    <message>
        <source>The rank of a tier must be 1 or more.</source>
        <translation>会员等级的级别必须为 1 或以上。</translation>
    </message>
    <message>
        <source>The threshold of a tier must be more than zero.</source>
        <translation>会员等级的门槛必须大于零。</translation>
    </message>
    <message>
        <source>The discount must lie between 0% and 100%.</source>
        <translation>折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>A spending window must be between 1 and %1 days.</source>
        <translation>消费统计周期必须在 1 到 %1 天之间。</translation>
    </message>
    <message>
        <source>Only the spend-over-a-window rule takes a number of days.</source>
        <translation>只有“周期内消费额”规则需要设置天数。</translation>
    </message>
    <message>
        <source>define membership tiers</source>
        <translation>设置会员等级</translation>
    </message>
    <message>
        <source>The tier &quot;%1&quot; already has that name or rank %2.</source>
        <translation>会员等级“%1”已使用该名称或级别 %2。</translation>
    </message>
    <message>
        <source>There is no tier with id %1.</source>
        <translation>不存在 ID 为 %1 的会员等级。</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>不存在 ID 为 %1 的顾客。</translation>
    </message>
    <message numerus="yes">
        <source>%n people hold the tier &quot;%1&quot;; it cannot be removed.</source>
        <translation>
            <numerusform>有 %n 人持有等级“%1”，无法删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Give the bill&apos;s receipt number.</source>
        <translation>请填写账单的小票号。</translation>
    </message>
    <message>
        <source>Receipt number &quot;%1&quot; is longer than %2 characters.</source>
        <translation>小票号“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The bill&apos;s time lies in the future or before 1970.</source>
        <translation>账单时间是未来时间或早于 1970 年。</translation>
    </message>
    <message>
        <source>Say why the %1 is made: a reason is required.</source>
        <translation>请填写%1原因（必填）。</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>不存在 ID 为 %1 的消费记录。</translation>
    </message>
    <message>
        <source>Choose the branch of the bill.</source>
        <translation>请选择账单所属的门店。</translation>
    </message>
    <message>
        <source>A bill&apos;s amount must be zero or more and below any real bill&apos;s.</source>
        <translation>账单金额必须大于或等于零，且不能超过实际账单的上限。</translation>
    </message>
    <message>
        <source>record bills</source>
        <translation>录入账单</translation>
    </message>
    <message>
        <source>Receipt %1 is already recorded at branch %2 (visit %3).</source>
        <translation>小票 %1 已在门店 %2 录入（消费记录 %3）。</translation>
    </message>
    <message>
        <source>The refund must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>refund bills</source>
        <translation>账单退款</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is itself a refund; refund the sale instead.</source>
        <translation>门店 %2 的小票 %1 本身就是退款单；请对原消费单退款。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 was voided; there is nothing to refund.</source>
        <translation>门店 %2 的小票 %1 已作废，无可退款。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 was %3 and %4 of it is already refunded: at most %5 more can be refunded.</source>
        <translation>门店 %2 的小票 %1 金额为 %3，已退款 %4：最多还可退 %5。</translation>
    </message>
    <message>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>void bills</source>
        <translation>作废账单</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is already voided.</source>
        <translation>门店 %2 的小票 %1 已作废。</translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 has refunds standing and cannot be voided; void its refunds first.</source>
        <translation>门店 %2 的小票 %1 有未作废的退款，不能作废；请先作废其退款。</translation>
    </message>
    <message>
        <source>look at bills</source>
        <translation>查看账单</translation>
    </message>
    <message>
        <source>No bill with receipt %1 is recorded at branch %2.</source>
        <translation>门店 %2 没有小票号为 %1 的账单记录。</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>不存在 ID 为 %1 的顾客。</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>The %1 must be more than zero.</source>
        <translation>%1必须大于零。</translation>
    </message>
    <message>
        <source>The %1 is larger than any single payment ChainCard accepts.</source>
        <translation>%1超出了 ChainCard 单笔支付的上限。</translation>
    </message>
    <message>
        <source>The reference key is longer than %1 characters.</source>
        <translation>参考号超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose the branch where this happens.</source>
        <translation>请选择发生此操作的门店。</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>不存在 ID 为 %1 的门店。</translation>
    </message>
    <message>
        <source>Branch %1 has been deactivated; it takes no new wallet operations.</source>
        <translation>门店 %1 已停用，不再接受新的钱包操作。</translation>
    </message>
    <message>
        <source>Give the person&apos;s phone number.</source>
        <translation>请填写此人的手机号。</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>不存在 ID 为 %1 的顾客。</translation>
    </message>
    <message>
        <source>There is no wallet entry with id %1.</source>
        <translation>不存在 ID 为 %1 的钱包流水。</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; was already used for another operation (entry %2, a %3 of %4); use a new reference for a new operation.</source>
        <translation>参考号“%1”已用于另一项操作（流水 %2，%3，金额 %4）；新操作请使用新的参考号。</translation>
    </message>
    <message>
        <source>This would make the balance of %1 negative (it is %2).</source>
        <translation>这会使 %1 的余额变为负数（当前为 %2）。</translation>
    </message>
    <message>
        <source>The balance of %1 would exceed what ChainCard can hold.</source>
        <translation>%1 的余额将超过 ChainCard 可存储的上限。</translation>
    </message>
    <message>
        <source>top up wallets</source>
        <translation>为钱包充值</translation>
    </message>
    <message>
        <source>give bonuses</source>
        <translation>发放赠送金额</translation>
    </message>
    <message>
        <source>A bonus is only given with a top-up.</source>
        <translation>赠送金额只能随充值一起发放。</translation>
    </message>
    <message>
        <source>take wallet payments</source>
        <translation>收取储值支付</translation>
    </message>
    <message>
        <source>The balance of %1 is %2, not enough to pay %3.</source>
        <translation>%1 的余额为 %2，不足以支付 %3。</translation>
    </message>
    <message>
        <source>refund to a wallet</source>
        <translation>退款到钱包</translation>
    </message>
    <message>
        <source>refund to wallets</source>
        <translation>退款到钱包</translation>
    </message>
    <message>
        <source>%1 can be refunded at most %2: refunds may not exceed what was spent.</source>
        <translation>%1 最多可退款 %2：退款不能超过已消费金额。</translation>
    </message>
    <message>
        <source>reverse wallet entries</source>
        <translation>冲正钱包流水</translation>
    </message>
    <message>
        <source>Entry %1 is itself a reversal and cannot be reversed; make an adjustment instead.</source>
        <translation>流水 %1 本身就是冲正，不能再冲正；请改为调整余额。</translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2.</source>
        <translation>流水 %1 已被流水 %2 冲正。</translation>
    </message>
    <message>
        <source>Reversing entry %1 would make the balance of %2 negative (it is %3).</source>
        <translation>冲正流水 %1 会使 %2 的余额变为负数（当前为 %3）。</translation>
    </message>
    <message>
        <source>adjust wallets</source>
        <translation>调整钱包余额</translation>
    </message>
    <message>
        <source>An adjustment must change the balance.</source>
        <translation>调整必须改变余额。</translation>
    </message>
    <message>
        <source>Say why the wallet is adjusted: a note is required.</source>
        <translation>请说明调整钱包的原因：必须填写备注。</translation>
    </message>
    <message>
        <source>At most %1 top-up bonus rules can be set.</source>
        <translation>最多可设置 %1 条充值赠送规则。</translation>
    </message>
    <message>
        <source>Top-up bonus rule %1: the top-up it needs must be more than zero.</source>
        <translation>充值赠送规则 %1：所需充值金额必须大于零。</translation>
    </message>
    <message>
        <source>Top-up bonus rule %1: the bonus must be more than zero.</source>
        <translation>充值赠送规则 %1：赠送金额必须大于零。</translation>
    </message>
    <message>
        <source>Top-up bonus rules %1 and %2 need the same top-up; keep one.</source>
        <translation>充值赠送规则 %1 和 %2 的充值门槛相同；请保留一条。</translation>
    </message>
    <message>
        <source>Bonus first</source>
        <translation>先扣赠送金额</translation>
    </message>
    <message>
        <source>Principal first</source>
        <translation>先扣本金</translation>
    </message>
    <message>
        <source>In proportion</source>
        <translation>按比例扣除</translation>
    </message>
    <message>
        <source>The stored top-up bonus rule &quot;%1&quot; is not of the form threshold:bonus.</source>
        <translation>保存的充值赠送规则“%1”不是“门槛:赠送”的格式。</translation>
    </message>
    <message>
        <source>Give either a bonus or the chain&apos;s bonus rules, not both.</source>
        <translation>请给出赠送金额或使用连锁店的赠送规则，不能两者都用。</translation>
    </message>
    <message>
        <source>Bonus of top-up %1 forfeited with its refund</source>
        <translation>充值 %1 的赠送金额随退款作废</translation>
    </message>
</context>
<context>
    <name>core::dashboard::Dashboard</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>统计周期需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The period&apos;s first day (%1) is after its last day (%2).</source>
        <translation>统计周期的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>查看总览</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>不存在 ID 为 %1 的门店。</translation>
    </message>
    <message>
        <source>Chain total</source>
        <translation>连锁店合计</translation>
    </message>
</context>
<context>
    <name>ui::AppController</name>
    <message>
        <source>There is no chain at %1.</source>
        <translation>%1 处没有连锁店。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>No recent chains</source>
        <translation>没有最近打开的连锁店</translation>
    </message>
    <message>
        <source>New chain</source>
        <translation>新建连锁店</translation>
    </message>
    <message>
        <source>chain.chaincard</source>
        <translation>连锁店.chaincard</translation>
    </message>
    <message>
        <source>Open chain</source>
        <translation>打开连锁店</translation>
    </message>
    <message>
        <source>Back up the chain</source>
        <translation>备份连锁店</translation>
    </message>
    <message>
        <source>%1 backup %2.chaincard</source>
        <translation>%1 备份 %2.chaincard</translation>
    </message>
    <message>
        <source>Backing up the chain to %1…</source>
        <translation>正在将连锁店备份到 %1…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The chain was backed up to %1 (%2).</source>
        <translation>连锁店已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>&amp;New chain…</source>
        <translation>新建连锁店(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>ChainCard</source>
        <translation>ChainCard</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员制度</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>群发</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — ChainCard</source>
        <translation>%1 — ChainCard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>已登录：%1（%2，%3）</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>Branch scope</source>
        <translation>门店范围</translation>
    </message>
    <message>
        <source>The branches every page shows</source>
        <translation>各页面显示的门店</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>%n 家门店</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::branches::BranchDialog</name>
    <message>
        <source>Edit branch %1</source>
        <translation>编辑门店 %1</translation>
    </message>
    <message>
        <source>Add a branch</source>
        <translation>添加门店</translation>
    </message>
    <message>
        <source>The chain&apos;s (%1)</source>
        <translation>连锁店默认（%1）</translation>
    </message>
    <message>
        <source>-90 to 90, empty if unknown</source>
        <translation>-90 到 90，未知则留空</translation>
    </message>
    <message>
        <source>-180 to 180, empty if unknown</source>
        <translation>-180 到 180，未知则留空</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1“%2”不是数字。</translation>
    </message>
</context>
<context>
    <name>ui::branches::BranchTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The chain&apos;s</source>
        <translation>连锁店默认</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已停业</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ui::branches::BranchesPage</name>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>%n 家门店</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BranchCountsModel</name>
    <message>
        <source>No home branch</source>
        <translation>无所属门店</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>延后</translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastForm</name>
    <message>
        <source>Any tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation>不用优惠券</translation>
    </message>
    <message>
        <source>The balance to exceed cannot be negative.</source>
        <translation>余额下限不能为负数。</translation>
    </message>
    <message>
        <source>The send time %1 has passed.</source>
        <translation>发送时间 %1 已过。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>For your records; not sent</source>
        <translation>仅供记录，不会发送</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Hello {name}, …</source>
        <translation>{name}您好，…</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>插入占位符</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>their home branch</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>门店地址</translation>
    </message>
    <message>
        <source>its phone</source>
        <translation>门店电话</translation>
    </message>
    <message>
        <source>their stored-value balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>their tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>the code of the coupon attached</source>
        <translation>附带优惠券的券码</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>SMS upload file</source>
        <translation>短信上传文件</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Coupon claimers who never visited</source>
        <translation>领券后从未到店的顾客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last visit more than</source>
        <translation>最近一次到店在</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> 天以前</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <source>Balance above</source>
        <translation>余额高于</translation>
    </message>
    <message>
        <source>any balance</source>
        <translation>不限余额</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Last visit less than</source>
        <translation>最近一次到店少于</translation>
    </message>
    <message>
        <source>Home branch near</source>
        <translation>归属门店靠近</translation>
    </message>
    <message>
        <source>within </source>
        <translation>距离 </translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastHistory</name>
    <message>
        <source>“%1”: %2 of %3 people sent to. Came to a branch within 7 days of the message: %4; within 30 days: %5.</source>
        <translation>“%1”：已发送给 %3 人中的 %2 人。收到消息后 7 天内到店：%4 人；30 天内：%5 人。</translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation>取消群发</translation>
    </message>
    <message>
        <source>Cancel “%1”? What has not been sent yet will not be sent.</source>
        <translation>取消“%1”？尚未发出的消息将不再发送。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Deliver what is due…</source>
        <translation>发送到期消息…</translation>
    </message>
    <message>
        <source>Sends the messages of the selected broadcast whose time has come: deferred by quiet hours, scheduled, or interrupted</source>
        <translation>发送所选群发中已到时间的消息：因免打扰时段延后的、定时的或中断的</translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastListModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>SMS file</source>
        <translation>短信文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastSettingsDialog</name>
    <message>
        <source>Branch managers may broadcast to their branch</source>
        <translation>允许店长向本门店群发</translation>
    </message>
    <message>
        <source>Broadcast settings</source>
        <translation>群发设置</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>Messages due in quiet hours wait until they end, in the time of each person&apos;s home branch. The same start and end: none.</source>
        <translation>在免打扰时段内到期的消息会等到时段结束再发送，按每位顾客所属门店的当地时间计算。开始与结束相同表示不设免打扰。</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>The webhook address must start with http:// or https://.</source>
        <translation>Webhook 地址必须以 http:// 或 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastsPage</name>
    <message>
        <source>Write a message to see it as each branch&apos;s people will get it.</source>
        <translation>写好消息后，即可看到各门店顾客收到的样子。</translation>
    </message>
    <message>
        <source>Nobody is at home in these branches to show the message with.</source>
        <translation>这些门店没有所属顾客，无法预览消息。</translation>
    </message>
    <message>
        <source>Characters: %1 · SMS parts: %2</source>
        <translation>字数：%1 · 短信条数：%2</translation>
    </message>
    <message>
        <source>Save the SMS upload file</source>
        <translation>保存短信上传文件</translation>
    </message>
    <message>
        <source>%1 SMS.csv</source>
        <translation>%1 短信.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No webhook address is set. Enter it under Broadcast settings, or send by SMS file.</source>
        <translation>尚未设置 Webhook 地址。请在“群发设置”中填写，或改用短信文件发送。</translation>
    </message>
    <message>
        <source>No webhook address is set. Ask the owner to enter one, or send by SMS file.</source>
        <translation>尚未设置 Webhook 地址。请老板填写，或改用短信文件发送。</translation>
    </message>
    <message>
        <source>The webhook address “%1” is not an http or https address.</source>
        <translation>Webhook 地址“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>Counting the recipients; send again when the counts are shown.</source>
        <translation>正在统计收件人；显示人数后请再次发送。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Send “%1” %2 to %3 people?</source>
        <translation>%2向 %3 人发送“%1”？</translation>
    </message>
    <message>
        <source>%1 reached through more than one branch get it once; %2 without consent are left out; %3 get it when quiet hours end.</source>
        <translation>%1 人通过多个门店覆盖，只收到一次；%2 人未同意接收，已排除；%3 人将在免打扰时段结束后收到。</translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation>发送群发消息</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Stopped: %1 sent.</source>
        <translation>已停止：已发送 %1 条。</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>已发送 %1 条。</translation>
    </message>
    <message>
        <source>%1 wait for quiet hours, the send time or a retry: deliver them from History when their time comes.</source>
        <translation>%1 条在等待免打扰时段结束、发送时间或重试：到时请在“历史”中发送。</translation>
    </message>
    <message>
        <source>%1 could not be delivered and were given up.</source>
        <translation>%1 条无法送达，已放弃。</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>撰写</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>To: every branch (choose branches in the toolbar)</source>
        <translation>发送至：所有门店（可在工具栏中选择门店）</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>发送至：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>发送前统计</translation>
    </message>
    <message>
        <source>Recipients (one message each)</source>
        <translation>收件人（每人一条）</translation>
    </message>
    <message>
        <source>Duplicates folded across branches</source>
        <translation>跨门店合并的重复</translation>
    </message>
    <message>
        <source>Left out for lack of consent</source>
        <translation>未同意接收而排除</translation>
    </message>
    <message>
        <source>Deferred by quiet hours</source>
        <translation>因免打扰时段延后</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>Broadcast settings…</source>
        <translation>群发设置…</translation>
    </message>
    <message>
        <source>This broadcast reaches nobody, so there is nobody to show the message with.</source>
        <translation>这次群发没有任何收件人，所以没有人可用来预览消息。</translation>
    </message>
    <message>
        <source>Delivered by webhook in the background, as their time came: %1 sent.</source>
        <translation>到了发送时间，已在后台通过 Webhook 发出：%1 条。</translation>
    </message>
    <message>
        <source>%1 wait for quiet hours or a retry, and go out when their time comes.</source>
        <translation>%1 条在等免打扰时段结束或重试，到时会自动发出。</translation>
    </message>
</context>
<context>
    <name>ui::counter::CounterPage</name>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>门店(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Phone, last four digits or member code, then Enter</source>
        <translation>手机号、尾号四位或会员码，然后按回车</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>优惠券(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>The bill or the top-up, e.g. 88.00</source>
        <translation>账单或充值金额，例如 88.00</translation>
    </message>
    <message>
        <source>&amp;Pay from balance (Enter)</source>
        <translation>余额支付(&amp;P)（回车）</translation>
    </message>
    <message>
        <source>Cash bill (F3)</source>
        <translation>现金账单（F3）</translation>
    </message>
    <message>
        <source>Card bill (F4)</source>
        <translation>刷卡账单（F4）</translation>
    </message>
    <message>
        <source>&amp;Top up (F2)</source>
        <translation>充值(&amp;T)（F2）</translation>
    </message>
    <message>
        <source>Refund or void… (F6)</source>
        <translation>退款或作废…（F6）</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>小票另存为 PDF…</translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation>不用优惠券</translation>
    </message>
    <message>
        <source>No one found for &quot;%1&quot;.</source>
        <translation>没有找到“%1”对应的顾客。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>%1   %2   member code %3</source>
        <translation>%1   %2   会员码 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people match; choose one with the arrows and Enter.</source>
        <translation>
            <numerusform>%n 位顾客匹配；请用方向键选择后按回车。</numerusform>
        </translation>
    </message>
    <message>
        <source>No one chosen: an anonymous cash or card bill, or find a person</source>
        <translation>未选择顾客：记一笔匿名现金或刷卡账单，或查找顾客</translation>
    </message>
    <message>
        <source>Guest (not a member yet)</source>
        <translation>访客（尚未成为会员）</translation>
    </message>
    <message>
        <source>Member, no tier</source>
        <translation>会员，无等级</translation>
    </message>
    <message>
        <source>Tier %1: %2 off</source>
        <translation>等级 %1：优惠 %2</translation>
    </message>
    <message>
        <source>Balance %1 (principal %2, bonus %3)</source>
        <translation>余额 %1（本金 %2，赠送 %3）</translation>
    </message>
    <message>
        <source>, min. spend %1</source>
        <translation>，最低消费 %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>，有效期至 %1</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>请先输入金额。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>应付：%1</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>账单 %1</translation>
    </message>
    <message>
        <source> − member discount %1</source>
        <translation> − 会员折扣 %1</translation>
    </message>
    <message>
        <source> − coupon %1</source>
        <translation> − 优惠券 %1</translation>
    </message>
    <message>
        <source> = to pay %1</source>
        <translation> = 应付 %1</translation>
    </message>
    <message>
        <source>The balance does not cover it.</source>
        <translation>余额不足。</translation>
    </message>
    <message>
        <source>Find the person first.</source>
        <translation>请先找到顾客。</translation>
    </message>
    <message>
        <source>from the balance</source>
        <translation>从余额</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>以现金</translation>
    </message>
    <message>
        <source>by card</source>
        <translation>以刷卡</translation>
    </message>
    <message>
        <source>Take %1 %2?</source>
        <translation>收取 %1（%2）？</translation>
    </message>
    <message>
        <source>Bill %1, member discount %2, coupon %3.</source>
        <translation>账单 %1，会员折扣 %2，优惠券 %3。</translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation>确认付款</translation>
    </message>
    <message>
        <source>This is a large amount: check it, then choose Yes.</source>
        <translation>这是一笔大额款项：请核对后选择“是”。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was taken.</source>
        <translation>已取消：未收取任何款项。</translation>
    </message>
    <message>
        <source>Paid %1, receipt %2.</source>
        <translation>已付 %1，小票 %2。</translation>
    </message>
    <message>
        <source>Top up %1 for %2?</source>
        <translation>为 %2 充值 %1？</translation>
    </message>
    <message>
        <source>The chain&apos;s bonus rules give %1 on top.</source>
        <translation>按连锁店的赠送规则另送 %1。</translation>
    </message>
    <message>
        <source>Confirm the top-up</source>
        <translation>确认充值</translation>
    </message>
    <message>
        <source>Topped up %1 (bonus %2); the balance is %3.</source>
        <translation>已充值 %1（赠送 %2）；余额为 %3。</translation>
    </message>
    <message>
        <source>Void sale %1 of %2, %3</source>
        <translation>作废销售 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Refund top-up of %1, %2</source>
        <translation>退还充值 %1（%2）</translation>
    </message>
    <message>
        <source>No recent sale or top-up of this person at this branch.</source>
        <translation>此顾客在本门店近期没有销售或充值。</translation>
    </message>
    <message>
        <source>Refund or void</source>
        <translation>退款或作废</translation>
    </message>
    <message>
        <source>Recent transactions here:</source>
        <translation>本门店近期交易：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Sale %1 voided.</source>
        <translation>销售 %1 已作废。</translation>
    </message>
    <message>
        <source>Top-up refunded: give back %1 (bonus taken back %2).</source>
        <translation>充值已退还：退给顾客 %1（收回赠送 %2）。</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存小票</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>小票-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1.</source>
        <translation>小票已保存到 %1。</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>无法将小票写入 %1。</translation>
    </message>
    <message>
        <source>Refund part of sale %1 of %2, %3</source>
        <translation>部分退款销售 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Amount to give back:</source>
        <translation>退还金额：</translation>
    </message>
    <message>
        <source>Refunded %1 (receipt %2).</source>
        <translation>已退款 %1（小票 %2）。</translation>
    </message>
</context>
<context>
    <name>ui::coupons::ClaimDialog</name>
    <message>
        <source>Record a claim of %1</source>
        <translation>登记 %1 的领取</translation>
    </message>
    <message>
        <source>No branch: through the channel alone</source>
        <translation>不在门店：仅通过渠道</translation>
    </message>
    <message>
        <source>counter, wechat, a campaign…</source>
        <translation>收银台、微信、某次活动…</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Claimed at:</source>
        <translation>领取门店：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>领取(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ui::coupons::CouponDialog</name>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% 折扣</translation>
    </message>
    <message>
        <source>a free item worth %1</source>
        <translation>赠送价值 %1 的菜品</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until (included)</source>
        <translation>截止（含当天）</translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation>新建优惠券</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>An amount off the bill</source>
        <translation>账单减免金额</translation>
    </message>
    <message>
        <source>A percentage off the bill</source>
        <translation>账单打折</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>赠送菜品</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>until the coupon ends</source>
        <translation>直到优惠券结束</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Gives:</source>
        <translation>优惠内容：</translation>
    </message>
    <message>
        <source>Minimum spend:</source>
        <translation>最低消费：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>A claim stays valid for:</source>
        <translation>领取后有效：</translation>
    </message>
    <message>
        <source>Claims per person:</source>
        <translation>每人限领：</translation>
    </message>
    <message>
        <source>Claims in all:</source>
        <translation>总发放量：</translation>
    </message>
    <message>
        <source>Branches (none ticked: every branch):</source>
        <translation>适用门店（不勾选即全部门店）：</translation>
    </message>
    <message>
        <source>Amount off:</source>
        <translation>减免金额：</translation>
    </message>
    <message>
        <source>Percent off (1–100):</source>
        <translation>折扣百分比（1–100）：</translation>
    </message>
    <message>
        <source>The item&apos;s value:</source>
        <translation>菜品价值：</translation>
    </message>
    <message>
        <source>the minimum spend</source>
        <translation>最低消费</translation>
    </message>
</context>
<context>
    <name>ui::coupons::CouponsPage</name>
    <message>
        <source>every branch</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation>满 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a claim</source>
        <translation>
            <numerusform>领取后 %n 天有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per person</source>
        <translation>
            <numerusform>每人 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>共 %1 张</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>无条件</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Choose a coupon to see its redemptions and claims.</source>
        <translation>选择一张优惠券，查看其核销和领取记录。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>%1: redemptions by branch, and the latest %2 of %3 claims</source>
        <translation>%1：各门店核销，以及 %3 条领取记录中最新的 %2 条</translation>
    </message>
    <message>
        <source>%1: redemptions by branch, and its claims</source>
        <translation>%1：各门店核销及领取记录</translation>
    </message>
    <message>
        <source>Retire a coupon</source>
        <translation>停用优惠券</translation>
    </message>
    <message>
        <source>Retire coupon %1? It can no longer be claimed or redeemed; its claims and figures stay.</source>
        <translation>停用优惠券 %1？停用后不能再领取或核销；已有的领取记录和统计保留。</translation>
    </message>
    <message>
        <source>Claim recorded</source>
        <translation>已登记领取</translation>
    </message>
    <message>
        <source>The claim code of %1 for %2 is %3.</source>
        <translation>%2 领取的 %1 券码为 %3。</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>该顾客</translation>
    </message>
    <message>
        <source>%1 claims of %2 issued to %3 people.</source>
        <translation>已向 %3 人发放 %2 共 %1 张。</translation>
    </message>
    <message>
        <source>%1 already held as many as the limit per person.</source>
        <translation>%1 人已达每人限领数量。</translation>
    </message>
    <message>
        <source>%1 got none: the total limit ran out.</source>
        <translation>%1 人未获发放：总发放量已用完。</translation>
    </message>
    <message>
        <source>Coupon issued</source>
        <translation>优惠券已发放</translation>
    </message>
    <message>
        <source>Coupon templates</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>显示已停用(&amp;R)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>过期未用</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>优惠总额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>新建优惠券(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Record a &amp;claim…</source>
        <translation>登记领取(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Issue to members…</source>
        <translation>发放给会员(&amp;I)…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>核销次数</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>领取于</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>顾客</translation>
    </message>
</context>
<context>
    <name>ui::coupons::IssueDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no bound</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Issue %1 to members</source>
        <translation>向会员发放 %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <source>any balance</source>
        <translation>任意余额</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>People at home in %1 (the toolbar&apos;s branches)</source>
        <translation>归属门店为 %1 的顾客（工具栏所选门店）</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Visited within the last:</source>
        <translation>最近到店在：</translation>
    </message>
    <message>
        <source>Not seen for at least:</source>
        <translation>至少未到店：</translation>
    </message>
    <message>
        <source>Balance above:</source>
        <translation>余额高于：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>发放(&amp;I)</translation>
    </message>
    <message>
        <source>the balance</source>
        <translation>余额</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match.</source>
        <translation>
            <numerusform>%n 人符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 people match.</source>
        <translation>超过 %1 人符合条件。</translation>
    </message>
    <message>
        <source>Issuing %1…</source>
        <translation>正在发放 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issuing %1: %2 people so far…</source>
        <translation>正在发放 %1：已处理 %2 人…</translation>
    </message>
</context>
<context>
    <name>ui::dashboard::DashboardChartView</name>
    <message numerus="yes">
        <source>Revenue by branch (the %n branch(es) with the most)</source>
        <translation>
            <numerusform>各门店营业额（前 %n 家门店）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visits by branch (the %n branch(es) with the most)</source>
        <translation>
            <numerusform>各门店消费次数（前 %n 家门店）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
</context>
<context>
    <name>ui::dashboard::DashboardModel</name>
    <message>
        <source>Chain total</source>
        <translation>连锁店合计</translation>
    </message>
    <message>
        <source>%1 to %2: %3
%4 to %5: %6</source>
        <translation>%1 至 %2：%3
%4 至 %5：%6</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Coupon claims</source>
        <translation>领券数</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>核销数</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>ui::dashboard::DashboardPage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>门店编号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1（上期）</translation>
    </message>
    <message>
        <source>Chain total</source>
        <translation>连锁店合计</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出总览</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The period to report on</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <source>Chart revenue</source>
        <translation>营业额图表</translation>
    </message>
    <message>
        <source>Chart visits</source>
        <translation>消费次数图表</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <source>List the members of the selected branches</source>
        <translation>列出所选门店的会员</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4. Members and stored value by home branch; stored value as of now.</source>
        <translation>%1 至 %2，对比 %3 至 %4。会员数和储值按所属门店统计；储值为当前余额。</translation>
    </message>
    <message>
        <source>The selected branches and the total, or the whole table</source>
        <translation>所选门店及合计；未选时导出整张表</translation>
    </message>
    <message>
        <source>Broadcast to selected branches</source>
        <translation>向所选门店群发</translation>
    </message>
    <message>
        <source>Compose one broadcast to the people of the selected branches</source>
        <translation>为所选门店的顾客撰写一条群发消息</translation>
    </message>
</context>
<context>
    <name>ui::firstrun::FirstRunWizard</name>
    <message>
        <source>%1 already exists; ChainCard creates a new chain only in a new file.</source>
        <translation>%1 已存在；ChainCard 只能在新文件中创建新的连锁店。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>ChainCard</source>
        <translation>ChainCard</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>无法创建演示数据：%1</translation>
    </message>
    <message>
        <source>New chain — ChainCard</source>
        <translation>新建连锁店 — ChainCard</translation>
    </message>
    <message>
        <source>Your chain</source>
        <translation>您的连锁店</translation>
    </message>
    <message>
        <source>One chain, all its branches, in one file. These settings apply to every branch.</source>
        <translation>一个连锁店及其所有门店保存在一个文件中。以下设置适用于所有门店。</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>老板账号</translation>
    </message>
    <message>
        <source>The owner sees and manages the whole chain, and creates the accounts of branch managers and cashiers.</source>
        <translation>老板可查看和管理整个连锁店，并为店长和收银员创建账号。</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>开始方式</translation>
    </message>
    <message>
        <source>The file will be %1.</source>
        <translation>文件将保存为 %1。</translation>
    </message>
    <message>
        <source>Chain &amp;name:</source>
        <translation>连锁店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>货币（ISO 4217）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>手机号地区(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. Golden Noodle House</source>
        <translation>例如：金牌面馆</translation>
    </message>
    <message>
        <source>The country whose phone numbers need no +code, e.g. CN</source>
        <translation>手机号无需加 +区号 的国家或地区，例如 CN</translation>
    </message>
    <message>
        <source>Start with an empty chain</source>
        <translation>从空白连锁店开始</translation>
    </message>
    <message>
        <source>Load the demo chain (made-up branches, members and visits to try things on)</source>
        <translation>加载演示连锁店（虚构的门店、会员和消费记录，供试用）</translation>
    </message>
    <message>
        <source>Import branches, members and visits from CSV files next</source>
        <translation>下一步从 CSV 文件导入门店、会员和消费记录</translation>
    </message>
</context>
<context>
    <name>ui::importer::DryRunPage</name>
    <message>
        <source>Checking every row as the import would, without writing anything…</source>
        <translation>正在按导入规则逐行检查，不写入任何数据…</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>试运行已取消。</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:</source>
        <translation>该文件无法直接导入：</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has been written yet.</source>
        <translation>所有行均可导入。尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Some rows would be rejected. Nothing has been written yet.</source>
        <translation>部分行将被拒绝。尚未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 would be added, %3 updated, %4 unchanged, %5 merged into a person earlier in the file, %6 skipped (voided or cancelled), %7 rejected.</source>
        <translation>共读取 %1 行：将新增 %2 行，更新 %3 行，%4 行无变化，%5 行合并到文件中之前出现的同一人，%6 行跳过（已作废或已取消），%7 行被拒绝。</translation>
    </message>
    <message>
        <source>As it is, the import would write nothing. Fix the rows and start again, or tick “Skip bad rows” on the next page to import the others.</source>
        <translation>按现状导入将不会写入任何数据。请修正这些行后重新开始，或在下一页勾选“跳过错误行”以导入其余行。</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Every row is checked as the import would check it; nothing is written.</source>
        <translation>按导入规则逐行检查，不写入任何数据。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportAction</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring members, visits, stored value, coupons or reviews in from a CSV file</source>
        <translation>从 CSV 文件导入会员、消费记录、储值、优惠券或评价</translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import has finished.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>The import failed and wrote nothing: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Rows the dry run rejected: %1. Unless you tick “Skip bad rows”, the import will write nothing.</source>
        <translation>试运行中被拒绝的行：%1。除非勾选“跳过错误行”，否则导入不会写入任何数据。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>已读取 %1 / %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The rows are written in one go: if anything stops the import, the chain stays as it was.</source>
        <translation>所有行一次性写入：如果导入中途停止，连锁店数据保持不变。</translation>
    </message>
    <message>
        <source>By default one bad row stops the whole import and nothing is written. Tick “Skip bad rows” to write the good rows and list the bad ones in the error report.</source>
        <translation>默认情况下，只要有一行出错就会停止整个导入，不写入任何数据。勾选“跳过错误行”可写入正确的行，并在错误报告中列出错误行。</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows</source>
        <translation>跳过错误行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>立即导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportRunner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation>无法写入错误报告 %1：%2</translation>
    </message>
    <message>
        <source>The error report could not be written to %1: %2</source>
        <translation>错误报告无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportWizard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>ui::importer::KindFilePage</name>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 是文件夹；请选择 CSV 文件。</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>选择要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation>选择导入内容</translation>
    </message>
    <message>
        <source>The kind of record the file holds, and the file. Encoding and delimiter are detected; choose them only when the preview looks wrong.</source>
        <translation>选择文件中的记录类型及文件。编码和分隔符会自动识别；仅当预览显示异常时才需手动选择。</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV file, such as an export of your previous system</source>
        <translation>CSV 文件，例如从原有系统导出的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Excel)</source>
        <translation>GB18030 / GBK（中文版 Excel）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16（Excel“Unicode 文本”）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>ui::importer::PreviewPage</name>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>required: choose a column</source>
        <translation>必填：请选择列</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Read as %1 text separated by %2. Recognised as: %3.</source>
        <translation>按 %1 编码读取，以%2分隔。识别为：%3。</translation>
    </message>
    <message>
        <source>The file has a header row and no data rows.</source>
        <translation>文件只有标题行，没有数据行。</translation>
    </message>
    <message>
        <source>The first row as read (line %1; the file has more):</source>
        <translation>读取到的第一行（第 %1 行；文件还有更多行）：</translation>
    </message>
    <message>
        <source>The only row as read (line %1):</source>
        <translation>读取到的唯一一行（第 %1 行）：</translation>
    </message>
    <message>
        <source>The first rows as read (lines %1–%2; the file has more):</source>
        <translation>读取到的前几行（第 %1–%2 行；文件还有更多行）：</translation>
    </message>
    <message>
        <source>Every row as read (lines %1–%2):</source>
        <translation>读取到的全部行（第 %1–%2 行）：</translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation>文件中的所有列均已使用。</translation>
    </message>
    <message>
        <source>Ignored columns (not imported): %1</source>
        <translation>忽略的列（不导入）：%1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <source>The file as ChainCard reads it, and the column each field comes from. Change a column where the guess is wrong.</source>
        <translation>以下是 ChainCard 读取到的文件内容，以及每个字段对应的列。如果识别有误，请更改对应的列。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Date &amp;format (only when the dates are ambiguous):</source>
        <translation>日期格式（仅在日期有歧义时填写）(&amp;F)：</translation>
    </message>
    <message>
        <source>Detected; e.g. dd/MM/yyyy HH:mm, or DMY / MDY</source>
        <translation>自动识别；例如 dd/MM/yyyy HH:mm，或 DMY / MDY</translation>
    </message>
</context>
<context>
    <name>ui::importer::RejectedRowsView</name>
    <message>
        <source>The first %1 of %2 rejected rows.</source>
        <translation>共 %2 行被拒绝，以下为前 %1 行。</translation>
    </message>
    <message>
        <source>in ChainCard&apos;s data folder</source>
        <translation>ChainCard 数据文件夹中</translation>
    </message>
    <message>
        <source>beside the imported file</source>
        <translation>导入文件所在的文件夹中</translation>
    </message>
    <message>
        <source>Every rejected row, with its row number, column and reason, is in the error report %1, saved %2.</source>
        <translation>所有被拒绝的行（含行号、列和原因）均已写入错误报告 %1，保存在%2。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ui::importer::SummaryPage</name>
    <message>
        <source>%1 imported from %2.</source>
        <translation>已从 %2 导入%1。</translation>
    </message>
    <message>
        <source>%1 imported from %2, except the rejected rows below.</source>
        <translation>已从 %2 导入%1，以下被拒绝的行除外。</translation>
    </message>
    <message>
        <source>Nothing was written: %1 has rejected rows, and “Skip bad rows” was off.</source>
        <translation>未写入任何数据：%1 中有被拒绝的行，且未勾选“跳过错误行”。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What the import did to the chain.</source>
        <translation>本次导入对连锁店数据的更改。</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Unchanged (already there):</source>
        <translation>无变化（已存在）：</translation>
    </message>
    <message>
        <source>Merged (same person twice in the file):</source>
        <translation>已合并（文件中同一人出现多次）：</translation>
    </message>
    <message>
        <source>Skipped (voided or cancelled):</source>
        <translation>已跳过（已作废或已取消）：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>已拒绝：</translation>
    </message>
</context>
<context>
    <name>ui::members::ClaimTableModel</name>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>领取地点</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
</context>
<context>
    <name>ui::members::ConsentTableModel</name>
    <message>
        <source>In person at the counter</source>
        <translation>柜台当面</translation>
    </message>
    <message>
        <source>On a paper form</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>In a phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未授权</translation>
    </message>
</context>
<context>
    <name>ui::members::LedgerTableModel</name>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ui::members::MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The QR code could not be written to %1.</source>
        <translation>二维码无法写入 %1。</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>member-%1.png</source>
        <translation>会员-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>home branch %1</source>
        <translation>所属门店 %1</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>%1 入会</translation>
    </message>
    <message>
        <source>known since %1</source>
        <translation>%1 首次到店</translation>
    </message>
    <message>
        <source>member code %1</source>
        <translation>会员码 %1</translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt; (principal %2, bonus %3)</source>
        <translation>余额 &lt;b&gt;%1&lt;/b&gt;（本金 %2，赠送金额 %3）</translation>
    </message>
    <message>
        <source>Member — %1</source>
        <translation>会员 — %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Save QR as PNG…</source>
        <translation>将二维码保存为 PNG…</translation>
    </message>
    <message>
        <source>The member code as a QR code: a counter&apos;s scanner reads it from a phone screen or a printed card for cardless payment.</source>
        <translation>会员码的二维码：收银台扫码枪可从手机屏幕或打印的会员卡上扫码，实现无卡支付。</translation>
    </message>
</context>
<context>
    <name>ui::members::MemberListModel</name>
    <message>
        <source>Guest</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>会员码</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消费</translation>
    </message>
</context>
<context>
    <name>ui::members::MemberProfileForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Marketing consent:</source>
        <translation>营销授权：</translation>
    </message>
    <message>
        <source>&amp;How consent was given:</source>
        <translation>授权方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>separated by semicolons, e.g. vip; lunch</source>
        <translation>用分号分隔，例如 vip; 午餐</translation>
    </message>
    <message>
        <source>A change of consent is recorded with the time now and how it was given; no message goes to a channel without consent.</source>
        <translation>授权变更会记录当前时间及授权方式；未获授权的渠道不会收到任何消息。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ui::members::MembersPage</name>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>The balance to list members above may not be negative.</source>
        <translation>用于筛选会员的余额下限不能为负数。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>People: %L1 shown, counting…</source>
        <translation>人数：已显示 %L1，正在统计…</translation>
    </message>
    <message>
        <source>People: %L1</source>
        <translation>人数：%L1</translation>
    </message>
    <message>
        <source>People: more than %L1</source>
        <translation>人数：超过 %L1</translation>
    </message>
    <message>
        <source>Search by phone, last four digits, name or member code</source>
        <translation>按手机号、手机尾号后四位、姓名或会员码搜索</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Members and guests</source>
        <translation>会员和散客</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Last visit before</source>
        <translation>最近消费早于</translation>
    </message>
    <message>
        <source>Last visit since</source>
        <translation>最近消费晚于</translation>
    </message>
    <message>
        <source>Balance above</source>
        <translation>余额高于</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>适用于 Excel 的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>导出会员列表</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The people listed, with this search and these filters</source>
        <translation>按当前搜索和筛选列出的人员</translation>
    </message>
</context>
<context>
    <name>ui::members::ReviewTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>ui::members::VisitTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>%1 (voided %2)</source>
        <translation>%1（已于 %2 作废）</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>ui::membership::MembershipPage</name>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1（%n 天内）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>优惠 %1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remove a tier</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <source>Remove the tier &quot;%1&quot;?</source>
        <translation>删除等级“%1”？</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>Membership tiers: a person moves up when they qualify, never down</source>
        <translation>会员等级：达到条件即升级，从不降级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>升级条件</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>&amp;New tier…</source>
        <translation>新建等级(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Stored value: what the counter follows</source>
        <translation>储值规则：收银台按此执行</translation>
    </message>
    <message>
        <source>Top up at least</source>
        <translation>充值满</translation>
    </message>
    <message>
        <source>Bonus given</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>&amp;Add a bonus rule</source>
        <translation>添加赠送规则(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>A payment takes:</source>
        <translation>付款时扣除：</translation>
    </message>
    <message>
        <source>the bonus first, then the money paid in</source>
        <translation>先扣赠送金额，再扣本金</translation>
    </message>
    <message>
        <source>the money paid in first, then the bonus</source>
        <translation>先扣本金，再扣赠送金额</translation>
    </message>
    <message>
        <source>both in proportion</source>
        <translation>按比例扣除</translation>
    </message>
    <message>
        <source>Refunding a top-up:</source>
        <translation>充值退款时：</translation>
    </message>
    <message>
        <source>gives back the money paid in and takes its bonus back</source>
        <translation>退还本金，并收回赠送金额</translation>
    </message>
    <message>
        <source>gives back the money paid in; the bonus stays</source>
        <translation>退还本金，赠送金额保留</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ui::membership::TierDialog</name>
    <message>
        <source>Top-ups add up to</source>
        <translation>累计充值达到</translation>
    </message>
    <message>
        <source>One top-up of</source>
        <translation>单次充值达到</translation>
    </message>
    <message>
        <source>Spending over a window reaches</source>
        <translation>期间内消费达到</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新建等级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rank (higher is better):</source>
        <translation>级别（数字越大越高）：</translation>
    </message>
    <message>
        <source>Qualifies when:</source>
        <translation>升级条件：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Discount (%):</source>
        <translation>折扣（%）：</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>the discount</source>
        <translation>折扣</translation>
    </message>
</context>
<context>
    <name>ui::retention::BranchChartView</name>
    <message numerus="yes">
        <source>Back within 30 days, by branch (the %n branch(es) with the most claimers)</source>
        <translation>
            <numerusform>各门店 30 天内回访率（领券人数最多的 %n 家门店）</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation>领券顾客</translation>
    </message>
</context>
<context>
    <name>ui::retention::BranchRetentionModel</name>
    <message>
        <source>Without a branch (channel claims)</source>
        <translation>无门店（渠道领券）</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1%（%2）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Members back ≤30 d</source>
        <translation>30 天内回访会员</translation>
    </message>
    <message>
        <source>Members back ≤90 d</source>
        <translation>90 天内回访会员</translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation>领券顾客</translation>
    </message>
    <message>
        <source>Claimers back ≤30 d</source>
        <translation>30 天内回访领券顾客</translation>
    </message>
    <message>
        <source>Claimers back ≤60 d</source>
        <translation>60 天内回访领券顾客</translation>
    </message>
    <message>
        <source>Claimers back ≤90 d</source>
        <translation>90 天内回访领券顾客</translation>
    </message>
    <message>
        <source>Became members</source>
        <translation>转为会员</translation>
    </message>
</context>
<context>
    <name>ui::retention::CohortTableModel</name>
    <message>
        <source>%1: %2 of %3 people visited in month %4</source>
        <translation>%1：%3 人中有 %2 人在第 %4 个月到店消费</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
</context>
<context>
    <name>ui::retention::CurveChartView</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation>领券顾客</translation>
    </message>
    <message>
        <source>%1, month %2: %3% (%4 of %5 people)</source>
        <translation>%1，第 %2 个月：%3%（%5 人中 %4 人）</translation>
    </message>
    <message>
        <source>Who comes back: members against coupon claimers</source>
        <translation>谁会再来：会员与领券顾客对比</translation>
    </message>
    <message>
        <source>Months since start</source>
        <translation>起始后月数</translation>
    </message>
    <message>
        <source>Share of the cohort visiting (%)</source>
        <translation>同期群到店比例（%）</translation>
    </message>
    <message>
        <source>Members (stored value)</source>
        <translation>会员（储值）</translation>
    </message>
</context>
<context>
    <name>ui::retention::RetentionPage</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write the picture &quot;%1&quot;.</source>
        <translation>无法写入图片“%1”。</translation>
    </message>
    <message>
        <source>Retention: members against coupon claimers</source>
        <translation>留存：会员与领券顾客对比</translation>
    </message>
    <message>
        <source>Could not write the PDF &quot;%1&quot;.</source>
        <translation>无法写入 PDF“%1”。</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation>导出留存数据</translation>
    </message>
    <message>
        <source>Cohorts from</source>
        <translation>同期群起始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Charts as PDF…</source>
        <translation>图表导出为 PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation>领券顾客</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>%1 members in %2 cohorts; %3 coupon claimers in %4 cohorts, of whom %5 became members.</source>
        <translation>%2 个同期群共 %1 名会员；%4 个同期群共 %3 名领券顾客，其中 %5 人成为会员。</translation>
    </message>
</context>
<context>
    <name>ui::reviews::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>录入评价</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Guest&apos;s phone</source>
        <translation>顾客手机号</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Only the person of that bill may review it, once, within the chain&apos;s review days.</source>
        <translation>只有该笔消费的顾客本人可以评价，每笔一次，且须在连锁设定的评价天数内。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Enter the bill&apos;s receipt number.</source>
        <translation>请输入该笔消费的小票号。</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s phone.</source>
        <translation>请输入顾客的手机号。</translation>
    </message>
</context>
<context>
    <name>ui::reviews::ReviewsPage</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a review to read it and reply.</source>
        <translation>选择一条评价以查看和回复。</translation>
    </message>
    <message>
        <source>%1 at %2, bill %3, %4:</source>
        <translation>%1 · %2 · 小票 %3 · %4：</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>Replied %1: %2</source>
        <translation>%1 回复：%2</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>全部评分</translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation>录入评价…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>The branch&apos;s reply, shown with the review</source>
        <translation>门店的回复，与评价一同显示</translation>
    </message>
</context>
<context>
    <name>ui::settings::SettingsPage</name>
    <message>
        <source>The chain</source>
        <translation>连锁店</translation>
    </message>
    <message>
        <source>Chain &amp;name:</source>
        <translation>连锁店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>货币（ISO 4217）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>手机号地区(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Retention months follow the chain&apos;s time zone: after a change, the Retention page recomputes them once. The phone region applies to phone numbers typed from now on; numbers already stored keep their country code. Amounts already stored are not converted when the currency changes.</source>
        <translation>留存月份按连锁店的时区计算：时区更改后，留存页面会重新计算一次。手机号地区适用于此后输入的手机号；已保存的号码保留其国家代码。更改货币不会换算已保存的金额。</translation>
    </message>
    <message>
        <source>Re&amp;view days:</source>
        <translation>评价天数(&amp;V)：</translation>
    </message>
    <message>
        <source>How many days after a visit its guest may review it</source>
        <translation>消费后多少天内顾客可以评价</translation>
    </message>
</context>
<context>
    <name>ui::settlement::SettlementPage</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 spent at another branch than where it was topped up; %2 on cards at the month&apos;s end.</source>
        <translation>%1 在充值门店以外的门店消费；月末卡内余额 %2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the settlement</source>
        <translation>导出结算</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Branches as CSV…</source>
        <translation>门店表导出为 CSV…</translation>
    </message>
    <message>
        <source>Flows as CSV…</source>
        <translation>流向表导出为 CSV…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Spent here</source>
        <translation>本店消费</translation>
    </message>
    <message>
        <source>Bonus spent here</source>
        <translation>本店消费的赠送金额</translation>
    </message>
    <message>
        <source>Owed to it (−: it owes)</source>
        <translation>应收（负数：应付）</translation>
    </message>
    <message>
        <source>On cards at month&apos;s end</source>
        <translation>月末卡内余额</translation>
    </message>
    <message>
        <source>Money topped up at one branch and spent at another (first in, first out; principal only)</source>
        <translation>在一家门店充值、在另一家门店消费的金额（先进先出；仅本金）</translation>
    </message>
    <message>
        <source>Topped up at</source>
        <translation>充值门店</translation>
    </message>
    <message>
        <source>Spent at</source>
        <translation>消费门店</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ui::signin::SignInDialog</name>
    <message>
        <source>Sign in — ChainCard</source>
        <translation>登录 — ChainCard</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ui::users::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已停业）</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>重复密码：</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Name, role and branch of %1</source>
        <translation>%1 的姓名、角色和门店</translation>
    </message>
</context>
<context>
    <name>ui::users::UserTableModel</name>
    <message>
        <source>Whole chain</source>
        <translation>整个连锁店</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ui::users::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit name, role, branch…</source>
        <translation>编辑姓名、角色、门店(&amp;E)…</translation>
    </message>
</context>
</TS>
