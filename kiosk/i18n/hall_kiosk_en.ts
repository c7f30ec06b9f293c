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
    <name>BookingConfirmPage</name>
    <message>
        <source>请核对预约信息</source>
        <translation>Please check the booking</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%3/%2/%1</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>预约人</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>确认预约</source>
        <translation>Confirm booking</translation>
    </message>
    <message>
        <source>确认后即完成预约，并打印预约凭证；凭证上列出当天需携带的证件和材料。</source>
        <translation>Confirming books the visit and prints the confirmation, which lists the documents to bring on the day.</translation>
    </message>
</context>
<context>
    <name>BookingDatePage</name>
    <message>
        <source>选择日期：%1</source>
        <translation>Choose a date: %1</translation>
    </message>
    <message>
        <source>点选有余号的日期。红点为特别日期；灰色为已约满；标有“开放”的日期到时才能预约。</source>
        <translation>Tap a date with places left. A red dot marks a special date; grey days are fully booked; days marked “opens” can be booked from that moment.</translation>
    </message>
    <message>
        <source>上个月</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>下个月</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>正在查询可预约日期…</source>
        <translation>Looking up dates…</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>%1 已约满，请选择其他日期</source>
        <translation>%1 is fully booked: please choose another day</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
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
        <source>登记处已取消</source>
        <translation>Cancelled by the registry</translation>
    </message>
    <message>
        <source>未按约到场</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>预约已取消</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>我的预约：%1</source>
        <translation>My booking: %1</translation>
    </message>
    <message>
        <source>预约成功，正在打印凭证…</source>
        <translation>Booked. Printing your confirmation…</translation>
    </message>
    <message>
        <source>预约成功，请取走预约凭证</source>
        <translation>Booked. Please take your confirmation</translation>
    </message>
    <message>
        <source>预约成功，但凭证未能打印</source>
        <translation>Booked, but the confirmation could not be printed</translation>
    </message>
    <message>
        <source>名额已释放。需要时可以重新预约。</source>
        <translation>The place is free again. You can book again when you need to.</translation>
    </message>
    <message>
        <source>请按时到场，凭二维码或预约码签到。</source>
        <translation>Please come on time and check in with the QR code or the booking code.</translation>
    </message>
    <message>
        <source>请用手机拍下本页，或记下预约码。签到时扫描二维码或输入预约码。</source>
        <translation>Take a photo of this page or note the booking code. To check in, scan the QR code or type the code.</translation>
    </message>
    <message>
        <source>请保管好凭证。登记当天携带身份证原件到场，在自助机扫描凭证上的二维码签到。</source>
        <translation>Keep the confirmation. On the day, bring your original ID cards and scan its QR code at a kiosk to check in.</translation>
    </message>
    <message>
        <source>预约码</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>签到时间</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>预约人</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>确定取消这个预约？</source>
        <translation>Cancel this booking?</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>再点一次即取消</source>
        <translation>Tap again to cancel</translation>
    </message>
    <message>
        <source>完成，回到首页</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>请携带</source>
        <translation>Bring</translation>
    </message>
    <message>
        <source>仪式</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>BookingField</name>
    <message>
        <source>点此输入</source>
        <translation>Tap to enter</translation>
    </message>
</context>
<context>
    <name>BookingFindPage</name>
    <message>
        <source>我的预约</source>
        <translation>My booking</translation>
    </message>
    <message>
        <source>放身份证或输入身份证号码，再输入凭证上的8位预约码。</source>
        <translation>Place an ID card or type the ID number, then the 8-character code on the confirmation.</translation>
    </message>
    <message>
        <source>身份证号码（任一方）</source>
        <translation>ID number (either of you)</translation>
    </message>
    <message>
        <source>预约码</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>下一栏</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>BookingPartiesPage</name>
    <message>
        <source>双方证件号码和联系电话</source>
        <translation>Both ID numbers and a phone number</translation>
    </message>
    <message>
        <source>证件号码和联系电话</source>
        <translation>ID number and a phone number</translation>
    </message>
    <message>
        <source>登记当天请双方携带身份证原件到场，工作人员当面核验。</source>
        <translation>On the day, both of you bring your original ID cards: staff check them in person.</translation>
    </message>
    <message>
        <source>登记当天请携带身份证原件到场，工作人员当面核验。</source>
        <translation>On the day, bring your original ID card: staff check it in person.</translation>
    </message>
    <message>
        <source>用键盘输入的号码不含姓名，无需补录；登记时以身份证原件为准。</source>
        <translation>A typed number has no name, and none is needed: your ID card is checked on the day.</translation>
    </message>
    <message>
        <source>一方身份证号码</source>
        <translation>ID number of one of you</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>另一方身份证号码</source>
        <translation>ID number of the other</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>下一栏</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步：核对预约</source>
        <translation>Next: check the booking</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>预约按证件号码实名登记：点选一栏，把那一方的身份证放在读卡区，或用键盘输入号码；没有居民身份证的，点“证件类型”。手机号码用于通知预约变动。</source>
        <translation>Booking is in your real names, by your document numbers: tap a field, then place that person&apos;s ID card on the reader or type the number; without a resident ID card, tap “Document”. The mobile number is for news about the booking.</translation>
    </message>
    <message>
        <source>一方：%1</source>
        <translation>One of you: %1</translation>
    </message>
    <message>
        <source>本人：%1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>另一方：%1</source>
        <translation>The other: %1</translation>
    </message>
    <message>
        <source>登记当天请双方携带所持证件原件到场，工作人员当面核验。</source>
        <translation>Both of you bring the original documents on the day; staff check them.</translation>
    </message>
    <message>
        <source>登记当天请携带所持证件原件到场，工作人员当面核验。</source>
        <translation>Bring the original document on the day; staff check it.</translation>
    </message>
    <message>
        <source>用键盘输入的号码不含姓名，无需补录；登记时以证件原件为准。</source>
        <translation>A typed number has no name, and none is needed: the original document is checked on the day.</translation>
    </message>
</context>
<context>
    <name>BookingRefusalPage</name>
    <message>
        <source>该时段已约满</source>
        <translation>This time is fully booked</translation>
    </message>
    <message>
        <source>该日期尚未开放预约</source>
        <translation>This date cannot be booked yet</translation>
    </message>
    <message>
        <source>该日期的预约已截止</source>
        <translation>Booking for this date has closed</translation>
    </message>
    <message>
        <source>该日期不办理此项业务</source>
        <translation>Not offered on this date</translation>
    </message>
    <message>
        <source>暂时不能预约</source>
        <translation>Booking is not possible for now</translation>
    </message>
    <message>
        <source>身份证号码无效</source>
        <translation>This ID number is not valid</translation>
    </message>
    <message>
        <source>未到法定婚龄</source>
        <translation>Under the legal age for marriage</translation>
    </message>
    <message>
        <source>两个身份证号码相同</source>
        <translation>The two ID numbers are the same</translation>
    </message>
    <message>
        <source>结婚登记须为一男一女</source>
        <translation>Marriage registration is for one man and one woman</translation>
    </message>
    <message>
        <source>您已经有一个预约</source>
        <translation>You already have a booking</translation>
    </message>
    <message>
        <source>现在不能预约这项离婚业务</source>
        <translation>This divorce visit cannot be booked now</translation>
    </message>
    <message>
        <source>没有找到这个预约</source>
        <translation>Booking not found</translation>
    </message>
    <message>
        <source>已过可以取消的时间</source>
        <translation>Too late to cancel</translation>
    </message>
    <message>
        <source>还没到签到时间</source>
        <translation>Too early to check in</translation>
    </message>
    <message>
        <source>已过签到时间</source>
        <translation>Too late to check in</translation>
    </message>
    <message>
        <source>身份证与预约不符</source>
        <translation>The ID does not match the booking</translation>
    </message>
    <message>
        <source>预约的业务不符</source>
        <translation>The booking is for another service</translation>
    </message>
    <message>
        <source>不是本登记处的预约</source>
        <translation>The booking is for another registry</translation>
    </message>
    <message>
        <source>该预约已签到、已取消或已失效</source>
        <translation>This booking is checked in, cancelled or no longer valid</translation>
    </message>
    <message>
        <source>暂时无法办理，请稍后重试</source>
        <translation>Not possible right now. Please try again shortly</translation>
    </message>
    <message>
        <source>暂时无法办理，请到咨询台</source>
        <translation>Not possible here. Please go to the enquiry desk</translation>
    </message>
    <message>
        <source>刚才的名额已经约完了。请返回选择其他时段或日期。</source>
        <translation>The last place has just been taken. Please go back and choose another time or date.</translation>
    </message>
    <message>
        <source>这一天将于 %1 开放预约，请届时再来。</source>
        <translation>This date opens for booking at %1. Please come back then.</translation>
    </message>
    <message>
        <source>这一天还没有开放预约，请留意开放时间。</source>
        <translation>This date is not open for booking yet. Please look out for the opening time.</translation>
    </message>
    <message>
        <source>请返回选择其他日期。</source>
        <translation>Please go back and choose another date.</translation>
    </message>
    <message>
        <source>登记处这一天不办理这项业务，请返回选择其他日期。</source>
        <translation>The registry does not offer this on that day. Please choose another date.</translation>
    </message>
    <message>
        <source>因多次未按约到场或取消预约，%1 前不能预约。如有疑问请到咨询台。</source>
        <translation>Because of missed or cancelled bookings, booking is not possible before %1. Please ask at the enquiry desk if in doubt.</translation>
    </message>
    <message>
        <source>因多次未按约到场或取消预约，暂时不能预约。如有疑问请到咨询台。</source>
        <translation>Because of missed or cancelled bookings, booking is not possible for now. Please ask at the enquiry desk if in doubt.</translation>
    </message>
    <message>
        <source>请核对后重新输入。</source>
        <translation>Please check the number and enter it again.</translation>
    </message>
    <message>
        <source>按登记当天计算，一方未到法定结婚年龄，请到年龄后再预约。</source>
        <translation>On the registration date one of you is under the legal age for marriage. Please book once you both are of age.</translation>
    </message>
    <message>
        <source>请分别输入双方的身份证号码。</source>
        <translation>Please enter each person&apos;s own ID number.</translation>
    </message>
    <message>
        <source>请核对双方的身份证号码。</source>
        <translation>Please check both ID numbers.</translation>
    </message>
    <message>
        <source>每人同时只能有一个有效预约。如需改约，请先在“我的预约”中取消原预约。</source>
        <translation>Each person can hold one booking at a time. To change it, first cancel the old one under “My booking”.</translation>
    </message>
    <message>
        <source>离婚登记申请、冷静期和领证期有先后顺序，请按规定时间预约，或到咨询台咨询。</source>
        <translation>The divorce application, the cooling-off period and the certificate visit follow one another. Please book within the set dates, or ask at the enquiry desk.</translation>
    </message>
    <message>
        <source>请核对预约码和身份证号码后再试。</source>
        <translation>Please check the booking code and the ID number and try again.</translation>
    </message>
    <message>
        <source>预约时段临近，已不能在自助机取消，请按时到场或联系登记处。</source>
        <translation>The booking is too close to cancel here. Please come on time or contact the registry.</translation>
    </message>
    <message>
        <source>请于 %1 起再来签到。</source>
        <translation>Please check in from %1.</translation>
    </message>
    <message>
        <source>请在预约时段开始前不久再来签到。</source>
        <translation>Please check in shortly before your booked time.</translation>
    </message>
    <message>
        <source>预约时段的签到时间已过，请到咨询台。</source>
        <translation>Check-in for your booked time is over. Please go to the enquiry desk.</translation>
    </message>
    <message>
        <source>请出示预约当事人的身份证。</source>
        <translation>Please use the ID card of one of the people who booked.</translation>
    </message>
    <message>
        <source>这个预约不是所选的业务，请到咨询台。</source>
        <translation>This booking is for another service. Please go to the enquiry desk.</translation>
    </message>
    <message>
        <source>请到预约的登记处签到。</source>
        <translation>Please check in at the registry you booked.</translation>
    </message>
    <message>
        <source>如有疑问请到咨询台。</source>
        <translation>Please ask at the enquiry desk if in doubt.</translation>
    </message>
    <message>
        <source>服务暂时连接不上或操作过于频繁。可以稍后重试，工作人员也可以在咨询台为您办理。</source>
        <translation>The service cannot be reached or is busy. Try again shortly, or staff at the enquiry desk can help you.</translation>
    </message>
    <message>
        <source>工作人员可以在咨询台为您办理。</source>
        <translation>Staff at the enquiry desk can help you.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation>Back to start</translation>
    </message>
</context>
<context>
    <name>BookingSlotPage</name>
    <message>
        <source>选择时段：%1年%2月%3日</source>
        <translation>Choose a time: %3/%2/%1</translation>
    </message>
    <message>
        <source>选择时段</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>正在查询余号…</source>
        <translation>Looking up places…</translation>
    </message>
    <message>
        <source>这一天没有可预约的时段，请返回选择其他日期。</source>
        <translation>No time can be booked on this day. Please go back and choose another date.</translation>
    </message>
    <message>
        <source>请点选一个时段，按钮上写着剩余名额。</source>
        <translation>Tap a time; each shows the places left.</translation>
    </message>
    <message>
        <source>剩余 %1 个名额</source>
        <translation>%1 places left</translation>
    </message>
    <message>
        <source>已约满</source>
        <translation>Fully booked</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>BookingTypeNames</name>
    <message>
        <source>结婚登记</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>双方本人预约</source>
        <translation>Booked by both of you</translation>
    </message>
    <message>
        <source>离婚登记申请</source>
        <translation>Divorce application</translation>
    </message>
    <message>
        <source>协议离婚，第一次到场</source>
        <translation>Divorce by agreement, first visit</translation>
    </message>
    <message>
        <source>离婚登记领证</source>
        <translation>Divorce certificate</translation>
    </message>
    <message>
        <source>冷静期满后，第二次到场</source>
        <translation>Second visit, after the cooling-off period</translation>
    </message>
    <message>
        <source>补领结婚证/离婚证</source>
        <translation>Replacement certificate</translation>
    </message>
    <message>
        <source>本人预约即可</source>
        <translation>One person may book</translation>
    </message>
    <message>
        <source>颁证仪式</source>
        <translation>Certificate ceremony</translation>
    </message>
    <message>
        <source>颁证厅和颁证师</source>
        <translation>Ceremony hall and officiant</translation>
    </message>
</context>
<context>
    <name>BookingTypePage</name>
    <message>
        <source>婚姻登记预约</source>
        <translation>Marriage registry booking</translation>
    </message>
    <message>
        <source>请选择预约的业务。已经预约的，可以查询、取消或签到。</source>
        <translation>Choose what to book. With a booking already, look it up, cancel it or check in.</translation>
    </message>
    <message>
        <source>预约签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>扫描预约二维码，领取办理号</source>
        <translation>Scan your booking&apos;s QR code to get a ticket</translation>
    </message>
    <message>
        <source>我的预约</source>
        <translation>My booking</translation>
    </message>
    <message>
        <source>查询或取消预约</source>
        <translation>Look up or cancel a booking</translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation>Back to start</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>余%1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>已约满</source>
        <translation>Fully booked</translation>
    </message>
    <message>
        <source>%1开放</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <source>不办理</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已过</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>待公布</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>办件编号 %1 · %2 · %3</source>
        <translation>Case %1 · %2 · %3</translation>
    </message>
    <message>
        <source>不予批准的理由：%1</source>
        <translation>Reason for refusal: %1</translation>
    </message>
    <message>
        <source>打印进度凭条</source>
        <translation>Print a status slip</translation>
    </message>
</context>
<context>
    <name>CaseEnterPage</name>
    <message>
        <source>办理进度查询</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>放身份证或输入身份证号码，再输入申请时留的手机号码（或办件编号）。</source>
        <translation>Place your ID card on the reader or type the ID number, then the phone number you gave when applying (or the case number).</translation>
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
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>办件编号（受理回执上的数字）</source>
        <translation>Case number (the digits on your receipt)</translation>
    </message>
    <message>
        <source>申请时留的手机号码</source>
        <translation>Phone number given when applying</translation>
    </message>
    <message>
        <source>下一栏</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
</context>
<context>
    <name>CaseRefusedPage</name>
    <message>
        <source>请稍后再试</source>
        <translation>Please try again later</translation>
    </message>
    <message>
        <source>没有查到</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>请核对身份证号码和申请时留的手机号码，或带上受理回执到窗口咨询。</source>
        <translation>Check the ID number and the phone number you gave when applying, or bring your receipt to a counter.</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>重新输入</source>
        <translation>Type again</translation>
    </message>
</context>
<context>
    <name>CaseResultsPage</name>
    <message>
        <source>办理进度</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>共 %1 件。可打印进度凭条（只印办件编号，不印个人信息）。</source>
        <translation>%1 found. You can print a status slip (it shows the case number only, no personal data).</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>查询其他</source>
        <translation>Look up another</translation>
    </message>
</context>
<context>
    <name>CheckInEnterPage</name>
    <message>
        <source>输入预约码签到</source>
        <translation>Check in with the booking code</translation>
    </message>
    <message>
        <source>输入凭证上的8位预约码，再放身份证或输入一方的身份证号码。</source>
        <translation>Type the 8-character code on the confirmation, then place an ID card or type one of your ID numbers.</translation>
    </message>
    <message>
        <source>预约码</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>身份证号码（任一方）</source>
        <translation>ID number (either of you)</translation>
    </message>
    <message>
        <source>下一栏</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CheckInScanPage</name>
    <message>
        <source>预约签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>请把预约凭证或手机上的二维码对准下方扫码口。</source>
        <translation>Hold the QR code of your confirmation or phone under the scanner below.</translation>
    </message>
    <message>
        <source>请把预约凭证或手机上的二维码对准摄像头，放进画面中的方框里；也可以对准扫码口。</source>
        <translation>Hold the QR code of your confirmation or phone up to the camera, inside the square on the picture, or under the scanner.</translation>
    </message>
    <message>
        <source>正在签到，请稍候…</source>
        <translation>Checking in, please wait…</translation>
    </message>
    <message>
        <source>等待扫码…</source>
        <translation>Waiting for a scan…</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>没有二维码？输入预约码</source>
        <translation>No QR code? Type the booking code</translation>
    </message>
</context>
<context>
    <name>CheckInTicketPage</name>
    <message>
        <source>签到成功，正在打印号票…</source>
        <translation>Checked in. Printing your ticket…</translation>
    </message>
    <message>
        <source>签到成功，请取走号票</source>
        <translation>Checked in. Please take your ticket</translation>
    </message>
    <message>
        <source>签到成功，但号票未能打印</source>
        <translation>Checked in, but the ticket could not be printed</translation>
    </message>
    <message>
        <source>请用手机拍下这张号票，并告知工作人员。预约的号在预约时段内优先叫号。</source>
        <translation>Take a photo of this ticket and tell the staff. Booked tickets are called first during their time.</translation>
    </message>
    <message>
        <source>预约的号在预约时段内优先叫号，请留意大厅屏幕和语音叫号。</source>
        <translation>Booked tickets are called first during their time. Watch the hall screen and listen for your number.</translation>
    </message>
    <message>
        <source>预约时段 %1</source>
        <translation>Booked time %1</translation>
    </message>
    <message>
        <source>预约签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>完成，回到首页</source>
        <translation>Done</translation>
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
        <translation>Tickets are not available right now. Please go to the enquiry desk</translation>
    </message>
    <message>
        <source>本机未获授权，暂时无法使用：请联系工作人员</source>
        <translation>This device is not authorised: please ask a member of staff</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>另一方持哪种证件？</source>
        <translation>Which document does the other hold?</translation>
    </message>
    <message>
        <source>一方持哪种证件？</source>
        <translation>Which document does one of you hold?</translation>
    </message>
    <message>
        <source>您持哪种证件？</source>
        <translation>Which document do you hold?</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>减</source>
        <translation>Less</translation>
    </message>
    <message>
        <source>加</source>
        <translation>More</translation>
    </message>
    <message>
        <source>性别和出生日期（按证件填写）</source>
        <translation>Sex and date of birth (as on the document)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>%1日</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>下一栏</source>
        <translation>Next field</translation>
    </message>
</context>
<context>
    <name>DocumentLetters</name>
    <message>
        <source>护照签发国家或地区代码：护照上的 3 位字母，如 USA、GBR、D</source>
        <translation>Issuing country code: the letters on the passport, such as USA, GBR or D</translation>
    </message>
    <message>
        <source>请输入%1号码</source>
        <translation>Type the number of the %1</translation>
    </message>
    <message>
        <source>下一栏</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>这不是有效的%1号码，请核对证件后重新输入。</source>
        <translation>This is not a valid number of a %1. Please check the document and type it again.</translation>
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
        <source>办理进度查询</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>婚姻登记预约、查询、签到</source>
        <translation>Marriage registry: book, look up, check in</translation>
    </message>
    <message>
        <source>低保、救助、津贴等办件</source>
        <translation>Allowances, assistance, cards</translation>
    </message>
    <message>
        <source>今天休息（%1）</source>
        <translation>Closed today (%1)</translation>
    </message>
    <message>
        <source>今天是%1，只办理：%2</source>
        <translation>Today is %1: only %2</translation>
    </message>
    <message>
        <source>今天不办理</source>
        <translation>Not today</translation>
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
    <message>
        <source>身份证号码无效，请核对后重新输入</source>
        <translation>This ID number is not valid. Please check it and type it again</translation>
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
    <name>OfficeChoice</name>
    <message>
        <source>改在%1预约</source>
        <translation>Book at %1 instead</translation>
    </message>
    <message>
        <source>更换证件</source>
        <translation>Another document</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <source>签发国 %1</source>
        <translation>issued by %1</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>性别和出生日期（按证件填写）</source>
        <translation>Sex and date of birth (as on the document)</translation>
    </message>
    <message>
        <source>点此选择</source>
        <translation>Tap to choose</translation>
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
        <translation>All of today&apos;s tickets for this service have been taken. Please come back tomorrow or ask at the enquiry desk.</translation>
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
    <message>
        <source>今天休息，不能取号</source>
        <translation>Closed today: no tickets</translation>
    </message>
    <message>
        <source>今天不办理这项业务</source>
        <translation>Not offered today</translation>
    </message>
    <message>
        <source>今天是%1，只办理：%2</source>
        <translation>Today is %1: only %2</translation>
    </message>
    <message>
        <source>%1。%2</source>
        <translation>%1. %2</translation>
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
    <name>hall::CaseLookupFlow</name>
    <message>
        <source>已打印，请取走凭条</source>
        <translation>Printed. Please take your slip</translation>
    </message>
    <message>
        <source>打印失败，请记下办件编号</source>
        <translation>Printing failed. Please note the case number</translation>
    </message>
    <message>
        <source>暂时无法查询，请稍后再试或到窗口咨询</source>
        <translation>Lookup is not available right now. Try again later or ask at a counter</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>打印机暂时不可用，请记下办件编号</source>
        <translation>The printer is not available. Please note the case number</translation>
    </message>
    <message>
        <source>未查到匹配的办理记录</source>
        <translation>No matching application found</translation>
    </message>
    <message>
        <source>身份证号码无效，请核对后重新输入</source>
        <translation>This ID number is not valid. Please check it and type it again</translation>
    </message>
</context>
<context>
    <name>hall::CaseModel</name>
    <message>
        <source>%1月%2日</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>待补充材料</source>
        <translation>Documents needed</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>未获批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>%1 未获批准</source>
        <translation>%1 not approved</translation>
    </message>
    <message>
        <source>公示至 %1</source>
        <translation>Notice until %1</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>%1 起</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>预计 %1</source>
        <translation>Expected %1</translation>
    </message>
    <message>
        <source>预计 %1 办结</source>
        <translation>Expected completion %1</translation>
    </message>
    <message>
        <source>发放日期：%1</source>
        <translation>Payment dates: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>核实中</source>
        <translation>Being checked</translation>
    </message>
</context>
</TS>
