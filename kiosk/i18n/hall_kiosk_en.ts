<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BigButton</name>
    <message>
        <source>请稍候…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>请选择要办理的业务（可多选）</source>
        <translation>Choose what you came for (one or more)</translation>
    </message>
    <message>
        <source>办理顺序：%1</source>
        <translation>Order of service: %1</translation>
    </message>
    <message>
        <source>选好后点“下一步”</source>
        <translation>Then tap “Next”</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步（已选 %1 项）</source>
        <translation>Next (%1 chosen)</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
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
        <translation>Tickets are not available right now. Please go to the enquiry desk</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>欢迎！请点选要办理的业务取号</source>
        <translation>Welcome! Tap a service to take a ticket</translation>
    </message>
    <message>
        <source>一次可以办理多项业务，只需取一个号</source>
        <translation>One ticket covers several errands</translation>
    </message>
    <message>
        <source>排队服务暂时无法使用，请到咨询台</source>
        <translation>Tickets are not available right now. Please go to the enquiry desk</translation>
    </message>
    <message>
        <source>暂停取号</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>选择一项或多项业务</source>
        <translation>Choose one or more services</translation>
    </message>
    <message>
        <source>预约/签到</source>
        <translation>Booking / check-in</translation>
    </message>
    <message>
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>办理进度查询</source>
        <translation>Application status</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>不需要</source>
        <translation>None</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>军人及优抚对象</source>
        <translation>Military / veteran family</translation>
    </message>
    <message>
        <source>孕妇</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>出示身份证（可选）</source>
        <translation>Show your ID card (optional)</translation>
    </message>
    <message>
        <source>把身份证放在读卡区，或输入身份证号码。70岁以上老人自动优先办理。</source>
        <translation>Place your ID card on the reader or type the ID number. Residents aged 70 or over are served first.</translation>
    </message>
    <message>
        <source>已读取身份证</source>
        <translation>ID card read</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>不使用这张身份证</source>
        <translation>Do not use this card</translation>
    </message>
    <message>
        <source>优先办理（请在窗口出示相关证件）</source>
        <translation>Priority service (show proof at the counter)</translation>
    </message>
    <message>
        <source>身份证号码为18位，还差 %1 位</source>
        <translation>An ID number has 18 characters: %1 to go</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>不出示证件，直接取号</source>
        <translation>Take a ticket without ID</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>社区事务受理服务中心</source>
        <translation>Community Affairs Service Centre</translation>
    </message>
    <message>
        <source>标准字体</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>大字模式</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>自助取号</source>
        <translation>Take a ticket</translation>
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
    <name>RefusalPage</name>
    <message>
        <source>今日号已取完</source>
        <translation>No more tickets today</translation>
    </message>
    <message>
        <source>现在不是取号时间</source>
        <translation>Tickets are not issued at this time</translation>
    </message>
    <message>
        <source>身份证号码无效</source>
        <translation>This ID number is not valid</translation>
    </message>
    <message>
        <source>您已经取过号了</source>
        <translation>You already have a ticket</translation>
    </message>
    <message>
        <source>暂时无法取号，请到咨询台</source>
        <translation>No ticket right now. Please go to the enquiry desk</translation>
    </message>
    <message>
        <source>所选业务今天的号已经发完，请明天再来，或到咨询台咨询。</source>
        <translation>All of today's tickets for this service have been taken. Please come back tomorrow or ask at the enquiry desk.</translation>
    </message>
    <message>
        <source>所选业务现在不能取号，取号时间请看大厅公告，或到咨询台咨询。</source>
        <translation>Tickets for this service are not issued now. See the hall notice for the hours, or ask at the enquiry desk.</translation>
    </message>
    <message>
        <source>请核对后重新输入，也可以不出示证件直接取号。</source>
        <translation>Please check it and type it again, or take a ticket without ID.</translation>
    </message>
    <message>
        <source>您手上的 %1 号还没有办完，请留意叫号；办完后可以再取。</source>
        <translation>Your ticket %1 has not been served yet. Please listen for your number; you can take another afterwards.</translation>
    </message>
    <message>
        <source>您手上的号还没有办完，请留意叫号；办完后可以再取。</source>
        <translation>Your ticket has not been served yet. Please listen for your number; you can take another afterwards.</translation>
    </message>
    <message>
        <source>排队服务暂时连接不上。可以稍后重试，工作人员也可以在咨询台为您取号。</source>
        <translation>The queue service cannot be reached. Try again shortly, or staff at the enquiry desk can give you a ticket.</translation>
    </message>
    <message>
        <source>工作人员可以在咨询台为您取号。</source>
        <translation>Staff at the enquiry desk can give you a ticket.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>重新输入</source>
        <translation>Type again</translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation>Back to start</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <source>%1 人等候 · 约 %2 分钟</source>
        <translation>%1 waiting · about %2 min</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>打印机缺纸</source>
        <translation>The printer is out of paper</translation>
    </message>
    <message>
        <source>打印机盖未关好</source>
        <translation>The printer cover is open</translation>
    </message>
    <message>
        <source>打印机未连接</source>
        <translation>The printer is not connected</translation>
    </message>
    <message>
        <source>打印机故障</source>
        <translation>The printer has a fault</translation>
    </message>
    <message>
        <source>正在打印号票…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>取号成功，请取走号票</source>
        <translation>Here is your ticket. Please take it</translation>
    </message>
    <message>
        <source>取号成功，但号票未能打印</source>
        <translation>You have a ticket, but it could not be printed</translation>
    </message>
    <message>
        <source>%1，请告知工作人员。请用手机拍下这张号票，或扫描二维码随时查看。</source>
        <translation>%1; please tell the staff. Take a photo of this ticket, or scan the QR code to follow it.</translation>
    </message>
    <message>
        <source>请留意大厅屏幕和语音叫号</source>
        <translation>Watch the hall screen and listen for your number</translation>
    </message>
    <message>
        <source>优先办理（绿色通道）</source>
        <translation>Priority service (green lane)</translation>
    </message>
    <message>
        <source>完成，回到首页</source>
        <translation>Done</translation>
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
</context>
</TS>