// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import Hall.Ui
import Hall.Kiosk.Models

// Waiting for the booking's QR code at the scanner (and, with a camera, in front of its live
// picture); without one, the code and an ID number.
Item {
    id: page

    required property KioskShell kiosk
    required property CheckInFlow flow
    readonly property CheckInCamera camera: flow.camera

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("预约签到")
        hint: page.camera ? qsTr("请把预约凭证或手机上的二维码对准摄像头，放进画面中的方框里；也可以对准扫码口。")
                          : qsTr("请把预约凭证或手机上的二维码对准下方扫码口。")
    }

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.spacing * 2

        // What the camera sees, with a square to hold the code in.
        Rectangle {
            id: previewFrame
            objectName: "checkInPreview"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: page.camera !== null
            width: Math.min(page.width * 0.8, page.height * 0.45 * 4 / 3)
            height: width * 3 / 4
            radius: Theme.radius
            color: "black"
            clip: true
            readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
            // On a GPU the video output converts the camera's frames itself; rendering in
            // software it stays black, so the picture is painted from the frames instead.
            VideoOutput {
                id: preview
                anchors.fill: parent
                visible: !previewFrame.software
                fillMode: VideoOutput.PreserveAspectCrop
                Component.onCompleted: if (page.camera && !previewFrame.software) page.camera.setPreview(preview.videoSink)
            }
            CheckInPreview {
                anchors.fill: parent
                visible: previewFrame.software
                camera: previewFrame.software ? page.camera : null
            }
            Item {
                id: guide
                objectName: "checkInFrameGuide"
                anchors.centerIn: parent
                width: parent.height * 0.7
                height: width
                // Four corner brackets, as on a scanner's window.
                Repeater {
                    model: 4
                    Item {
                        id: corner
                        required property int index
                        // The delegate's parent is the guide.
                        width: parent.width / 4
                        height: width
                        x: (index % 2) * (parent.width - width)
                        y: Math.floor(index / 2) * (parent.height - height)
                        Rectangle {
                            width: parent.width
                            height: 8
                            color: Theme.primaryText
                            y: corner.index < 2 ? 0 : parent.height - height
                        }
                        Rectangle {
                            width: 8
                            height: parent.height
                            color: Theme.primaryText
                            x: corner.index % 2 === 0 ? 0 : parent.width - width
                        }
                    }
                }
            }
        }

        // A QR code drawn with rectangles: the sign that says "scan here".
        Rectangle {
            visible: page.camera === null
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
