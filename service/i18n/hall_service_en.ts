<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ResidentText</name>
    <message>
        <source>大字</source>
        <comment>large</comment>
        <translation>Large</translation>
    </message>
    <message>
        <source>标准字</source>
        <comment>normal</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日 {wd}</source>
        <comment>dateLong</comment>
        <translation>{wd}, {iso}</translation>
    </message>
    <message>
        <source>星期日</source>
        <comment>wd0</comment>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>星期一</source>
        <comment>wd1</comment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <comment>wd2</comment>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <comment>wd3</comment>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <comment>wd4</comment>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <comment>wd5</comment>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <comment>wd6</comment>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>排队进度</source>
        <comment>ticketTitle</comment>
        <translation>Your ticket</translation>
    </message>
    <message>
        <source>您的号码</source>
        <comment>yourNumber</comment>
        <translation>Your number</translation>
    </message>
    <message>
        <source>前面还有</source>
        <comment>ahead</comment>
        <translation>Ahead of you</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <comment>aheadCount</comment>
        <translation>{n} in line</translation>
    </message>
    <message>
        <source>预计等候</source>
        <comment>wait</comment>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>约 {n} 分钟</source>
        <comment>waitMinutes</comment>
        <translation>about {n} min</translation>
    </message>
    <message>
        <source>暂无窗口</source>
        <comment>noWindow</comment>
        <translation>No window open</translation>
    </message>
    <message>
        <source>办理事项（按顺序）</source>
        <comment>errands</comment>
        <translation>Your errands, in order</translation>
    </message>
    <message>
        <source>等候中</source>
        <comment>waiting</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>请到 {n} 号窗口</source>
        <comment>called</comment>
        <translation>Please go to window {n}</translation>
    </message>
    <message>
        <source>正在 {n} 号窗口办理</source>
        <comment>serving</comment>
        <translation>Being served at window {n}</translation>
    </message>
    <message>
        <source>已过号，请到服务台咨询</source>
        <comment>setAside</comment>
        <translation>Missed: please ask at the information desk</translation>
    </message>
    <message>
        <source>已办结，感谢您的耐心等候</source>
        <comment>finished</comment>
        <translation>Done. Thank you for waiting</translation>
    </message>
    <message>
        <source>此号已取消</source>
        <comment>cancelled</comment>
        <translation>This ticket was cancelled</translation>
    </message>
    <message>
        <source>此号已过期</source>
        <comment>expired</comment>
        <translation>This ticket has expired</translation>
    </message>
    <message>
        <source>此号不是今天的号或已失效</source>
        <comment>gone</comment>
        <translation>This ticket is not from today or no longer valid</translation>
    </message>
    <message>
        <source>实时更新中</source>
        <comment>live</comment>
        <translation>Live</translation>
    </message>
    <message>
        <source>连接中断，正在重新连接…</source>
        <comment>reconnecting</comment>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>每 15 秒自动刷新</source>
        <comment>polling</comment>
        <translation>Refreshes every 15 s</translation>
    </message>
    <message>
        <source>本页每 20 秒刷新一次。</source>
        <comment>noscript</comment>
        <translation>This page refreshes every 20 seconds.</translation>
    </message>
    <message>
        <source>预约确认</source>
        <comment>bookingTitle</comment>
        <translation>Your booking</translation>
    </message>
    <message>
        <source>日期</source>
        <comment>date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <comment>time</comment>
        <translation>Time</translation>
    </message>
    <message>
        <source>登记处</source>
        <comment>office</comment>
        <translation>Registry office</translation>
    </message>
    <message>
        <source>预约码</source>
        <comment>code</comment>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>颁证厅</source>
        <comment>hall</comment>
        <translation>Ceremony hall</translation>
    </message>
    <message>
        <source>预约成功</source>
        <comment>b_confirmed</comment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已签到</source>
        <comment>b_checkedIn</comment>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>预约已取消</source>
        <comment>b_cancelled</comment>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>登记处已取消该日预约</source>
        <comment>b_cancelledByOffice</comment>
        <translation>Cancelled by the office</translation>
    </message>
    <message>
        <source>已过期（未到场）</source>
        <comment>b_noShow</comment>
        <translation>Expired (not attended)</translation>
    </message>
    <message>
        <source>到场签到</source>
        <comment>checkinTitle</comment>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>请于 {from}–{until} 到大厅自助机，选择“预约签到”并扫描下面的二维码（或输入预约码和身份证号码）。</source>
        <comment>checkin</comment>
        <translation>Between {from} and {until}, choose “Check in” at a kiosk in the hall and scan the code below (or type the booking code and an ID number).</translation>
    </message>
    <message>
        <source>请携带</source>
        <comment>bringTitle</comment>
        <translation>Please bring</translation>
    </message>
    <message>
        <source>取消预约</source>
        <comment>cancelTitle</comment>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>可在 {until} 前取消。</source>
        <comment>cancelRule</comment>
        <translation>You can cancel until {until}.</translation>
    </message>
    <message>
        <source>{from} 之后取消将计入失约记录，多次失约将暂停预约资格。</source>
        <comment>lateRule</comment>
        <translation>Cancelling after {from} counts as a missed booking; several suspend booking for a while.</translation>
    </message>
    <message>
        <source>取消预约</source>
        <comment>cancelStart</comment>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>请输入预约时所留手机号码的后四位</source>
        <comment>lastFour</comment>
        <translation>Last four digits of the phone number given when booking</translation>
    </message>
    <message>
        <source>返回</source>
        <comment>back</comment>
        <translation>Back</translation>
    </message>
    <message>
        <source>确认取消</source>
        <comment>confirm</comment>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <source>现在取消将计入失约记录。</source>
        <comment>lateWarn</comment>
        <translation>Cancelling now counts as a missed booking.</translation>
    </message>
    <message>
        <source>取消后名额将释放给他人，且不可恢复。</source>
        <comment>sure</comment>
        <translation>The place goes to others and cannot be restored.</translation>
    </message>
    <message>
        <source>请输入 4 位数字</source>
        <comment>needFour</comment>
        <translation>Please enter 4 digits</translation>
    </message>
    <message>
        <source>网络异常，请稍后再试</source>
        <comment>failed</comment>
        <translation>Network problem, please try again</translation>
    </message>
    <message>
        <source>请输入预约时所留手机号码的后四位</source>
        <comment>err_digits</comment>
        <translation>Please enter the last four digits of the phone number given when booking</translation>
    </message>
    <message>
        <source>预约码或手机号码后四位不对，请核对</source>
        <comment>err_mismatch</comment>
        <translation>The booking code and the last four digits do not match. Please check them.</translation>
    </message>
    <message>
        <source>已过网上取消时间（{until} 前可取消），如需帮助请联系登记处</source>
        <comment>err_tooLate</comment>
        <translation>It is too late to cancel here (possible until {until}). Please contact the registry office.</translation>
    </message>
    <message>
        <source>该预约已经取消</source>
        <comment>err_cancelled</comment>
        <translation>This booking is already cancelled</translation>
    </message>
    <message>
        <source>该预约已签到，不能取消</source>
        <comment>err_checkedIn</comment>
        <translation>This booking is checked in and can no longer be cancelled</translation>
    </message>
    <message>
        <source>该预约已失效，不能取消</source>
        <comment>err_inactive</comment>
        <translation>This booking is no longer active and cannot be cancelled</translation>
    </message>
    <message>
        <source>尝试次数过多，请稍后再试或到登记处办理</source>
        <comment>err_limited</comment>
        <translation>Too many attempts. Please try again later or ask at the registry office.</translation>
    </message>
    <message>
        <source>暂时无法取消，请稍后再试</source>
        <comment>err_other</comment>
        <translation>The booking could not be cancelled just now. Please try again.</translation>
    </message>
    <message>
        <source>请求过于频繁，请 %1 秒后再试</source>
        <comment>tooMany</comment>
        <translation>Too many requests, retry in %1 s</translation>
    </message>
    <message>
        <source>找不到该页面，请重新扫描小票或确认单上的二维码</source>
        <comment>notFound</comment>
        <translation>Page not found: please scan the code on your ticket or confirmation again</translation>
    </message>
    <message>
        <source>同时打开的页面过多，请关闭一些页面后再试</source>
        <comment>tooManyLive</comment>
        <translation>Too many pages open at once: close some and try again</translation>
    </message>
</context>
</TS>
