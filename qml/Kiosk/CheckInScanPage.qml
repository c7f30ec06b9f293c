import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Waiting for the booking's QR code at the scanner; without one, the code and an ID number.
Item {
    id: page

    required property KioskController kiosk
    required property CheckInFlow flow

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("预约签到")
        hint: qsTr("请把预约凭证或手机上的二维码对准下方扫码口。")
    }

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.spacing * 2

        // A QR code drawn with rectangles: the sign that says "scan here".
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.touchTarget * 4
            height: width
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.primary
            border.width: 6
            Grid {
                anchors.centerIn: parent
                columns: 5
                spacing: 6
                Repeater {
                    model: [1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1]
                    Rectangle {
                        required property int modelData
                        width: Theme.touchTarget * 0.55
                        height: width
                        color: modelData ? Theme.primary : "transparent"
                    }
                }
            }
        }
        Text {
            objectName: "checkInStatus"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.flow.busy ? qsTr("正在签到，请稍候…") : qsTr("等待扫码…")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "checkInHome"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回首页")
            tone: "neutral"
            onClicked: page.kiosk.reset()
        }
        BigButton {
            objectName: "checkInEnterCode"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("没有二维码？输入预约码")
            tone: "neutral"
            enabled: !page.flow.busy
            onClicked: page.flow.enterCode()
        }
    }
}
