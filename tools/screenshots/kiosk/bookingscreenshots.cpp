// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingscreenshots.h"

#include "bookingflow.h"
#include "bookingslotmodel.h"
#include "checkincamera.h"
#include "checkinflow.h"
#include "client/serviceclient.h"
#include "idcard/simulatedidcardreader.h"
#include "kioskapp.h"
#include "kioskscenes.h"
#include "kioskshell.h"
#include "printer/simulatedprinter.h"
#include "printer/ticketprinter.h"
#include "qr/qrencoder.h"
#include "touchscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QPainter>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace hall {

namespace {

int runBase(const QString& run)
{
    return run == QLatin1String("landscape") ? 500 : 100;
}

QString man(const QString& run, int n)
{
    return sceneIdNumber(QStringLiteral("19930315"), runBase(run) + 2 * n + 1); // odd: a man
}

QString woman(const QString& run, int n)
{
    return sceneIdNumber(QStringLiteral("19950607"), runBase(run) + 2 * n); // even: a woman
}

/// A webcam's picture (1280×720) of a confirmation slip coming into view: tilted, its QR code
/// still partly below the frame, so nothing is read while the screenshot is taken.
QImage slipComingIntoView()
{
    QImage view(1280, 720, QImage::Format_RGB32);
    QRandomGenerator noise(11);
    for (int y = 0; y < view.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(view.scanLine(y));
        for (int x = 0; x < view.width(); ++x) {
            const int g = 70 + x / 20 + y / 24 + static_cast<int>(noise.bounded(14));
            line[x] = qRgb(g + 10, g + 6, g);
        }
    }
    QPainter p(&view);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(700, 640);
    p.rotate(-9);
    p.fillRect(QRect(-200, -150, 400, 560), QColor(238, 236, 228));
    p.setPen(QColor(60, 60, 60));
    QFont font = p.font();
    font.setPixelSize(26);
    p.setFont(font);
    p.drawText(QRect(-180, -140, 360, 40), Qt::AlignCenter, QStringLiteral("结婚登记预约"));
    const QImage code = QrEncoder::encode(QStringLiteral("HALLBK1|main|SHOTCAM2")).toImage(10, 0);
    p.drawImage(QRect(-140, -80, 280, 280), code);
    return view;
}

QJsonObject card(const QString& name, const QString& id)
{
    const bool male = id.at(16).digitValue() % 2 == 1;
    return {{QStringLiteral("name"), name},
            {QStringLiteral("sex"), male ? QStringLiteral("男") : QStringLiteral("女")},
            {QStringLiteral("nation"), QStringLiteral("汉")},
            {QStringLiteral("birthDate"),
             QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")).toString(Qt::ISODate)},
            {QStringLiteral("address"), QStringLiteral("北京市东城区")},
            {QStringLiteral("idNumber"), id},
            {QStringLiteral("issuer"), QStringLiteral("北京市公安局东城分局")},
            {QStringLiteral("validFrom"), QStringLiteral("2020-01-01")},
            {QStringLiteral("validUntil"), QStringLiteral("2040-01-01")}};
}

struct Scenes
{
    KioskApp& app;
    QString dir;
    QString run;
    int failures = 0;

    void settle() const
    {
        QElapsedTimer t;
        t.start();
        TouchScript::waitUntil([&] { return t.elapsed() > 200; }, 1000);
    }
    SceneShooter scenes{app.window(), dir, QStringLiteral("kiosk-booking-%1-") + run + QStringLiteral(".png"),
                        kioskVariants(app.controller())};
    void shoot(const QString& scene) { scenes.shoot(scene, 200); }
    bool tap(const QString& name)
    {
        TouchScript touch(app.window());
        if (!touch.tapWhenReady(name, 8000)) {
            QTextStream(stdout) << "cannot tap " << name << "\n";
            ++failures;
            return false;
        }
        return true;
    }
    bool wait(const std::function<bool()>& done, const char* what)
    {
        if (TouchScript::waitUntil(done, 10000)) {
            return true;
        }
        QTextStream(stdout) << "timed out: " << what << "\n";
        ++failures;
        return false;
    }
    /// Taps the keys `prefix` + each character of `text` (key_ the digit keypads, code_ the letters).
    void keys(const QString& prefix, const QString& text)
    {
        for (const QChar c : text) {
            tap(prefix + c);
        }
    }
    /// The phone number typed, the summary confirmed and the service's answer waited for.
    void phoneAndBook(const char* what)
    {
        tap(QStringLiteral("partyPhone"));
        keys(QStringLiteral("key_"), QStringLiteral("13800138000"));
        tap(QStringLiteral("partiesNext"));
        bool finished = false;
        const auto done = QObject::connect(app.booking(), &BookingFlow::finished, [&] { finished = true; });
        tap(QStringLiteral("confirmBooking"));
        wait([&] { return finished; }, what);
        QObject::disconnect(done);
    }
    void card(int index)
    {
        auto* reader = qobject_cast<SimulatedIdCardReader*>(app.idCardReader());
        if (reader == nullptr || !reader->present(index)) {
            QTextStream(stdout) << "no card " << index << "\n";
            ++failures;
            return;
        }
        settle();
        reader->removeCard();
    }
    /// Sells out 2026-12-03 (one place per slot in tools/screenshots/booking-screenshots.json). Fixed request
    /// ids: the second run gets the same bookings back instead of new ones.
    void fillSoldOutDay()
    {
        const QJsonArray times =
            read(QStringLiteral("booking.slots"), {{QStringLiteral("date"), QStringLiteral("2026-12-03")},
                                                   {QStringLiteral("type"), QStringLiteral("marriage")}})
                .value(QLatin1String("slots"))
                .toArray();
        for (int i = 0; i < times.size() && i < 8; ++i) {
            read(QStringLiteral("booking.create"),
                 {{QStringLiteral("requestId"), QStringLiteral("screenshots-fill-%1").arg(i)},
                  {QStringLiteral("type"), QStringLiteral("marriage")},
                  {QStringLiteral("slotStart"), times.at(i).toObject().value(QLatin1String("start"))},
                  {QStringLiteral("parties"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("赵一")},
                                          {QStringLiteral("idNumber"),
                                           sceneIdNumber(QStringLiteral("19900101"), 901 + 2 * i)}},
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("钱二")},
                                          {QStringLiteral("idNumber"),
                                           sceneIdNumber(QStringLiteral("19920202"), 900 + 2 * i)}}}},
                  {QStringLiteral("phone"), QStringLiteral("13800138000")}});
        }
    }
    /// A booking of today's last morning slot (the screenshots' booking rules close a day's booking
    /// on the day itself), so the kiosk can check it in now; its code. Fixed request id per run.
    QString bookToday()
    {
        const QString day = app.client()->snapshot().value(QLatin1String("day")).toString();
        const QJsonArray times =
            read(QStringLiteral("booking.slots"),
                 {{QStringLiteral("date"), day}, {QStringLiteral("type"), QStringLiteral("marriage")}})
                .value(QLatin1String("slots"))
                .toArray();
        QJsonValue start;
        for (const QJsonValue& slot : times) {
            if (slot.toObject().value(QLatin1String("start")).toString().contains(QLatin1String("T10:30"))) {
                start = slot.toObject().value(QLatin1String("start"));
            }
        }
        QJsonObject booked = read(QStringLiteral("booking.create"),
                                  {{QStringLiteral("requestId"), QStringLiteral("screenshots-today-") + run},
                                   {QStringLiteral("type"), QStringLiteral("marriage")},
                                   {QStringLiteral("slotStart"), start},
                                   {QStringLiteral("parties"),
                                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("孙三")},
                                                           {QStringLiteral("idNumber"), man(run, 7)}},
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("周四")},
                                                           {QStringLiteral("idNumber"), woman(run, 7)}}}},
                                   {QStringLiteral("phone"), QStringLiteral("13800138000")}});
        if (booked.contains(QLatin1String("booking"))) {
            booked = booked.value(QLatin1String("booking")).toObject();
        }
        const QString code = booked.value(QLatin1String("code")).toString();
        if (code.isEmpty()) {
            QTextStream(stdout) << "FAILED: no booking today at 10:30 (" << times.size() << " slots)\n";
            ++failures;
        }
        return code;
    }
    /// 颁证仪式 on 十全十美 (2026-12-10): the slots name the collective ceremony, the couple who
    /// booked their registration joins it, and the confirmation says where, when and with whom.
    void bookCeremony()
    {
        BookingFlow* flow = app.booking();
        tap(QStringLiteral("bookingEntry"));
        tap(QStringLiteral("bookingType_ceremony"));
        wait([&] { return flow->calendar()->isLoaded(); }, "ceremony calendar");
        tap(QStringLiteral("nextMonth"));
        wait([&] { return flow->calendar()->isLoaded(); }, "ceremony next month");
        tap(QStringLiteral("calendarDay_2026-12-10"));
        wait([&] { return flow->timeSlots()->rowCount() > 0; }, "ceremony slots");
        shoot(QStringLiteral("ceremony-slots"));
        int group = -1;
        BookingSlotModel* offered = flow->timeSlots();
        for (int i = 0; i < offered->rowCount(); ++i) {
            if (!offered->data(offered->index(i), BookingSlotModel::ThemeZhRole).toString().isEmpty()) {
                group = i;
            }
        }
        if (group < 0) {
            QTextStream(stdout) << "FAILED: no collective ceremony on 2026-12-10\n";
            ++failures;
            tap(QStringLiteral("slotBack"));
            app.controller()->reset();
            return;
        }
        tap(QStringLiteral("bookingSlot_%1").arg(group));
        card(0);
        tap(QStringLiteral("partySecond"));
        keys(QStringLiteral("key_"), woman(run, 0));
        phoneAndBook("ceremony booking");
        shoot(QStringLiteral("ceremony-confirmation"));
        tap(QStringLiteral("bookingDone"));
    }
    /// A groom with a passport: the document chosen on the parties page, the registry here not
    /// designated for 涉外 registrations (tools/screenshots/booking-screenshots.json) and the east office
    /// that is, his number and issuing state on the letter keyboard, sex and birth date on the pickers; the
    /// bride types her ID number. Booked at the east office.
    void bookWithPassport()
    {
        BookingFlow* flow = app.booking();
        const auto dayOfDecember = [&](const char* what) {
            wait([&] { return flow->calendar()->isLoaded(); }, what);
            tap(QStringLiteral("nextMonth"));
            wait([&] { return flow->calendar()->isLoaded(); }, what);
            tap(QStringLiteral("calendarDay_2026-12-09"));
            wait([&] { return flow->timeSlots()->rowCount() > 0; }, what);
            tap(QStringLiteral("bookingSlot_0"));
        };
        tap(QStringLiteral("bookingEntry"));
        tap(QStringLiteral("bookingType_marriage"));
        dayOfDecember("passport: main office");
        // Each step below changes the keys under the finger: a tap waits for the new layout.
        tap(QStringLiteral("partyFirstDocument"));
        settle();
        shoot(QStringLiteral("document"));
        tap(QStringLiteral("document_passport"));
        wait([&] { return flow->notEntitled(); }, "not designated for 涉外");
        settle();
        shoot(QStringLiteral("not-entitled"));
        tap(QStringLiteral("entitledOffice_east"));
        dayOfDecember("passport: east office");
        settle();
        const QString passport =
            QStringLiteral("E%1").arg(runBase(run) * 10000 + 5678, 8, 10, QLatin1Char('0'));
        keys(QStringLiteral("code_"), passport);
        tap(QStringLiteral("code_accept"));
        settle();
        keys(QStringLiteral("code_"), QStringLiteral("US"));
        shoot(QStringLiteral("passport"));
        tap(QStringLiteral("code_A"));
        tap(QStringLiteral("code_accept"));
        settle();
        tap(QStringLiteral("sexMale"));
        tap(QStringLiteral("birthYearDown10"));
        tap(QStringLiteral("birthMonthUp"));
        tap(QStringLiteral("birthMonthUp"));
        for (int i = 0; i < 7; ++i) {
            tap(QStringLiteral("birthDayUp"));
        }
        shoot(QStringLiteral("details"));
        tap(QStringLiteral("detailsNext"));
        settle();
        keys(QStringLiteral("key_"), woman(run, 3));
        phoneAndBook("passport booking");
        if (flow->step() != BookingFlow::Step::Done) {
            QTextStream(stdout) << "FAILED: passport booking refused: " << flow->refusal()->message() << "\n";
            ++failures;
        }
        shoot(QStringLiteral("passport-confirmation"));
        tap(QStringLiteral("bookingDone"));
    }
    QJsonObject read(const QString& op, const QJsonObject& args)
    {
        std::optional<ServiceReply> reply;
        app.client()->request(op, args, [&](const ServiceReply& r) { reply = r; });
        TouchScript::waitUntil([&] { return reply.has_value(); }, 10000);
        return reply && reply->ok ? reply->result : QJsonObject();
    }
};

} // namespace

QVariantMap bookingScreenshotCards(const QString& run)
{
    const QString path = QDir::temp().filePath(QStringLiteral("hall-kiosk-booking-cards-%1.json").arg(run));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("cards"),
                                              QJsonArray{card(QStringLiteral("张伟"), man(run, 0)),
                                                         card(QStringLiteral("李娜"), woman(run, 0))}}})
                       .toJson());
    }
    return {{QStringLiteral("backend"), QStringLiteral("simulated")}, {QStringLiteral("file"), path}};
}

int shootBookingScenes(KioskApp& app, const QString& dir, const QString& run)
{
    Scenes s{app, dir, run};
    BookingFlow* flow = app.booking();
    KioskShell* kiosk = app.controller();
    kiosk->reset();
    if (SimulatedPrinter* device = app.simulatedPrinter()) {
        device->loadPaper(-1); // a fresh roll: the queue scenes left it empty
        app.printer()->refreshStatus();
        s.wait([&] { return app.printer()->isReady(); }, "paper");
    }
    s.fillSoldOutDay();

    s.tap(QStringLiteral("bookingEntry"));
    s.shoot(QStringLiteral("type"));
    s.tap(QStringLiteral("bookingType_marriage"));
    s.wait([&] { return flow->calendar()->isLoaded(); }, "calendar");
    s.tap(QStringLiteral("nextMonth"));
    s.wait([&] { return flow->calendar()->isLoaded(); }, "next month");
    s.shoot(QStringLiteral("calendar"));

    s.tap(QStringLiteral("calendarDay_2026-12-10"));
    s.wait([&] { return flow->timeSlots()->rowCount() > 0; }, "slots");
    s.shoot(QStringLiteral("slots"));
    s.tap(QStringLiteral("bookingSlot_1"));
    // One card on the reader (its name shown masked), the other number typed: no name for it, and
    // the page says both bring their ID cards on the day.
    s.card(0);
    s.tap(QStringLiteral("partySecond"));
    for (const QChar c : woman(run, 0)) {
        s.tap(QStringLiteral("key_") + c);
    }
    s.tap(QStringLiteral("partyPhone"));
    for (const QChar c : QStringLiteral("1380013")) {
        s.tap(QStringLiteral("key_") + c);
    }
    s.shoot(QStringLiteral("ids"));
    for (const QChar c : QStringLiteral("8000")) {
        s.tap(QStringLiteral("key_") + c);
    }
    s.tap(QStringLiteral("partiesNext"));
    s.shoot(QStringLiteral("confirm"));
    bool finished = false;
    const auto done = QObject::connect(flow, &BookingFlow::finished, [&] { finished = true; });
    s.tap(QStringLiteral("confirmBooking"));
    s.wait([&] { return finished; }, "booking");
    QObject::disconnect(done);
    s.shoot(QStringLiteral("confirmation"));
    const QString code = flow->booking()->code();
    const QString payload = flow->booking()->qrPayload();
    s.tap(QStringLiteral("bookingDone"));
    s.bookCeremony();
    s.bookWithPassport();

    // Check-in today for a booking of December: too early, and the screen says from when.
    s.tap(QStringLiteral("bookingEntry"));
    s.tap(QStringLiteral("bookingCheckIn"));
    s.shoot(QStringLiteral("checkin"));
    quint64 t = 1000;
    for (const QChar c : payload) {
        QKeyEvent key(QEvent::KeyPress, c.toUpper().unicode(), Qt::NoModifier, QString(c));
        key.setTimestamp(t += 5);
        QCoreApplication::sendEvent(app.window(), &key);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    enter.setTimestamp(t + 5);
    QCoreApplication::sendEvent(app.window(), &enter);
    s.wait([&] { return app.checkIn()->step() == CheckInFlow::Step::Refused; }, "check-in refusal");
    s.shoot(QStringLiteral("refusal"));
    s.tap(QStringLiteral("bookingRefusalHome"));

    // Check-in by typing: today's booking code and one party's ID number, then the ticket.
    const QString todayCode = s.bookToday();
    s.tap(QStringLiteral("bookingEntry"));
    s.tap(QStringLiteral("bookingCheckIn"));
    s.tap(QStringLiteral("checkInEnterCode"));
    for (const QChar c : todayCode) {
        s.tap(QStringLiteral("code_") + c);
    }
    s.tap(QStringLiteral("checkInId"));
    const QString partyId = woman(run, 7);
    for (const QChar c : partyId.left(14)) {
        s.tap(QStringLiteral("key_") + c);
    }
    s.shoot(QStringLiteral("checkin-enter"));
    for (const QChar c : partyId.mid(14)) {
        s.tap(QStringLiteral("key_") + c);
    }
    s.tap(QStringLiteral("checkInSubmit"));
    s.wait([&] { return app.checkIn()->step() == CheckInFlow::Step::Done; }, "check-in");
    s.shoot(QStringLiteral("checkin-ticket"));
    s.tap(QStringLiteral("checkInDone"));

    // My booking: the card and the code.
    s.tap(QStringLiteral("bookingEntry"));
    s.tap(QStringLiteral("bookingFindMine"));
    s.card(1);
    s.tap(QStringLiteral("findCode"));
    for (const QChar c : code) {
        s.tap(QStringLiteral("code_") + c);
    }
    s.shoot(QStringLiteral("find"));
    s.tap(QStringLiteral("findBooking"));
    s.wait([&] { return flow->step() == BookingFlow::Step::Mine; }, "my booking");
    s.shoot(QStringLiteral("mine"));
    s.tap(QStringLiteral("bookingDone"));

    // The calendar in English.
    s.tap(QStringLiteral("languageSwitch"));
    s.tap(QStringLiteral("bookingEntry"));
    s.tap(QStringLiteral("bookingType_marriage"));
    s.wait([&] { return flow->calendar()->isLoaded(); }, "calendar");
    s.tap(QStringLiteral("nextMonth"));
    s.wait([&] { return flow->calendar()->isLoaded(); }, "next month");
    s.shoot(QStringLiteral("calendar-english"));
    kiosk->reset();
    return s.failures + s.scenes.failures();
}

int shootCameraCheckIn(KioskOptions options, const QString& dir, const QString& run)
{
    QTemporaryDir temp;
    const QString still = temp.filePath(QStringLiteral("camera.png"));
    if (!slipComingIntoView().save(still)) {
        QTextStream(stdout) << "FAILED camera picture\n";
        return 1;
    }
    options.camera = QStringLiteral("simulated:") + still;
    KioskApp app(options);
    if (!app.load()) {
        QTextStream(stdout) << "FAILED camera kiosk: " << app.error() << "\n";
        return 1;
    }
    app.start();
    Scenes s{app, dir, run};
    s.wait([&] { return app.controller()->serviceAvailable(); }, "service");
    s.tap(QStringLiteral("bookingEntry"));
    s.tap(QStringLiteral("bookingCheckIn"));
    CheckInCamera* camera = app.checkInCamera();
    s.wait([&] { return camera != nullptr && camera->scanner()->framesDecoded() >= 2; }, "camera frames");
    if (app.checkIn()->step() != CheckInFlow::Step::Scan) {
        QTextStream(stdout) << "FAILED camera: the picture was read as a code\n";
        return s.failures + s.scenes.failures() + 1;
    }
    s.shoot(QStringLiteral("checkin-camera"));
    app.controller()->reset();
    return s.failures + s.scenes.failures();
}

} // namespace hall
