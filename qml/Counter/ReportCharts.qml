// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import Hall.Ui
import Hall.Counter.Models

// The charts of the 报表 tab (Qt Charts): the daily volume of the period across the page (closed days
// marked 休), then two to a row: the waits by the hour they began (mean and the wait nine in ten
// stayed within) beside the ratings; per group (window, staff member, service …) the errands
// finished beside the mean service and wait times.
// Loaded by ReportPage only while the tab shows: Qt Charts draws through a QApplication.
// ValuesAxis is QValueAxis under the name qmllint 6.4 resolves (its qmltypes list the type twice,
// as ValuesAxis and ValueAxis, and qmllint keeps only one).
Item {
    id: charts

    property ReportBoard board
    // Tall enough that a plot keeps its height under rotated group names ("8号综合窗口").
    readonly property int chartHeight: Math.max(340, width * 0.22)
    readonly property real cellWidth: (width - grid.columnSpacing) / 2
    readonly property font axisFont: Qt.font({family: Theme.fontFamily, pixelSize: 16})
    readonly property font titleFont: Qt.font({family: Theme.fontFamily, pixelSize: 22, bold: true})

    implicitHeight: column.implicitHeight

    // The lists come from C++ as QVariantList: turned into arrays here, where JavaScript may map them.
    function labels(list, withClosed) {
        return list.map(d => withClosed && !d.working ? qsTr("%1 休").arg(d.label) : d.label)
    }
    // A month or less: each day by its number (the period is named above the charts).
    function dayLabels(days) {
        const brief = days.length <= 31
        return days.map(d => {
            const label = brief ? d.label.split("/")[1] : d.label
            return d.working ? label : qsTr("%1 休").arg(label)
        })
    }
    function values(list, key) {
        return list.map(d => d[key])
    }
    // The top of a count axis: room above the highest bar, and whole numbers at every tick
    // (countTicks); minutes keep one decimal, so any top will do.
    function ceiling(list, keys) {
        let m = 1
        for (const d of list)
            for (const k of keys)
                m = Math.max(m, d[k])
        const top = Math.ceil(m * 1.15)
        return top <= 5 ? top : Math.ceil(top / 5) * 5
    }
    function countTicks(top) {
        return top <= 5 ? top + 1 : 6
    }

    Column {
        id: column
        width: charts.width
        spacing: Theme.spacing / 2

        ChartView {
            objectName: "dailyChart"
            width: charts.width
            height: charts.chartHeight
            title: qsTr("每日办件量")
            titleFont: charts.titleFont
            legend.font: charts.axisFont
            antialiasing: true
            BarSeries {
                axisX: BarCategoryAxis {
                    categories: charts.board ? charts.dayLabels(charts.board.days) : []
                    labelsFont: charts.axisFont
                    labelsAngle: charts.board && charts.board.days.length > 31 ? -90 : 0
                }
                axisY: ValuesAxis {
                    truncateLabels: false // "37.5", never "3…"
                    min: 0
                    max: charts.board ? charts.ceiling(charts.board.days, ["issued", "served"]) : 1
                    labelFormat: "%d"
                    tickCount: charts.countTicks(max)
                    labelsFont: charts.axisFont
                }
                BarSet {
                    label: qsTr("取号")
                    color: Theme.primary
                    values: charts.board ? charts.values(charts.board.days, "issued") : []
                }
                BarSet {
                    label: qsTr("办结")
                    color: Theme.success
                    values: charts.board ? charts.values(charts.board.days, "served") : []
                }
            }
        }
        Grid {
            id: grid
            objectName: "reportChartGrid"
            columns: 2
            columnSpacing: Theme.spacing / 2
            rowSpacing: Theme.spacing / 2

        ChartView {
            objectName: "hourChart"
            width: charts.cellWidth
            height: charts.chartHeight
            title: qsTr("各时段等候（分钟）")
            titleFont: charts.titleFont
            legend.font: charts.axisFont
            antialiasing: true
            BarSeries {
                axisX: BarCategoryAxis {
                    categories: charts.board ? charts.labels(charts.board.hours, false).map(h => h + ":00") : []
                    labelsFont: charts.axisFont
                }
                axisY: ValuesAxis {
                    truncateLabels: false // "37.5", never "3…"
                    min: 0
                    max: charts.board ? charts.ceiling(charts.board.hours, ["meanWait", "p90Wait"]) : 1
                    labelFormat: "%.1f"
                    labelsFont: charts.axisFont
                }
                BarSet {
                    label: qsTr("平均")
                    color: Theme.primary
                    values: charts.board ? charts.values(charts.board.hours, "meanWait") : []
                }
                BarSet {
                    label: qsTr("九成不超过")
                    color: Theme.warning
                    values: charts.board ? charts.values(charts.board.hours, "p90Wait") : []
                }
            }
        }
        ChartView {
            objectName: "ratingChart"
            width: charts.cellWidth
            height: charts.chartHeight
            title: qsTr("评价")
            titleFont: charts.titleFont
            legend.font: charts.axisFont
            legend.alignment: Qt.AlignRight
            antialiasing: true
            PieSeries {
                PieSlice {
                    label: qsTr("满意 %1").arg(value)
                    value: charts.board ? charts.board.ratings[0] : 0
                    color: Theme.success
                }
                PieSlice {
                    label: qsTr("基本满意 %1").arg(value)
                    value: charts.board ? charts.board.ratings[1] : 0
                    color: Theme.warning
                }
                PieSlice {
                    label: qsTr("不满意 %1").arg(value)
                    value: charts.board ? charts.board.ratings[2] : 0
                    color: Theme.danger
                }
            }
        }
        ChartView {
            objectName: "groupCountChart"
            width: charts.cellWidth
            height: charts.chartHeight
            title: qsTr("各组办结（件）")
            titleFont: charts.titleFont
            legend.visible: false
            antialiasing: true
            BarSeries {
                axisX: BarCategoryAxis {
                    categories: charts.board ? charts.values(charts.board.groups, "label") : []
                    labelsFont: charts.axisFont
                    labelsAngle: charts.board && charts.board.groups.length > 6 ? -45 : 0
                    // Whole names ("8号综合窗口", "08:00–09:00"): the plot gives up the room, no "…".
                    truncateLabels: false
                }
                axisY: ValuesAxis {
                    truncateLabels: false // "37.5", never "3…"
                    min: 0
                    max: charts.board ? charts.ceiling(charts.board.groups, ["served"]) : 1
                    labelFormat: "%d"
                    tickCount: charts.countTicks(max)
                    labelsFont: charts.axisFont
                }
                BarSet {
                    label: qsTr("办结")
                    color: Theme.success
                    values: charts.board ? charts.values(charts.board.groups, "served") : []
                }
            }
        }
        ChartView {
            objectName: "groupTimeChart"
            width: charts.cellWidth
            height: charts.chartHeight
            title: qsTr("各组平均用时（分钟）")
            titleFont: charts.titleFont
            legend.font: charts.axisFont
            antialiasing: true
            BarSeries {
                axisX: BarCategoryAxis {
                    categories: charts.board ? charts.values(charts.board.groups, "label") : []
                    labelsFont: charts.axisFont
                    labelsAngle: charts.board && charts.board.groups.length > 6 ? -45 : 0
                    // Whole names ("8号综合窗口", "08:00–09:00"): the plot gives up the room, no "…".
                    truncateLabels: false
                }
                axisY: ValuesAxis {
                    truncateLabels: false // "37.5", never "3…"
                    min: 0
                    max: charts.board ? charts.ceiling(charts.board.groups, ["meanService", "meanWait"]) : 1
                    labelFormat: "%.1f"
                    labelsFont: charts.axisFont
                }
                BarSet {
                    label: qsTr("办理")
                    color: Theme.primary
                    values: charts.board ? charts.values(charts.board.groups, "meanService") : []
                }
                BarSet {
                    label: qsTr("等候")
                    color: Theme.warning
                    values: charts.board ? charts.values(charts.board.groups, "meanWait") : []
                }
            }
        }
        }
    }
}
