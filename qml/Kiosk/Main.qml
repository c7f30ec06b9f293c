// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import Hall.Ui
import Hall.Kiosk.Models

// The kiosk's one window: header (centre, time, language, elderly mode), the connection banner,
// and the page of the journey the controller is on.
Window {
    id: root

    required property KioskShell kiosk
    required property BookingFlow booking
    required property CheckInFlow checkIn
    required property CaseLookupFlow cases
    readonly property bool landscape: width > height

    visible: true
    color: Theme.background
    title: qsTr("自助取号")

    Binding {
        target: Theme
        property: "elderly"
        value: root.kiosk.elderly
    }
    Binding {
        target: Theme
        property: "pixelsPerMm"
        // A kiosk panel is never denser than its reported density; offscreen reports 96 dpi.
        value: Screen.pixelDensity > 0 ? Screen.pixelDensity : 3.78
    }

    Column {
        id: top
        width: parent.width
        KioskHeader {
            width: parent.width
            kiosk: root.kiosk
        }
        ConnectionBanner {
            objectName: "connectionBanner"
            width: parent.width
            connection: root.kiosk.connection
        }
    }

    // Every page exists once and only the current one shows: pages hold nothing the controller
    // does not (the ID keypad clears itself when the controller forgets the number).
    Item {
        id: pages
        objectName: "pages"
        anchors.top: top.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing

        HomePage {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Home
            kiosk: root.kiosk
            landscape: root.landscape
        }
        ChoosePage {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Choose
            kiosk: root.kiosk
            landscape: root.landscape
        }
        IdentifyPage {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Identify
            kiosk: root.kiosk
            landscape: root.landscape
        }
        TicketPage {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Ticket
            kiosk: root.kiosk
            landscape: root.landscape
        }
        RefusalPage {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Refused
            kiosk: root.kiosk
        }
        BookingPages {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Booking
            kiosk: root.kiosk
            flow: root.booking
            landscape: root.landscape
        }
        CheckInPages {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.CheckIn
            kiosk: root.kiosk
            flow: root.checkIn
            landscape: root.landscape
        }
        CasePages {
            anchors.fill: parent
            visible: root.kiosk.page === KioskShell.Cases
            kiosk: root.kiosk
            flow: root.cases
            landscape: root.landscape
        }
    }
}
