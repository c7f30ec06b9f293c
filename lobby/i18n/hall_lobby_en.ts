<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CallList</name>
    <message>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>Missed</translation>
    </message>
</context>
<context>
    <name>LatestCall</name>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>请留意叫号</source>
        <translation>Please listen for your number</translation>
    </message>
    <message>
        <source>请再次到 %1 办理</source>
        <translation>Please come to %1 again</translation>
    </message>
    <message>
        <source>请到 %1 办理</source>
        <translation>Please go to %1</translation>
    </message>
</context>
<context>
    <name>LobbyHeader</name>
    <message>
        <source>社区事务受理服务中心</source>
        <translation>Community Affairs Service Centre</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>叫号显示屏</source>
        <translation>Lobby display</translation>
    </message>
    <message>
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
</context>
<context>
    <name>ReconnectBadge</name>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>正在重新连接…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>叫号信息暂停更新</source>
        <translation>Calls are not being updated</translation>
    </message>
    <message>
        <source>本屏未获授权，叫号信息暂停更新</source>
        <translation>This display is not authorised: calls are not being updated</translation>
    </message>
</context>
<context>
    <name>TodayBanner</name>
    <message>
        <source>今天休息（%1） · %2</source>
        <translation>Closed today (%1) · %2</translation>
    </message>
    <message>
        <source>今日节假日服务（%1）：只办理 %2</source>
        <translation>Holiday service today (%1): only %2</translation>
    </message>
</context>
<context>
    <name>WaitingBoard</name>
    <message>
        <source>无需等候</source>
        <translation>No wait</translation>
    </message>
    <message>
        <source>%1人 · 暂无窗口</source>
        <translation>%1 · no window</translation>
    </message>
    <message>
        <source>%1人 · 约%2分钟</source>
        <translation>%1 · ~%2 min</translation>
    </message>
    <message>
        <source>等候人数</source>
        <translation>Waiting · estimated wait</translation>
    </message>
    <message>
        <source>%1人 · 即将叫号</source>
        <translation>%1 · next up</translation>
    </message>
</context>
<context>
    <name>WindowBoard</name>
    <message>
        <source>请 %1 号</source>
        <translation>Calling %1</translation>
    </message>
    <message>
        <source>正在办理 %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <source>等候叫号</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>窗口状态</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
</context>
</TS>
