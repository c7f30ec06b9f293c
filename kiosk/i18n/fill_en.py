#!/usr/bin/env python3
"""Fills hall_kiosk_en.ts with the English texts below after lupdate added new source strings.
Kept beside the .ts so a changed Chinese string is translated here, in one reviewed place; a
source string without an entry makes the script fail, so nothing ships half-translated."""
import sys
import xml.etree.ElementTree as ET

EN = {
    "请稍候…": "Please wait…",
    "请选择要办理的业务（可多选）": "Choose what you came for (one or more)",
    "办理顺序：%1": "Order of service: %1",
    "选好后点“下一步”": "Then tap “Next”",
    "返回": "Back",
    "下一步（已选 %1 项）": "Next (%1 chosen)",
    "下一步": "Next",
    "正在连接排队服务…": "Connecting to the queue service…",
    "网络中断，正在重新连接…": "Connection lost, reconnecting…",
    "排队服务暂时无法使用，请到咨询台": "Tickets are not available right now. Please go to the enquiry desk",
    "欢迎！请点选要办理的业务取号": "Welcome! Tap a service to take a ticket",
    "一次可以办理多项业务，只需取一个号": "One ticket covers several errands",
    "暂停取号": "Not available",
    "取号": "Take a ticket",
    "选择一项或多项业务": "Choose one or more services",
    "预约/签到": "Booking / check-in",
    "即将开通": "Coming soon",
    "办理进度查询": "Application status",
    "不需要": "None",
    "残疾人": "Disability",
    "军人及优抚对象": "Military / veteran family",
    "孕妇": "Pregnancy",
    "出示身份证（可选）": "Show your ID card (optional)",
    "把身份证放在读卡区，或输入身份证号码。70岁以上老人自动优先办理。":
        "Place your ID card on the reader or type the ID number. Residents aged 70 or over are served first.",
    "已读取身份证": "ID card read",
    "身份证号码": "ID number",
    "不使用这张身份证": "Do not use this card",
    "优先办理（请在窗口出示相关证件）": "Priority service (show proof at the counter)",
    "身份证号码为18位，还差 %1 位": "An ID number has 18 characters: %1 to go",
    "不出示证件，直接取号": "Take a ticket without ID",
    "社区事务受理服务中心": "Community Affairs Service Centre",
    "标准字体": "Normal text",
    "大字模式": "Large text",
    "自助取号": "Take a ticket",
    "确定": "OK",
    "删除": "Delete",
    "清空": "Clear",
    "今日号已取完": "No more tickets today",
    "现在不是取号时间": "Tickets are not issued at this time",
    "身份证号码无效": "This ID number is not valid",
    "您已经取过号了": "You already have a ticket",
    "暂时无法取号，请到咨询台": "No ticket right now. Please go to the enquiry desk",
    "所选业务今天的号已经发完，请明天再来，或到咨询台咨询。":
        "All of today's tickets for this service have been taken. Please come back tomorrow or ask at the enquiry desk.",
    "所选业务现在不能取号，取号时间请看大厅公告，或到咨询台咨询。":
        "Tickets for this service are not issued now. See the hall notice for the hours, or ask at the enquiry desk.",
    "请核对后重新输入，也可以不出示证件直接取号。":
        "Please check it and type it again, or take a ticket without ID.",
    "您手上的 %1 号还没有办完，请留意叫号；办完后可以再取。":
        "Your ticket %1 has not been served yet. Please listen for your number; you can take another afterwards.",
    "您手上的号还没有办完，请留意叫号；办完后可以再取。":
        "Your ticket has not been served yet. Please listen for your number; you can take another afterwards.",
    "排队服务暂时连接不上。可以稍后重试，工作人员也可以在咨询台为您取号。":
        "The queue service cannot be reached. Try again shortly, or staff at the enquiry desk can give you a ticket.",
    "工作人员可以在咨询台为您取号。": "Staff at the enquiry desk can give you a ticket.",
    "重试": "Try again",
    "重新输入": "Type again",
    "回到首页": "Back to start",
    "%1 人等候 · 约 %2 分钟": "%1 waiting · about %2 min",
    "打印机缺纸": "The printer is out of paper",
    "打印机盖未关好": "The printer cover is open",
    "打印机未连接": "The printer is not connected",
    "打印机故障": "The printer has a fault",
    "正在打印号票…": "Printing your ticket…",
    "取号成功，请取走号票": "Here is your ticket. Please take it",
    "取号成功，但号票未能打印": "You have a ticket, but it could not be printed",
    "%1，请告知工作人员。请用手机拍下这张号票，或扫描二维码随时查看。":
        "%1; please tell the staff. Take a photo of this ticket, or scan the QR code to follow it.",
    "请留意大厅屏幕和语音叫号": "Watch the hall screen and listen for your number",
    "优先办理（绿色通道）": "Priority service (green lane)",
    "完成，回到首页": "Done",
    "前面没有人等候，请留意叫号": "Nobody ahead of you: listen for your number",
    "前面还有 %1 人，约等 %2 分钟": "%1 ahead of you, about %2 min",
}

path = sys.argv[1]
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if source not in EN:
        missing.append(source)
        continue
    translation.text = EN[source]
    translation.attrib.pop("type", None)
if missing:
    sys.exit("no English for: " + ", ".join(missing))
tree.write(path, encoding="utf-8", xml_declaration=True)
