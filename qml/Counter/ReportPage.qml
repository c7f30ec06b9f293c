// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 报表: the manager's view. Pick a period (day, week, month; ‹ › step through them) and what to
// group by; the service computes the report (report.queue), the page draws the daily volume, waits
// by hour of day, each group's service count and times and the ratings, with the table under the
// charts; 导出 writes the same table to Excel or CSV on this PC. Supervisors only (ReportBoard).
Item {
    id: page

    required property CounterController counter
    readonly property alias board: board

    ReportBoard {
        id: board
        controller: page.counter
    }

    // The first look at the tab asks for this month by window; later the figures stay until asked again.
    onVisibleChanged: {
        if (visible && !board.loaded && !board.busy)
            board.refresh()
    }

    readonly property var periods: [
        {key: "day", title: qsTr("日")},
        {key: "week", title: qsTr("周")},
        {key: "month", title: qsTr("月")}
    ]
    readonly property var groupings: [
        {key: "counter", title: qsTr("窗口")},
        {key: "staff", title: qsTr("人员")},
        {key: "service", title: qsTr("业务")},
        {key: "hour", title: qsTr("时段")},
        {key: "weekday", title: qsTr("星期")},
        {key: "day", title: qsTr("日期")},
        {key: "priority", title: qsTr("优先")},
        {key: "channel", title: qsTr("渠道")}
    ]

    Flickable {
        id: scroller
        objectName: "reportScroller"
        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: content
            width: scroller.width
            spacing: Theme.spacing / 2

            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: page.periods
                    delegate: BigButton {
                        required property var modelData
                        objectName: "period_" + modelData.key
                        text: modelData.title
                        tone: board.period === modelData.key ? "primary" : "neutral"
                        focusPolicy: Qt.NoFocus
                        onClicked: board.period = modelData.key
                    }
                }
                BigButton {
                    objectName: "periodBack"
                    text: "‹"
                    tone: "neutral"
                    focusPolicy: Qt.NoFocus
                    onClicked: board.step(-1)
                }
                Text {
                    objectName: "periodText"
                    height: Theme.touchTarget
                    verticalAlignment: Text.AlignVCenter
                    text: board.loaded ? qsTr("%1 至 %2").arg(board.from).arg(board.to) : qsTr("—")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                BigButton {
                    objectName: "periodForward"
                    text: "›"
                    tone: "neutral"
                    focusPolicy: Qt.NoFocus
                    onClicked: board.step(1)
                }
                BigButton {
                    objectName: "refreshReport"
                    text: qsTr("刷新")
                    tone: "neutral"
                    busy: board.busy
                    focusPolicy: Qt.NoFocus
                    onClicked: board.refresh()
                }
                BigButton {
                    objectName: "exportXlsx"
                    text: qsTr("导出 Excel")
                    tone: "success"
                    enabled: board.loaded
                    focusPolicy: Qt.NoFocus
                    onClicked: board.exportReport("xlsx")
                }
                BigButton {
                    objectName: "exportCsv"
                    text: qsTr("导出 CSV")
                    tone: "neutral"
                    enabled: board.loaded
                    focusPolicy: Qt.NoFocus
                    onClicked: board.exportReport("csv")
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                Text {
                    height: Theme.touchTarget
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("分组：")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                Repeater {
                    model: page.groupings
                    delegate: BigButton {
                        required property var modelData
                        objectName: "group_" + modelData.key
                        text: modelData.title
                        tone: board.grouping === modelData.key ? "primary" : "neutral"
                        focusPolicy: Qt.NoFocus
                        onClicked: board.grouping = modelData.key
                    }
                }
            }
            Text {
                objectName: "reportError"
                width: parent.width
                visible: text.length > 0
                wrapMode: Text.Wrap
                text: board.actions.error + (board.actions.errorDetail.length > 0 ? "（" + board.actions.errorDetail + "）" : "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }
            Text {
                objectName: "exportedTo"
                width: parent.width
                visible: board.lastExport.length > 0
                wrapMode: Text.WrapAnywhere
                text: qsTr("已导出：%1").arg(board.lastExport)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.success
            }
            Text {
                objectName: "reportSummary"
                width: parent.width
                wrapMode: Text.Wrap
                readonly property var s: board.summary
                text: !board.loaded ? (board.busy ? qsTr("正在生成报表…") : "")
                    : qsTr("取号 %1 · 办结 %2 · 过号 %3 · 平均等候 %4 分钟（中位 %5，九成不超过 %6）· %7 分钟内叫到 %8% · 满意率 %9% · 窗口利用率 %10% · 工作日 %11 天，开放 %12 天")
                      .arg(s.issued).arg(s.served).arg(s.setAside).arg(s.meanWait).arg(s.medianWait).arg(s.p90Wait)
                      .arg(s.target).arg(s.withinTarget).arg(s.satisfaction).arg(s.utilisation)
                      .arg(s.workingDays).arg(s.openDays)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }

            // The charts come from Qt Charts, which needs a QApplication: loaded only when this tab shows,
            // and only in a program that has one (hall-counter does).
            Loader {
                id: charts
                objectName: "reportCharts"
                width: parent.width
                active: page.visible && board.loaded && board.chartsAvailable
                source: Qt.resolvedUrl("ReportCharts.qml")
                onLoaded: item.board = board
            }

            SectionTitle {
                text: qsTr("明细")
                visible: board.loaded
            }
            // The table: names stay put on the left, the figures beside them scroll sideways under a
            // scroll bar that is always shown when they are wider than the page. Every column is as wide
            // as its values and its heading on at most two lines (broken between words).
            FontMetrics {
                id: cellMetrics
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Item {
                id: table
                objectName: "reportTable"
                readonly property int pad: 8
                readonly property real rowHeight: Math.ceil(cellMetrics.height) + 2 * pad
                readonly property real headingHeight: 2 * Math.ceil(cellMetrics.height) + 2 * pad
                // The narrower line of the heading's best break into two: after a space or a hyphen,
                // or beside a Chinese character (never just inside brackets), as the text will wrap.
                function twoLineWidth(heading) {
                    let best = cellMetrics.advanceWidth(heading)
                    const cjk = ch => ch.charCodeAt(0) >= 0x2E80
                    for (let k = 1; k < heading.length; ++k) {
                        const a = heading[k - 1]
                        const b = heading[k]
                        // A Chinese word of two or three characters (过号, 满意率) stays on one line.
                        const breaks = a === " " || a === "-"
                                       || ((cjk(a) || cjk(b)) && k >= 2 && heading.length - k >= 2
                                           && "(（".indexOf(a) < 0 && ")）".indexOf(b) < 0)
                        if (breaks)
                            best = Math.min(best, Math.max(cellMetrics.advanceWidth(heading.slice(0, k).trim()),
                                                           cellMetrics.advanceWidth(heading.slice(k).trim())))
                    }
                    return best
                }
                readonly property var widths: {
                    const rows = board.tableRows
                    const out = []
                    if (rows.length === 0)
                        return out
                    for (let c = 0; c < rows[0].length; ++c) {
                        const best = table.twoLineWidth(String(rows[0][c]))
                        let w = best
                        for (let r = 1; r < rows.length; ++r)
                            w = Math.max(w, cellMetrics.advanceWidth(String(rows[r][c])))
                        out.push(Math.ceil(w) + 2 * pad + 4)
                    }
                    return out
                }
                readonly property real figuresWidth: {
                    let sum = 0
                    for (let c = 1; c < widths.length; ++c)
                        sum += widths[c]
                    return sum
                }
                width: parent.width
                height: board.tableRows.length === 0 ? 0
                        : headingHeight + (board.tableRows.length - 1) * rowHeight + sideways.height
                visible: board.loaded

                component Cell: Rectangle {
                    id: cell
                    required property string text
                    property bool heading: false
                    property bool total: false
                    property bool leading: false
                    color: heading ? Theme.selected : total ? Theme.subtle : Theme.surface
                    border.color: Theme.border
                    border.width: 1
                    Text {
                        anchors.fill: parent
                        anchors.margins: 8 // table.pad
                        text: cell.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        horizontalAlignment: cell.leading ? Text.AlignLeft : Text.AlignRight
                        verticalAlignment: Text.AlignVCenter
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: cell.heading || cell.total
                        color: Theme.text
                    }
                }

                Column {
                    id: names
                    Repeater {
                        model: board.tableRows
                        delegate: Cell {
                            required property var modelData
                            required property int index
                            text: String(modelData[0])
                            leading: true
                            heading: index === 0
                            total: index === board.tableRows.length - 1
                            width: table.widths.length > 0 ? table.widths[0] : 0
                            height: index === 0 ? table.headingHeight : table.rowHeight
                        }
                    }
                }
                Flickable {
                    id: sideways
                    objectName: "reportTableFigures"
                    anchors.left: names.right
                    anchors.right: parent.right
                    // Room under the rows for the scroll bar, which never covers a figure.
                    height: figures.height + (bar.visible ? bar.height : 0)
                    contentWidth: figures.width
                    contentHeight: figures.height
                    flickableDirection: Flickable.HorizontalFlick
                    boundsBehavior: Flickable.StopAtBounds
                    clip: true
                    ScrollBar.horizontal: ScrollBar {
                        id: bar
                        objectName: "reportTableScrollBar"
                        visible: sideways.contentWidth > sideways.width + 1
                        policy: ScrollBar.AlwaysOn
                        height: 16
                    }

                    Column {
                        id: figures
                        Repeater {
                            model: board.tableRows
                            delegate: Row {
                                id: tableRow
                                required property var modelData
                                required property int index
                                Repeater {
                                    model: tableRow.modelData.length - 1
                                    delegate: Cell {
                                        required property int index
                                        text: String(tableRow.modelData[index + 1])
                                        heading: tableRow.index === 0
                                        total: tableRow.index === board.tableRows.length - 1
                                        width: table.widths[index + 1] || 0
                                        height: tableRow.index === 0 ? table.headingHeight : table.rowHeight
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
