#!/usr/bin/env python3
"""Fills hall_lobby_en.ts with the English texts below after lupdate added new source strings.
Kept beside the .ts so a changed Chinese string is translated here, in one reviewed place; a
source string without an entry makes the script fail, so nothing ships half-translated."""
import sys
import xml.etree.ElementTree as ET

EN = {
    "社区事务受理服务中心": "Community Affairs Service Centre",
    "叫号显示屏": "Lobby display",
    "正在连接…": "Connecting…",
    "正在重新连接…": "Reconnecting…",
    "叫号信息暂停更新": "Calls are not being updated",
    "重呼": "Recall",
    "请到 %1 办理": "Please go to %1",
    "请再次到 %1 办理": "Please come to %1 again",
    "请留意叫号": "Please listen for your number",
    "最近叫号": "Recent calls",
    "%1号窗口": "Window %1",
    "请 %1 号": "Calling %1",
    "正在办理 %1": "Serving %1",
    "等候叫号": "Ready",
    "暂停服务": "Paused",
    "已关闭": "Closed",
    "窗口状态": "Windows",
    "无需等候": "No wait",
    "%1人 · 暂无窗口": "%1 · no window",
    "%1人 · 即将叫号": "%1 · next up",
    "%1人 · 约%2分钟": "%1 · ~%2 min",
    "等候人数": "Waiting · estimated wait",
    # issue 14 and 16 (front ends at real windows, under faults)
    "本屏未获授权，叫号信息暂停更新": "This display is not authorised: calls are not being updated",
    "过号": "Missed",
    # the hall calendar: a closed day, a holiday service day
    "今天休息（%1） · %2": "Closed today (%1) · %2",
    "今日节假日服务（%1）：只办理 %2": "Holiday service today (%1): only %2",
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
