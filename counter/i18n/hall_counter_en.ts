<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BigButton</name>
    <message>
        <source>请稍候…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>未到场</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>当前号的预约</source>
        <translation>Booking of the ticket in hand</translation>
    </message>
    <message>
        <source>登记离婚申请（开始冷静期）</source>
        <translation>Record a divorce application (starts the cooling-off period)</translation>
    </message>
    <message>
        <source>一方姓名</source>
        <translation>One party&apos;s name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>另一方姓名</source>
        <translation>Other party&apos;s name</translation>
    </message>
    <message>
        <source>登记申请</source>
        <translation>Record application</translation>
    </message>
    <message>
        <source>整日取消预约（通知当事人）</source>
        <translation>Cancel a whole day (couples are notified)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>取消该日全部预约</source>
        <translation>Cancel every booking of the day</translation>
    </message>
    <message>
        <source>已取消：%1，需通知 %2 对</source>
        <translation>Cancelled: %1, %2 couples to notify</translation>
    </message>
    <message>
        <source>携带：%1</source>
        <translation>Bring: %1</translation>
    </message>
    <message>
        <source>◀ 前一天</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>后一天 ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>转办…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>指定叫号…</source>
        <translation>Call number…</translation>
    </message>
    <message>
        <source>重新排队…</source>
        <translation>Re-queue…</translation>
    </message>
    <message>
        <source>恢复服务</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>关闭窗口</source>
        <translation>Close window</translation>
    </message>
    <message>
        <source>开启窗口</source>
        <translation>Open window</translation>
    </message>
</context>
<context>
    <name>CallerBookingPage</name>
    <message>
        <source>为来电或到场群众预约</source>
        <translation>Book for a caller (phone or at the counter)</translation>
    </message>
    <message>
        <source>先选业务和日期</source>
        <translation>Choose the service and the date first</translation>
    </message>
    <message>
        <source>一方身份证号码</source>
        <translation>One party&apos;s ID number</translation>
    </message>
    <message>
        <source>另一方身份证号码</source>
        <translation>The other party&apos;s ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>现场</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>代为预约</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>改约或取消</source>
        <translation>Move or cancel</translation>
    </message>
    <message>
        <source>预约码</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>任一方身份证号码</source>
        <translation>Either party&apos;s ID number</translation>
    </message>
    <message>
        <source>改到所选时段</source>
        <translation>Move to the chosen slot</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>尚未办理</source>
        <translation>Nothing done yet</translation>
    </message>
    <message>
        <source>操作记录（工作人员、渠道）</source>
        <translation>Record (staff member, channel)</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD</source>
        <translation>Date YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>查找办件</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <source>办件编号或身份证号码</source>
        <translation>Case number or ID number</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>受理新申请</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>办件类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>承办机构</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>查找或受理一件办件后在此办理</source>
        <translation>Find or accept a case to work on it here</translation>
    </message>
    <message>
        <source>通过本步</source>
        <translation>Pass this step</translation>
    </message>
    <message>
        <source>退回补充材料</source>
        <translation>Return for documents</translation>
    </message>
    <message>
        <source>材料已收齐</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>申请人撤回</source>
        <translation>Withdrawn by applicant</translation>
    </message>
    <message>
        <source>记备注</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>办理记录（谁办理谁负责）</source>
        <translation>History (who did each step)</translation>
    </message>
    <message>
        <source>异议成立</source>
        <translation>Objection upheld</translation>
    </message>
    <message>
        <source>异议不成立</source>
        <translation>Objection dismissed</translation>
    </message>
    <message>
        <source>备注 / 需补充的材料 / 不予批准的理由 / 异议内容</source>
        <translation>Note / documents needed / reason for refusal / what the objection says</translation>
    </message>
    <message>
        <source>共同入户调查的另一名工作人员账号（共同签字）</source>
        <translation>Account of the second staff member who surveyed the household (both sign)</translation>
    </message>
    <message>
        <source>登记公示异议</source>
        <translation>Record an objection</translation>
    </message>
    <message>
        <source>领取人已当面签名</source>
        <translation>The recipient signed in person</translation>
    </message>
    <message>
        <source>审批：%1</source>
        <translation>Approve: %1</translation>
    </message>
</context>
<context>
    <name>ChooseWindowPage</name>
    <message>
        <source>只看全厅（监控）</source>
        <translation>Watch the hall (monitor)</translation>
    </message>
    <message>
        <source>选择窗口（按窗口号），或只看全厅</source>
        <translation>Choose a window (its number key), or watch the hall</translation>
    </message>
    <message>
        <source>请选择本次工作的窗口（按窗口号）</source>
        <translation>Choose the window you work at (its number key)</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>正在连接排队服务…</source>
        <translation>Connecting to the queue service…</translation>
    </message>
    <message>
        <source>网络中断，正在重新连接…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>排队服务暂时无法使用，请到咨询台</source>
        <translation>The queue service is not reachable</translation>
    </message>
    <message>
        <source>本机未获授权，暂时无法使用：请联系工作人员</source>
        <translation>This device is not authorised: please ask a member of staff</translation>
    </message>
</context>
<context>
    <name>CounsellingPage</name>
    <message>
        <source>婚姻家庭辅导（冷静期内）</source>
        <translation>Marriage and family counselling (cooling-off period)</translation>
    </message>
    <message>
        <source>申请号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>辅导记录</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>和好撤回</source>
        <translation>Reconciled, withdrawn</translation>
    </message>
    <message>
        <source>继续辅导</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>拒绝辅导</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>辅导室可约时段（%1）</source>
        <translation>Free slots of the counselling room (%1)</translation>
    </message>
</context>
<context>
    <name>CounterHeader</name>
    <message>
        <source>窗口工作台</source>
        <translation>Counter desk</translation>
    </message>
    <message>
        <source>工作人员：%1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <source>值班长（管理终端）</source>
        <translation>Supervisor (admin device)</translation>
    </message>
    <message>
        <source>换窗口</source>
        <translation>Change window</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>CurrentTicketPanel</name>
    <message>
        <source>已等候 %1 分钟</source>
        <translation>Waited %1 min</translation>
    </message>
    <message>
        <source>小键盘输入：%1（Enter 呼叫，退格清除）</source>
        <translation>Keypad: %1 (Enter calls, Backspace clears)</translation>
    </message>
    <message>
        <source>业务：%1</source>
        <translation>Errands: %1</translation>
    </message>
    <message>
        <source>身份证：%1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>监控</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>辅导</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>代约</source>
        <translation>For a caller</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>窗口工作人员登录</source>
        <translation>Counter staff login</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>窗口工作台</source>
        <translation>Counter desk</translation>
    </message>
    <message>
        <source>跳过评价</source>
        <translation>Skip rating</translation>
    </message>
    <message>
        <source>已离线：叫号等操作暂不可用，按键不会执行；连接恢复后请重按</source>
        <translation>Offline: calling is off and keys are not acted on; press again once connected</translation>
    </message>
    <message>
        <source>本机未获授权（设备令牌无效或已吊销）：请联系管理员</source>
        <translation>This PC is not authorised (device token wrong or revoked): contact the administrator</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>本窗口业务排队情况</source>
        <translation>Queues of this window</translation>
    </message>
    <message>
        <source>%1%2：等候 %3 人，最久 %4 分钟，约 %5 分钟</source>
        <translation>%1%2: %3 waiting, longest %4 min, about %5 min</translation>
    </message>
    <message>
        <source>（兼办）</source>
        <translation> (secondary)</translation>
    </message>
    <message>
        <source>等候中（%1）— 点一下即呼叫</source>
        <translation>Waiting (%1) — tap to call</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>转给本窗口</source>
        <translation>Sent to this window</translation>
    </message>
    <message>
        <source>没有人等候</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <source>过号（%1）— 点一下重新排队</source>
        <translation>Set aside (%1) — tap to re-queue</translation>
    </message>
    <message>
        <source>已重排 %1 次</source>
        <translation>Re-queued %1×</translation>
    </message>
    <message>
        <source>%1%2：等候 %3 人，最久 %4 分钟，暂无窗口办理</source>
        <translation>%1%2: %3 waiting, longest %4 min, no window open</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>%1 号，请您对本次服务进行评价</source>
        <translation>%1, please rate our service</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Unsatisfied</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <source>服务评价</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>%1 竭诚为您服务</source>
        <translation>%1 at your service</translation>
    </message>
    <message>
        <source>欢迎光临</source>
        <translation>Welcome</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>每日办件量</source>
        <translation>Tickets and errands served each day</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>各时段等候（分钟）</source>
        <translation>Waits by hour of day (min)</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>九成不超过</source>
        <translation>9 in 10 within</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>满意 %1</source>
        <translation>Satisfied %1</translation>
    </message>
    <message>
        <source>基本满意 %1</source>
        <translation>Basic %1</translation>
    </message>
    <message>
        <source>不满意 %1</source>
        <translation>Unsatisfied %1</translation>
    </message>
    <message>
        <source>各组办结（件）</source>
        <translation>Errands served per group</translation>
    </message>
    <message>
        <source>各组平均用时（分钟）</source>
        <translation>Mean times per group (min)</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>等候</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>%1 休</source>
        <translation>%1 closed</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>优先</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>分组：</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>取号 %1 · 办结 %2 · 过号 %3 · 平均等候 %4 分钟（中位 %5，九成不超过 %6）· %7 分钟内叫到 %8% · 满意率 %9% · 窗口利用率 %10% · 工作日 %11 天，开放 %12 天</source>
        <translation>Tickets %1 · served %2 · set aside %3 · mean wait %4 min (median %5, 9 in 10 within %6) · called within %7 min %8% · satisfaction %9% · window use %10% · %11 working days, %12 open</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <source>%1 人等候 · 约 %2 分钟</source>
        <translation>%1 waiting · about %2 min</translation>
    </message>
    <message>
        <source>%1 人等候 · 暂无窗口办理</source>
        <translation>%1 waiting · no window open</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>今日取号 %1 · 办结 %2 · 正在等候 %3 · 评价：满意 %4 / 基本满意 %5 / 不满意 %6</source>
        <translation>Today: %1 taken · %2 finished · %3 waiting · ratings: satisfied %4 / fair %5 / unsatisfied %6</translation>
    </message>
    <message>
        <source>各窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>在办 %1</source>
        <translation>serving %1</translation>
    </message>
    <message>
        <source>今日办结 %1</source>
        <translation>%1 finished today</translation>
    </message>
    <message>
        <source>转入待叫 %1</source>
        <translation>%1 sent here</translation>
    </message>
    <message>
        <source>移走转入号</source>
        <translation>Move sent tickets</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>各业务排队（等候 / 最久 / 预计 · 今日取号 / 办结）</source>
        <translation>Queues (waiting / longest / estimate · taken / finished today)</translation>
    </message>
    <message>
        <source>%1 人 / %2 分 / 约 %3 分 · %4 / %5</source>
        <translation>%1 / %2 min / ~%3 min · %4 / %5</translation>
    </message>
    <message>
        <source>无窗口办理！</source>
        <translation>No window serves it!</translation>
    </message>
    <message>
        <source>%1号窗口的转入号移到：</source>
        <translation>Move the tickets sent to window %1 to:</translation>
    </message>
    <message>
        <source>回到各自业务的队列</source>
        <translation>Back to their service queues</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>各窗口（%1 %2 选择）</source>
        <translation>Windows (%1 %2 to select)</translation>
    </message>
    <message>
        <source>按 0 回到队列，按窗口号选窗口；Enter 确定，Esc 取消</source>
        <translation>0 for the queues, a window&apos;s number for that window; Enter moves, Esc cancels</translation>
    </message>
    <message>
        <source>确定移走</source>
        <translation>Move them</translation>
    </message>
</context>
<context>
    <name>TicketPickDialog</name>
    <message>
        <source>指定叫号：输入号码后按 Enter</source>
        <translation>Call a number: type it, then Enter</translation>
    </message>
    <message>
        <source>重新排队：输入过号的号码后按 Enter</source>
        <translation>Re-queue: type the set-aside number, then Enter</translation>
    </message>
    <message>
        <source>例如 A012</source>
        <translation>e.g. A012</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>前面没有人等候，请留意叫号</source>
        <translation>Nobody ahead of you: listen for your number</translation>
    </message>
    <message>
        <source>前面还有 %1 人，约等 %2 分钟</source>
        <translation>%1 ahead of you, about %2 min</translation>
    </message>
    <message>
        <source>现在没有窗口办理这项业务，窗口开放后按顺序叫号</source>
        <translation>No window serves this at the moment: numbers are called in turn once one opens</translation>
    </message>
    <message>
        <source>前面还有 %1 人；现在没有窗口办理这项业务，窗口开放后按顺序叫号</source>
        <translation>%1 ahead of you. No window serves this at the moment: numbers are called in turn once one opens</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>把 %1 转到其他业务或窗口</source>
        <translation>Transfer %1 to another service or window</translation>
    </message>
    <message>
        <source>转到业务（按字母键）</source>
        <translation>To a service (letter key)</translation>
    </message>
    <message>
        <source>等候 %1 人</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>转到窗口（按数字键）</source>
        <translation>To a window (number key)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hall::BookingDesk</name>
    <message>
        <source>姓名未登记（到场核验身份证）</source>
        <translation>Name not registered (check the ID card)</translation>
    </message>
    <message>
        <source>姓名未登记</source>
        <translation>Name not registered</translation>
    </message>
    <message>
        <source>当前号没有预约</source>
        <translation>The ticket in hand has no booking</translation>
    </message>
    <message>
        <source>%1 预约 %2 · 已签到 %3 · 未到场 %4 · 已取消 %5</source>
        <translation>%1: booked %2 · checked in %3 · no-show %4 · cancelled %5</translation>
    </message>
    <message>
        <source>已登记（申请号 %4）：冷静期至 %1（可撤回）；领证可预约 %2 至 %3</source>
        <translation>Recorded (application %4): cooling-off until %1 (can be withdrawn); certificate visit bookable %2 to %3</translation>
    </message>
    <message>
        <source>；可在冷静期内预约婚姻家庭辅导（辅导页）</source>
        <translation>; counselling can be booked within the cooling-off period (Counselling tab)</translation>
    </message>
    <message>
        <source>%1/%2 对</source>
        <translation>%1/%2 couples</translation>
    </message>
    <message>
        <source>颁证仪式</source>
        <translation>Certificate ceremonies</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>登记处取消</source>
        <translation>Cancelled by the office</translation>
    </message>
    <message>
        <source>未到场</source>
        <translation>No-show</translation>
    </message>
</context>
<context>
    <name>hall::CallerBookingDesk</name>
    <message>
        <source>改约</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>现场</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>%1 余 %2</source>
        <translation>%1, %2 left</translation>
    </message>
    <message>
        <source>居民手机页面</source>
        <translation>Resident&apos;s phone page</translation>
    </message>
    <message>
        <source>代约</source>
        <comment>audit entry: a staff member booked for a caller</comment>
        <translation>Booked for the caller</translation>
    </message>
</context>
<context>
    <name>hall::CaseWorkbench</name>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>本步已通过</source>
        <translation>Step passed</translation>
    </message>
    <message>
        <source>已退回补充材料</source>
        <translation>Returned for documents</translation>
    </message>
    <message>
        <source>材料已收齐</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>已不予批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>备注已记录</source>
        <translation>Note recorded</translation>
    </message>
    <message>
        <source>异议已登记，本件暂停</source>
        <translation>Objection recorded; the case waits</translation>
    </message>
    <message>
        <source>异议成立，已按规定处理</source>
        <translation>Objection upheld; the case was sent back or refused as configured</translation>
    </message>
    <message>
        <source>异议不成立，继续办理</source>
        <translation>Objection dismissed; the case continues</translation>
    </message>
</context>
<context>
    <name>hall::CounsellingDesk</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>和好，已撤回申请</source>
        <translation>Reconciled, application withdrawn</translation>
    </message>
    <message>
        <source>继续辅导</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>拒绝辅导</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>待记录结果</source>
        <translation>Outcome not yet recorded</translation>
    </message>
    <message>
        <source>冷静期/待领证</source>
        <translation>Cooling off / awaiting certificate</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>视为撤回</source>
        <translation>Deemed withdrawn</translation>
    </message>
    <message>
        <source>已预约婚姻家庭辅导：%1 %2 %3，%4，辅导师 %5</source>
        <translation>Counselling booked: %1 %2 %3, %4, counsellor %5</translation>
    </message>
    <message>
        <source>请输入离婚登记申请号（登记申请后显示）</source>
        <translation>Enter the divorce application number (shown when it is recorded)</translation>
    </message>
    <message>
        <source>申请 %1：%2
%3 · 冷静期 %4 至 %5 · %6</source>
        <translation>Application %1: %2
%3 · cooling-off %4 to %5 · %6</translation>
    </message>
</context>
<context>
    <name>hall::CounterController</name>
    <message>
        <source>请输入用户名和密码</source>
        <translation>Enter your user name and password</translation>
    </message>
</context>
<context>
    <name>hall::CurrentTicket</name>
    <message>
        <source>预约 %1–%2（%3）</source>
        <translation>Booked %1–%2 (%3)</translation>
    </message>
    <message>
        <source>已呼叫（重呼 %1 次），等群众到窗口</source>
        <translation>Called (recalled %1×), waiting for the resident</translation>
    </message>
    <message>
        <source>已呼叫，等群众到窗口</source>
        <translation>Called, waiting for the resident</translation>
    </message>
    <message>
        <source>正在办理</source>
        <translation>Serving</translation>
    </message>
</context>
<context>
    <name>hall::ErrorText</name>
    <message>
        <source>本窗口的业务暂时没有人等候</source>
        <translation>Nobody is waiting for this window</translation>
    </message>
    <message>
        <source>手上还有号：请先办结、过号或转办</source>
        <translation>You still have a ticket: finish, set aside or transfer it first</translation>
    </message>
    <message>
        <source>窗口未开启：请先开启窗口</source>
        <translation>The window is not open: open it first</translation>
    </message>
    <message>
        <source>窗口已暂停：恢复后才能叫号</source>
        <translation>The window is paused: resume to call</translation>
    </message>
    <message>
        <source>窗口现在没有号：请先叫号</source>
        <translation>No ticket at this window: call one first</translation>
    </message>
    <message>
        <source>这个号不在本窗口办理</source>
        <translation>This ticket is not served at this window</translation>
    </message>
    <message>
        <source>今天没有这个号</source>
        <translation>There is no such ticket today</translation>
    </message>
    <message>
        <source>这个号现在不能这样操作</source>
        <translation>That cannot be done with this ticket now</translation>
    </message>
    <message>
        <source>已重新排队过，不能再排：请群众重新取号</source>
        <translation>Already re-queued: the resident needs a new ticket</translation>
    </message>
    <message>
        <source>没有这项业务</source>
        <translation>No such service</translation>
    </message>
    <message>
        <source>没有这个窗口</source>
        <translation>No such window</translation>
    </message>
    <message>
        <source>您的账号不能操作这个窗口</source>
        <translation>Your account may not operate this window</translation>
    </message>
    <message>
        <source>登录已失效：请重新登录</source>
        <translation>Your login has lapsed: log in again</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>密码错误次数过多，暂停登录：请 15 分钟后再试</source>
        <translation>Too many wrong passwords: login is paused, try again in 15 minutes</translation>
    </message>
    <message>
        <source>排队服务没有及时答复：请再按一次</source>
        <translation>The queue service did not answer in time: press again</translation>
    </message>
    <message>
        <source>网络中断：请看屏幕上的号是否已变，再决定是否重按</source>
        <translation>Connection lost: check whether the screen changed before pressing again</translation>
    </message>
    <message>
        <source>排队服务保存失败，什么也没改变：请再按一次</source>
        <translation>The queue service could not save; nothing changed: press again</translation>
    </message>
    <message>
        <source>操作太快了：请稍等再按</source>
        <translation>Too fast: wait a moment and press again</translation>
    </message>
    <message>
        <source>输入有误</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>重复的请求：请再按一次</source>
        <translation>Duplicate request: press again</translation>
    </message>
    <message>
        <source>等候列表里没有这个号</source>
        <translation>That number is not in the waiting list</translation>
    </message>
    <message>
        <source>有几个号都以这几位结尾：请输入完整号码</source>
        <translation>Several tickets end in these digits: type the full number</translation>
    </message>
    <message>
        <source>操作没有成功（%1）</source>
        <translation>That did not work (%1)</translation>
    </message>
    <message>
        <source>没有这个办件</source>
        <translation>No such case</translation>
    </message>
    <message>
        <source>没有这种办件类型</source>
        <translation>No such case type</translation>
    </message>
    <message>
        <source>没有这个承办机构</source>
        <translation>No such office</translation>
    </message>
    <message>
        <source>办件不在这一步：请刷新后再办</source>
        <translation>The case is not at this step: refresh and try again</translation>
    </message>
    <message>
        <source>公示期未满，不能进入下一步</source>
        <translation>The public notice has not run its period yet</translation>
    </message>
    <message>
        <source>办件已办结、不予批准或撤回</source>
        <translation>The case is completed, refused or withdrawn</translation>
    </message>
    <message>
        <source>办件正等待补充材料</source>
        <translation>The case is waiting for documents</translation>
    </message>
    <message>
        <source>办件没有待补充的材料</source>
        <translation>The case is not waiting for documents</translation>
    </message>
    <message>
        <source>您的账号未获准办理这类办件</source>
        <translation>Your account may not handle this type of case</translation>
    </message>
    <message>
        <source>身份证号码无效</source>
        <translation>Invalid ID number</translation>
    </message>
    <message>
        <source>这一步须两名工作人员共同办理、共同签字</source>
        <translation>Two staff members must do this step together and both sign</translation>
    </message>
    <message>
        <source>调查和审批须由不同的工作人员负责</source>
        <translation>The same account may not both investigate and approve a case</translation>
    </message>
    <message>
        <source>公示期间收到异议，须先核实处理</source>
        <translation>An objection from the public notice must be resolved first</translation>
    </message>
    <message>
        <source>本机未获授权（设备令牌无效或已吊销）：请联系管理员</source>
        <translation>This PC is not authorised (device token wrong or revoked): contact the administrator</translation>
    </message>
    <message>
        <source>网络中断，这次操作没有执行：连接恢复后请重按</source>
        <translation>Connection lost, nothing was done: press again once connected</translation>
    </message>
    <message>
        <source>报表导出失败</source>
        <translation>The report could not be exported</translation>
    </message>
</context>
<context>
    <name>hall::KeyMap</name>
    <message>
        <source>%1 / 小键盘 %2</source>
        <translation>%1 / keypad %2</translation>
    </message>
</context>
<context>
    <name>hall::RatingPad</name>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>评价时间已过，谢谢您！</source>
        <translation>The time to rate has passed. Thank you!</translation>
    </message>
</context>
<context>
    <name>hall::ReportBoard</name>
    <message>
        <source>还没有报表可导出</source>
        <translation>There is no report to export yet</translation>
    </message>
</context>
<context>
    <name>hall::casewords</name>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>退回补正</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>材料收齐</source>
        <translation>documents received</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>收到异议</source>
        <translation>Objection received</translation>
    </message>
    <message>
        <source>异议成立</source>
        <translation>Objection upheld</translation>
    </message>
    <message>
        <source>异议不成立</source>
        <translation>Objection dismissed</translation>
    </message>
    <message>
        <source>结果：%1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>领取人已签名</source>
        <translation>recipient signed</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>当前：第%1步 %2 · %3%4</source>
        <translation>Now: step %1 %2 · %3%4</translation>
    </message>
    <message>
        <source> · 已超期</source>
        <translation> · overdue</translation>
    </message>
    <message>
        <source>公示期间收到异议，核实处理前本件暂停：%1</source>
        <translation>An objection was received during the public notice; the case waits until it is checked: %1</translation>
    </message>
</context>
<context>
    <name>hall::counterview</name>
    <message>
        <source>老年人优先</source>
        <translation>Elderly priority</translation>
    </message>
    <message>
        <source>残疾人优先</source>
        <translation>Disability priority</translation>
    </message>
    <message>
        <source>军人优抚优先</source>
        <translation>Military priority</translation>
    </message>
    <message>
        <source>孕妇优先</source>
        <translation>Pregnancy priority</translation>
    </message>
    <message>
        <source>预约 %1–%2</source>
        <translation>Booked %1–%2</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>全部业务</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>%1号取号机</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>%1号窗口终端</source>
        <translation>Counter terminal %1</translation>
    </message>
    <message>
        <source>%1号大厅屏</source>
        <translation>Lobby display %1</translation>
    </message>
    <message>
        <source>缺纸</source>
        <translation> is out of paper</translation>
    </message>
    <message>
        <source>纸将用完</source>
        <translation> is low on paper</translation>
    </message>
    <message>
        <source>打印机盖未关</source>
        <translation>: printer cover open</translation>
    </message>
    <message>
        <source>打印机离线</source>
        <translation>: printer offline</translation>
    </message>
    <message>
        <source>设备离线</source>
        <translation> is offline</translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation>: device fault</translation>
    </message>
    <message>
        <source>办理中 %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <source>已叫号 %1，等候到窗口</source>
        <translation>Called %1, waiting for them</translation>
    </message>
    <message>
        <source>开放中，等候叫号</source>
        <translation>Open, ready to call</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>窗口已关闭</source>
        <translation>Window closed</translation>
    </message>
    <message>
        <source>窗口暂停中，恢复后才能叫号</source>
        <translation>Window paused: resume to call</translation>
    </message>
    <message>
        <source>窗口未开启</source>
        <translation>Window not open</translation>
    </message>
    <message>
        <source>现在没有号：按 F1 或小键盘 Enter 叫下一位</source>
        <translation>No ticket: press F1 or keypad Enter to call the next</translation>
    </message>
</context>
</TS>
