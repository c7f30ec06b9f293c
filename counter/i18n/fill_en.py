#!/usr/bin/env python3
"""Fills hall_counter_en.ts with the English texts below after lupdate added new source strings
(`cmake --build <dir> --target hall_counter_models_lupdate`, then `counter/i18n/fill_en.py
counter/i18n/hall_counter_en.ts`). A source string without an entry makes the script fail, so
nothing ships half-translated."""
import sys
import xml.etree.ElementTree as ET

EN = {
    # Hall.Ui components the counter uses
    "请稍候…": "Please wait…",
    "确定": "OK",
    "删除": "Delete",
    "清空": "Clear",
    "正在连接排队服务…": "Connecting to the queue service…",
    "网络中断，正在重新连接…": "Connection lost, reconnecting…",
    "排队服务暂时无法使用，请到咨询台": "The queue service is not reachable",
    "前面没有人等候，请留意叫号": "Nobody ahead of you: listen for your number",
    "前面还有 %1 人，约等 %2 分钟": "%1 ahead of you, about %2 min",
    "%1 人等候 · 约 %2 分钟": "%1 waiting · about %2 min",
    # header, login, windows
    "窗口工作台": "Counter desk",
    "办理中": "Serving",
    "暂停服务": "Pause",
    "窗口已关闭": "Window closed",
    "工作人员：%1": "Staff: %1",
    "值班长（管理终端）": "Supervisor (admin device)",
    "换窗口": "Change window",
    "退出登录": "Log out",
    "窗口工作人员登录": "Counter staff login",
    "用户名": "User name",
    "密码": "Password",
    "登录": "Log in",
    "请输入用户名和密码": "Enter your user name and password",
    "选择窗口，或只看全厅": "Choose a window, or watch the hall",
    "请选择本次工作的窗口": "Choose the window you work at",
    "只看全厅（监控）": "Watch the hall (monitor)",
    # desk
    "叫号": "Calling",
    "监控": "Monitor",
    "叫下一位": "Call next",
    "重呼": "Recall",
    "开始办理": "Start",
    "办结": "Finish",
    "过号": "Set aside",
    "转办…": "Transfer…",
    "指定叫号…": "Call number…",
    "重新排队…": "Re-queue…",
    "恢复服务": "Resume",
    "关闭窗口": "Close window",
    "开启窗口": "Open window",
    "窗口暂停中，恢复后才能叫号": "Window paused: resume to call",
    "窗口未开启": "Window not open",
    "现在没有号：按 F1 或小键盘 Enter 叫下一位": "No ticket: press F1 or keypad Enter to call the next",
    "已等候 %1 分钟": "Waited %1 min",
    "小键盘输入：%1（Enter 呼叫，退格清除）": "Keypad: %1 (Enter calls, Backspace clears)",
    "业务：%1": "Errands: %1",
    "身份证：%1": "ID: %1",
    "本窗口业务排队情况": "Queues of this window",
    "%1%2：等候 %3 人，最久 %4 分钟，约 %5 分钟": "%1%2: %3 waiting, longest %4 min, about %5 min",
    "（兼办）": " (secondary)",
    "等候中（%1）— 点一下即呼叫": "Waiting (%1) — tap to call",
    "%1 分钟": "%1 min",
    "转给本窗口": "Sent to this window",
    "没有人等候": "Nobody waiting",
    "过号（%1）— 点一下重新排队": "Set aside (%1) — tap to re-queue",
    "已重排 %1 次": "Re-queued %1×",
    "把 %1 转到其他业务或窗口": "Transfer %1 to another service or window",
    "转到业务（按字母键）": "To a service (letter key)",
    "等候 %1 人": "%1 waiting",
    "转到窗口（按数字键）": "To a window (number key)",
    "取消": "Cancel",
    "指定叫号：输入号码后按 Enter": "Call a number: type it, then Enter",
    "重新排队：输入过号的号码后按 Enter": "Re-queue: type the set-aside number, then Enter",
    "例如 A012": "e.g. A012",
    "预约 %1–%2（%3）": "Booked %1–%2 (%3)",
    "预约 %1–%2": "Booked %1–%2",
    "已呼叫（重呼 %1 次），等群众到窗口": "Called (recalled %1×), waiting for the resident",
    "已呼叫，等群众到窗口": "Called, waiting for the resident",
    "正在办理": "Serving",
    "%1 / 小键盘 %2": "%1 / keypad %2",
    "老年人优先": "Elderly priority",
    "残疾人优先": "Disability priority",
    "军人优抚优先": "Military priority",
    "孕妇优先": "Pregnancy priority",
    # rating
    "跳过评价": "Skip rating",
    "%1 号，请您对本次服务进行评价": "%1, please rate our service",
    "满意": "Satisfied",
    "基本满意": "Fairly satisfied",
    "不满意": "Unsatisfied",
    "服务评价": "Rate our service",
    "%1 竭诚为您服务": "%1 at your service",
    "欢迎光临": "Welcome",
    "谢谢您的评价！": "Thank you for your rating!",
    "评价时间已过，谢谢您！": "The time to rate has passed. Thank you!",
    # monitor
    "今日取号 %1 · 办结 %2 · 正在等候 %3 · 评价：满意 %4 / 基本满意 %5 / 不满意 %6":
        "Today: %1 taken · %2 finished · %3 waiting · ratings: satisfied %4 / fair %5 / unsatisfied %6",
    "各窗口": "Windows",
    "在办 %1": "serving %1",
    "今日办结 %1": "%1 finished today",
    "转入待叫 %1": "%1 sent here",
    "移走转入号": "Move sent tickets",
    "关闭": "Close",
    "各业务排队（等候 / 最久 / 预计 · 今日取号 / 办结）": "Queues (waiting / longest / estimate · taken / finished today)",
    "%1 人 / %2 分 / 约 %3 分 · %4 / %5": "%1 / %2 min / ~%3 min · %4 / %5",
    "无窗口办理！": "No window serves it!",
    "%1号窗口的转入号移到：": "Move the tickets sent to window %1 to:",
    "回到各自业务的队列": "Back to their service queues",
    "暂停": "Paused",
    "已关闭": "Closed",
    "全部业务": "All services",
    "%1号取号机": "Kiosk %1",
    "%1号窗口终端": "Counter terminal %1",
    "%1号大厅屏": "Lobby display %1",
    "缺纸": " is out of paper",
    "纸将用完": " is low on paper",
    "打印机盖未关": ": printer cover open",
    "打印机离线": ": printer offline",
    "设备离线": " is offline",
    "设备故障": ": device fault",
    # errors
    "本窗口的业务暂时没有人等候": "Nobody is waiting for this window",
    "手上还有号：请先办结、过号或转办": "You still have a ticket: finish, set aside or transfer it first",
    "窗口未开启：请先开启窗口": "The window is not open: open it first",
    "窗口已暂停：恢复后才能叫号": "The window is paused: resume to call",
    "窗口现在没有号：请先叫号": "No ticket at this window: call one first",
    "这个号不在本窗口办理": "This ticket is not served at this window",
    "今天没有这个号": "There is no such ticket today",
    "这个号现在不能这样操作": "That cannot be done with this ticket now",
    "已重新排队过，不能再排：请群众重新取号": "Already re-queued: the resident needs a new ticket",
    "没有这项业务": "No such service",
    "没有这个窗口": "No such window",
    "您的账号不能操作这个窗口": "Your account may not operate this window",
    "登录已失效：请重新登录": "Your login has lapsed: log in again",
    "用户名或密码错误": "Wrong user name or password",
    "排队服务没有及时答复：请再按一次": "The queue service did not answer in time: press again",
    "网络中断：请看屏幕上的号是否已变，再决定是否重按": "Connection lost: check whether the screen changed before pressing again",
    "排队服务保存失败，什么也没改变：请再按一次": "The queue service could not save; nothing changed: press again",
    "操作太快了：请稍等再按": "Too fast: wait a moment and press again",
    "输入有误": "Invalid input",
    "重复的请求：请再按一次": "Duplicate request: press again",
    "等候列表里没有这个号": "That number is not in the waiting list",
    "有几个号都以这几位结尾：请输入完整号码": "Several tickets end in these digits: type the full number",
    "操作没有成功（%1）": "That did not work (%1)",
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
