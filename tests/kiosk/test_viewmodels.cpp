// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's list and value view-models on their own.
#include "activityfilter.h"
#include "bookingconfirmation.h"
#include "bookingrefusal.h"
#include "client/journeyrequests.h"
#include "domain/errorretry.h"
#include "domain/idnumber.h"
#include "idinput.h"
#include "issuedticket.h"
#include "printstation.h"
#include "refusal.h"
#include "servicelistmodel.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QWindow>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

QJsonArray services(int marriageWaiting = 4)
{
    return QJsonArray{
        QJsonObject{{u"id"_s, u"marriage"_s},
                    {u"prefix"_s, u"A"_s},
                    {u"nameZh"_s, u"结婚登记"_s},
                    {u"nameEn"_s, u"Marriage registration"_s},
                    {u"waiting"_s, marriageWaiting},
                    {u"waitMinutes"_s, 30}},
        QJsonObject{{u"id"_s, u"assistance"_s},
                    {u"prefix"_s, u"D"_s},
                    {u"nameZh"_s, u"社会救助"_s},
                    {u"nameEn"_s, u"Social assistance"_s},
                    {u"waiting"_s, 0},
                    {u"waitMinutes"_s, 0}},
        QJsonObject{{u"id"_s, u"elderly"_s},
                    {u"prefix"_s, u"E"_s},
                    {u"nameZh"_s, u"养老服务"_s},
                    {u"nameEn"_s, u"Elderly services"_s},
                    {u"waiting"_s, 2},
                    {u"waitMinutes"_s, 8}},
    };
}

QVariant role(const ServiceListModel& m, int row, ServiceListModel::Role r)
{
    return m.data(m.index(row), r);
}

} // namespace

TEST_CASE("service list shows the snapshot's services in the screen's language", "[nostore]")
{
    ServiceListModel m;
    m.setServices(services());
    REQUIRE(m.rowCount() == 3);
    CHECK(role(m, 0, ServiceListModel::NameRole).toString() == QStringLiteral("结婚登记"));
    CHECK(role(m, 0, ServiceListModel::SecondaryNameRole).toString() ==
          QStringLiteral("Marriage registration"));
    CHECK(role(m, 0, ServiceListModel::WaitingRole).toInt() == 4);
    CHECK(role(m, 0, ServiceListModel::WaitMinutesRole).toInt() == 30);
    m.setEnglish(true);
    CHECK(role(m, 2, ServiceListModel::NameRole).toString() == QStringLiteral("Elderly services"));
    CHECK(role(m, 2, ServiceListModel::SecondaryNameRole).toString() == QStringLiteral("养老服务"));
    CHECK(m.roleNames().value(ServiceListModel::IdRole) == QByteArrayLiteral("serviceId"));
}

TEST_CASE("service list keeps the picks in the order they were made, across snapshot refreshes", "[nostore]")
{
    ServiceListModel m;
    m.setServices(services());
    QSignalSpy selection(&m, &ServiceListModel::selectionChanged);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.toggle(2);
    m.toggle(0);
    CHECK(m.selectedIds() == QStringList{u"elderly"_s, u"marriage"_s});
    CHECK(m.selectedNamesZh() == QStringList{u"养老服务"_s, u"结婚登记"_s});
    CHECK(role(m, 2, ServiceListModel::SelectedRole).toBool());
    CHECK_FALSE(role(m, 1, ServiceListModel::SelectedRole).toBool());
    CHECK(selection.count() == 2);

    m.setServices(services(7)); // new figures, same services: no reset, picks kept
    CHECK(reset.count() == 0);
    CHECK(role(m, 0, ServiceListModel::WaitingRole).toInt() == 7);
    CHECK(m.selectedCount() == 2);

    m.toggle(2); // un-pick
    CHECK(m.selectedIds() == QStringList{u"marriage"_s});
    m.toggle(99); // out of range: ignored
    CHECK(m.selectedCount() == 1);

    QJsonArray fewer = services();
    fewer.removeAt(0); // marriage no longer offered: its pick goes
    m.setServices(fewer);
    CHECK(reset.count() == 1);
    CHECK(m.selectedCount() == 0);
    m.select(QStringLiteral("elderly"));
    m.select(QStringLiteral("elderly"));
    CHECK(m.selectedIds() == QStringList{u"elderly"_s});
    m.clearSelection();
    CHECK(m.selectedCount() == 0);
}

TEST_CASE("ID input never shows the birth date and masks the complete number", "[nostore]")
{
    IdInput id;
    id.setTyped(QStringLiteral("11010519"));
    CHECK(id.display() == QStringLiteral("110105**"));
    CHECK(id.masked().isEmpty());
    CHECK_FALSE(id.isComplete());
    id.setTyped(QStringLiteral("11010519510308123X"));
    CHECK(id.isComplete());
    CHECK(id.display() == QStringLiteral("110105********123X"));
    CHECK(id.masked() == QStringLiteral("110***********123X"));
    CHECK(id.number() == QStringLiteral("11010519510308123X"));
    CHECK_FALSE(id.fromCard());

    SECTION("letters, spaces and an X before the end are dropped")
    {
        id.setTyped(QStringLiteral("11x0 1a05"));
        CHECK(id.number() == QStringLiteral("110105"));
    }
    SECTION("a card replaces what was typed; clearing forgets everything")
    {
        id.setFromCard(QStringLiteral("110105195103081238"));
        CHECK(id.fromCard());
        CHECK(id.masked() == QStringLiteral("110***********1238"));
        id.clear();
        CHECK(id.isEmpty());
        CHECK(id.number().isEmpty());
        CHECK_FALSE(id.fromCard());
    }
}

TEST_CASE("the keypad judges a complete number by the core's own rule", "[nostore]")
{
    const auto withCheck = [](const QString& first17) { return first17 + IdNumber::checkCharacter(first17); };
    const QDate today = hallDayOf(nullptr); // no service yet: the hall's wall-clock date
    IdInput id;
    const QList<QString> numbers{
        withCheck(u"11010519800101001"_s), // valid
        withCheck(u"99010519800101001"_s), // no such province
        withCheck(u"11010529990101001"_s), // born in the future
        withCheck(u"11010518990101001"_s), // before 1900
        u"110105198001010010"_s,           // wrong check character (unless by chance right)
    };
    for (const QString& n : numbers) {
        INFO(n.toStdString());
        id.setTyped(n);
        REQUIRE(id.isComplete());
        CHECK(id.isInvalid() == !IdNumber::parse(n, today).ok());
    }
    id.setTyped(numbers.first());
    CHECK_FALSE(id.isInvalid());
    id.setTyped(numbers.at(1));
    CHECK(id.isInvalid());
    id.setTyped(u"9901051980"_s); // incomplete: not judged yet
    CHECK_FALSE(id.isInvalid());
}

TEST_CASE("refusals are reduced to the kinds the screen explains", "[nostore]")
{
    CHECK(Refusal::kindFor(QStringLiteral("QUOTA_REACHED")) == Refusal::Kind::QuotaReached);
    CHECK(Refusal::kindFor(QStringLiteral("OUTSIDE_HOURS")) == Refusal::Kind::OutsideHours);
    CHECK(Refusal::kindFor(QStringLiteral("INVALID_ID_NUMBER")) == Refusal::Kind::InvalidId);
    CHECK(Refusal::kindFor(QStringLiteral("TIMEOUT")) == Refusal::Kind::Unreachable);
    CHECK(Refusal::kindFor(QStringLiteral("DISCONNECTED")) == Refusal::Kind::Unreachable);
    CHECK(Refusal::kindFor(QStringLiteral("UNKNOWN_SERVICE")) == Refusal::Kind::Other);
    Refusal r;
    r.set(QStringLiteral("DUPLICATE_TICKET"), QStringLiteral("您已取过号 D004，请留意叫号；办完后可再取"));
    CHECK(r.kind() == Refusal::Kind::Duplicate);
    CHECK(r.heldTicket() == QStringLiteral("D004"));
    r.clear();
    CHECK(r.kind() == Refusal::Kind::None);
    CHECK(r.heldTicket().isEmpty());
}

TEST_CASE("issued ticket: names per language, QR payload, the paper ticket in Chinese", "[nostore]")
{
    IssuedTicket t;
    const QJsonObject reply{{u"ticket"_s, QJsonObject{{u"number"_s, u"D001"_s},
                                                      {u"day"_s, u"2026-11-24"_s},
                                                      {u"priority"_s, u"elder"_s},
                                                      {u"issuedAt"_s, u"2026-11-24T10:00:05+08:00"_s}}},
                            {u"ahead"_s, 3},
                            {u"waitMinutes"_s, 12}};
    t.set(reply, {u"社会救助"_s, u"养老服务"_s}, {u"Social assistance"_s, u"Elderly services"_s},
          QStringLiteral("hall:ticket/{day}/{number}"));
    CHECK(t.isValid());
    CHECK(t.serviceNames() == QStringList{u"社会救助"_s, u"养老服务"_s});
    t.setEnglish(true);
    CHECK(t.serviceNames() == QStringList{u"Social assistance"_s, u"Elderly services"_s});
    CHECK(t.qrPayload() == QStringLiteral("hall:ticket/2026-11-24/D001"));
    CHECK(t.qrSource() == QStringLiteral("image://qr/hall%3Aticket%2F2026-11-24%2FD001"));
    CHECK(t.issuedAt() == QStringLiteral("2026-11-24 10:00"));
    const PrintedTicket p = t.printed(QStringLiteral("社区事务受理服务中心"));
    CHECK(p.number == QStringLiteral("D001"));
    CHECK(p.serviceName == QStringLiteral("社会救助、养老服务"));
    CHECK(p.peopleAhead == 3);
    CHECK(p.waitMinutes == 12);
    CHECK(p.qrPayload == t.qrPayload());
    t.clear();
    CHECK_FALSE(t.isValid());
    CHECK(t.qrSource().isEmpty());
}

TEST_CASE("a queue ticket and a booking slip tell their printing the one way", "[nostore]")
{
    PrintStation noPrinter(nullptr);
    IssuedTicket ticket;
    BookingConfirmation slip;
    for (KioskPaper* paper : {static_cast<KioskPaper*>(&ticket), static_cast<KioskPaper*>(&slip)}) {
        INFO(paper->metaObject()->className());
        QSignalSpy announced(paper, &KioskPaper::printStateChanged);
        // No printer to take it: on screen at once, never "printing".
        CHECK_FALSE(paper->print(&noPrinter, u"社区事务受理服务中心"_s));
        CHECK(paper->printState() == KioskPaper::PrintState::NotPrinted);
        CHECK(announced.size() == 1);
        // An answer to a job this paper does not have changes nothing.
        CHECK_FALSE(paper->printFinished(true));
        CHECK(paper->printState() == KioskPaper::PrintState::NotPrinted);
        paper->setPrintState(KioskPaper::PrintState::Printing);
        CHECK(paper->printFinished(false));
        CHECK(paper->printState() == KioskPaper::PrintState::NotPrinted);
        paper->setPrintState(KioskPaper::PrintState::Printing);
        CHECK(paper->printFinished(true));
        CHECK(paper->printState() == KioskPaper::PrintState::Printed);
    }
    // A new paper starts unprinted, whichever it is.
    ticket.clear();
    slip.clear();
    CHECK(ticket.printState() == KioskPaper::PrintState::None);
    CHECK(slip.printState() == KioskPaper::PrintState::None);
}

TEST_CASE("the activity filter hears presses and keys on the window, not mere movement", "[nostore]")
{
    QWindow window;
    ActivityFilter filter;
    window.installEventFilter(&filter);
    QSignalSpy activity(&filter, &ActivityFilter::activity);
    const QPointF at(10, 10);
    QMouseEvent move(QEvent::MouseMove, at, at, at, Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &move);
    CHECK(activity.count() == 0);
    QMouseEvent press(QEvent::MouseButtonPress, at, at, at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &press);
    CHECK(activity.count() == 1);
    QKeyEvent key(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
    QCoreApplication::sendEvent(&window, &key);
    CHECK(activity.count() == 2);
}

TEST_CASE("every journey tells 'try again' from 'refused' by the one list of codes", "[errors][nostore]")
{
    // Were a page to keep its own list again, a code on one list and not the other would show here.
    for (int i = 0; i <= static_cast<int>(kLastErrorCode); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        const QString name = errorCodeName(code);
        INFO(name.toStdString());
        CHECK(JourneyRequests::unanswered(name) == mayNotHaveRun(code));
        CHECK((Refusal::kindFor(name) == Refusal::Kind::Unreachable) == mayNotHaveRun(code));
        CHECK((BookingRefusal::kindFor(name) == BookingRefusal::Kind::Unreachable) == mayNotHaveRun(code));
    }
}
