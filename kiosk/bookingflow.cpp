// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingflow.h"

#include "client/serviceclient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QVariantMap>

#include <algorithm>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcBooking, "hall.kiosk.booking")

const QStringList& bookingTypes()
{
    static const QStringList types{QStringLiteral("marriage"), QStringLiteral("divorceApplication"),
                                   QStringLiteral("divorceCertificate"), QStringLiteral("replacement"),
                                   QStringLiteral("ceremony")};
    return types;
}
} // namespace

BookingFlow::BookingFlow(ServiceClient* client, PrintStation* printer, Options options, QObject* parent)
    : KioskFlow(parent), m_client(client), m_printer(printer), m_options(std::move(options)),
      m_requests(client, m_options.requestTimeoutMs), m_office(m_options.office)
{
    connect(&m_requests, &JourneyRequests::busyChanged, this, &BookingFlow::busyChanged);
    connect(m_printer, &PrintStation::finished, this, &BookingFlow::onPrinted);
    m_lookupId.setHallDaySource(m_client);
    m_parties.setHallDaySource(m_client);
    connect(&m_parties, &BookingParties::changed, this, &BookingFlow::updateEntitlement);
}

void BookingFlow::loadInfo()
{
    if (!m_offices.isEmpty()) {
        return; // the offices and their designations change only with the service's configuration
    }
    m_client->request(QStringLiteral("booking.info"), {}, [this](const ServiceReply& reply) {
        if (!reply.ok || !m_offices.isEmpty()) {
            return; // without it the service's own refusal (OFFICE_NOT_ENTITLED) still says where to go
        }
        for (const QJsonValue& v : reply.result.value(QLatin1String("offices")).toArray()) {
            const QJsonObject o = v.toObject();
            OfficeInfo office{o.value(QLatin1String("id")).toString(),
                              o.value(QLatin1String("nameZh")).toString(),
                              o.value(QLatin1String("nameEn")).toString(),
                              {}};
            for (const QJsonValue& j : o.value(QLatin1String("foreignRelated")).toArray()) {
                if (const auto designated = jurisdictionFromString(j.toString())) {
                    office.designated << *designated;
                }
            }
            m_offices << office;
        }
        for (const QJsonValue& v : reply.result.value(QLatin1String("types")).toArray()) {
            if (v.toObject().value(QLatin1String("designatedOffices")).toBool()) {
                m_designatedTypes << v.toObject().value(QLatin1String("id")).toString();
            }
        }
        updateEntitlement();
    });
}

void BookingFlow::updateEntitlement()
{
    QString zh;
    QString en;
    QVariantList offices;
    const Jurisdiction j = m_parties.jurisdiction();
    const auto here = std::find_if(m_offices.cbegin(), m_offices.cend(), [this](const OfficeInfo& o) {
        return m_office.isEmpty() || o.id == m_office; // no office named: the service's first
    });
    if (j != Jurisdiction::Mainland && m_designatedTypes.contains(m_type) && here != m_offices.cend() &&
        !designatedFor(here->designated, j)) {
        QStringList namesZh;
        QStringList namesEn;
        for (const OfficeInfo& o : m_offices) {
            if (designatedFor(o.designated, j)) {
                namesZh << o.nameZh;
                namesEn << (o.nameEn.isEmpty() ? o.nameZh : o.nameEn);
                offices << QVariantMap{{QStringLiteral("id"), o.id},
                                       {QStringLiteral("nameZh"), o.nameZh},
                                       {QStringLiteral("nameEn"), o.nameEn.isEmpty() ? o.nameZh : o.nameEn}};
            }
        }
        zh = hall::notEntitledZh(here->nameZh, j, namesZh);
        en = hall::notEntitledEn(here->nameEn.isEmpty() ? here->nameZh : here->nameEn, j, namesEn);
    }
    if (zh != m_notEntitledZh || en != m_notEntitledEn || offices != m_entitledOffices) {
        m_notEntitledZh = zh;
        m_notEntitledEn = en;
        m_entitledOffices = offices;
        emit entitlementChanged();
    }
}

void BookingFlow::switchOffice(const QString& office)
{
    const bool offered =
        std::any_of(m_entitledOffices.cbegin(), m_entitledOffices.cend(), [&](const QVariant& o) {
            return o.toMap().value(QStringLiteral("id")).toString() == office;
        });
    if (!offered || isBusy() || m_step != Step::Parties) {
        return;
    }
    m_office = office;
    updateEntitlement();
    // Its own days and slots: the resident chooses them again there.
    const QDate t = today();
    loadMonth(QDate(t.year(), t.month(), 1));
    setStep(Step::Date);
}

QDate BookingFlow::today() const
{
    return hallDayOf(m_client);
}

QJsonObject BookingFlow::withOffice(QJsonObject args) const
{
    if (!m_office.isEmpty()) {
        args.insert(QStringLiteral("office"), m_office);
    }
    return args;
}

void BookingFlow::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        emit stepChanged();
    }
    emit activity();
}

void BookingFlow::request(const QString& op, const QJsonObject& args, Handler onOk, bool isChange)
{
    // Answers to a journey that was abandoned (idle, home) never arrive here (JourneyRequests).
    auto done = [this, op, onOk = std::move(onOk)](const ServiceReply& reply) {
        if (!reply.ok) {
            qCInfo(lcBooking).noquote() << op << "refused:" << reply.errorCode;
            refuse(reply.errorCode, reply.errorMessage, reply.errorSentence);
            return;
        }
        onOk(reply.result);
    };
    if (isChange) {
        m_requests.change(op, args, std::move(done));
    } else {
        m_requests.read(op, args, std::move(done));
    }
}

void BookingFlow::refuse(const QString& code, const QString& message, const Sentence& sentence)
{
    m_refusal.set(code, message, {}, sentence);
    if (m_step != Step::Refused) {
        m_refusedFrom = m_step;
    }
    setStep(Step::Refused);
    emit finished();
}

bool BookingFlow::canPreviousMonth() const
{
    const QDate t = today();
    return m_calendar.firstOfMonth() > QDate(t.year(), t.month(), 1);
}

bool BookingFlow::canNextMonth() const
{
    const QDate t = today();
    return m_calendar.firstOfMonth().isValid() &&
           m_calendar.firstOfMonth() < QDate(t.year(), t.month(), 1).addMonths(m_options.monthsAhead - 1);
}

void BookingFlow::chooseType(const QString& type)
{
    if (!bookingTypes().contains(type) || isBusy()) {
        return;
    }
    if (type != m_type) {
        m_type = type;
        emit typeChanged();
    }
    m_parties.setNeedsSecond(type != QLatin1String("replacement"));
    m_parties.setMarriage(type == QLatin1String("marriage"));
    loadInfo();
    updateEntitlement();
    const QDate t = today();
    loadMonth(QDate(t.year(), t.month(), 1));
    setStep(Step::Date);
}

void BookingFlow::previousMonth()
{
    if (canPreviousMonth() && !isBusy()) {
        loadMonth(m_calendar.firstOfMonth().addMonths(-1));
    }
}

void BookingFlow::nextMonth()
{
    if (canNextMonth() && !isBusy()) {
        loadMonth(m_calendar.firstOfMonth().addMonths(1));
    }
}

void BookingFlow::loadMonth(QDate firstOfMonth)
{
    m_calendar.setMonth(firstOfMonth);
    m_slots.clear();
    emit monthChanged();
    const QString type = m_type;
    request(QStringLiteral("booking.calendar"),
            withOffice({{QStringLiteral("type"), type},
                        {QStringLiteral("month"), firstOfMonth.toString(QStringLiteral("yyyy-MM"))}}),
            [this, firstOfMonth](const QJsonObject& result) {
                if (m_calendar.firstOfMonth() == firstOfMonth) {
                    m_calendar.setDays(result.value(QLatin1String("days")).toArray(), m_english);
                }
            });
}

void BookingFlow::chooseDate(const QString& isoDate)
{
    if (isBusy() || !m_calendar.select(isoDate)) {
        return; // not bookable: the calendar already says why
    }
    loadDay(m_calendar.selectedDate());
    setStep(Step::Slot);
}

void BookingFlow::loadDay(QDate day)
{
    m_slots.clear();
    request(
        QStringLiteral("booking.slots"),
        withOffice({{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("type"), m_type}}),
        [this, day](const QJsonObject& result) {
            if (m_calendar.selectedDate() == day) {
                m_slots.setAvailability(result, m_type);
            }
        });
}

void BookingFlow::chooseSlot(int row)
{
    if (m_step == Step::Slot && m_slots.select(row)) {
        m_parties.setActive(BookingParties::FirstField);
        setStep(Step::Parties);
    }
}

void BookingFlow::review()
{
    if (m_step == Step::Parties && m_parties.isComplete() && !notEntitled()) {
        setStep(Step::Confirm);
    }
}

void BookingFlow::submit()
{
    if (isBusy() || !m_parties.isComplete() || !m_slots.selectedStart().isValid() ||
        (m_step != Step::Confirm && m_step != Step::Refused)) {
        return;
    }
    QJsonObject args = m_parties.toJson();
    args.insert(QStringLiteral("type"), m_type);
    args.insert(QStringLiteral("slotStart"),
                m_slots.selectedStart().toString(Qt::ISODateWithMs).remove(QStringLiteral(".000")));
    // Same request, same id (JourneyRequests): a retry after a lost answer can never book twice.
    request(
        QStringLiteral("booking.create"), withOffice(args),
        [this](const QJsonObject& result) {
            const QJsonObject b = result.contains(QLatin1String("booking"))
                                      ? result.value(QLatin1String("booking")).toObject()
                                      : result;
            m_booking.set(b, m_english);
            m_parties.clear(); // the numbers have done their job
            m_cancelled = false;
            emit bookingShown();
            setStep(Step::Done);
            printConfirmation();
        },
        true);
}

void BookingFlow::printConfirmation()
{
    if (!m_booking.print(m_printer, centreNameOf(m_client))) {
        emit finished();
    }
}

void BookingFlow::onPrinted(bool ok)
{
    if (m_booking.printFinished(ok)) {
        emit finished();
    }
}

void BookingFlow::openFind()
{
    m_lookupId.clear();
    m_lookupCode.clear();
    m_booking.clear();
    setStep(Step::Find);
}

void BookingFlow::find()
{
    if (isBusy() || !m_lookupId.isComplete() || !m_lookupCode.isComplete()) {
        return;
    }
    request(QStringLiteral("booking.find"),
            withOffice({{QStringLiteral("code"), m_lookupCode.value()},
                        {QStringLiteral("idNumber"), m_lookupId.number()}}),
            [this](const QJsonObject& result) {
                const QJsonObject b = result.contains(QLatin1String("booking"))
                                          ? result.value(QLatin1String("booking")).toObject()
                                          : result;
                m_booking.set(b, m_english);
                m_cancelled = false;
                emit bookingShown();
                setStep(Step::Mine);
                emit finished();
            });
}

void BookingFlow::cancelBooking()
{
    if (isBusy() || m_step != Step::Mine || !m_booking.isValid() || !m_lookupId.isComplete()) {
        return;
    }
    const QJsonObject args{{QStringLiteral("code"), m_booking.code()},
                           {QStringLiteral("idNumber"), m_lookupId.number()}};
    request(
        QStringLiteral("booking.cancel"), withOffice(args),
        [this](const QJsonObject& result) {
            const QJsonObject b = result.contains(QLatin1String("booking"))
                                      ? result.value(QLatin1String("booking")).toObject()
                                      : result;
            m_booking.set(b, m_english);
            m_lookupId.clear(); // nothing more to do with the number
            m_cancelled = true;
            emit bookingShown();
            emit finished();
        },
        true);
}

void BookingFlow::back()
{
    switch (m_step) {
    case Step::Date:
    case Step::Find:
        reset();
        break;
    case Step::Slot:
        m_calendar.clearSelection();
        setStep(Step::Date);
        break;
    case Step::Parties:
        setStep(Step::Slot);
        break;
    case Step::Confirm:
        setStep(Step::Parties);
        break;
    case Step::Mine:
        setStep(Step::Find);
        break;
    case Step::Refused: {
        // Back to where the answer can be changed: another date when the slot was taken or the
        // date is not open, the numbers when a person was refused, the summary to try again.
        using K = BookingRefusal::Kind;
        const K kind = m_refusal.kind();
        m_refusal.clear();
        Step to = m_refusedFrom;
        if (to == Step::Confirm) {
            if (kind == K::Full || kind == K::NotYetOpen || kind == K::BookingClosed ||
                kind == K::OfficeClosed || kind == K::Divorce) {
                to = Step::Date;
            } else if (kind != K::Unreachable) {
                to = Step::Parties;
            }
        }
        if (to == Step::Slot || to == Step::Date) {
            to = Step::Date;
            if (m_calendar.firstOfMonth().isValid()) {
                loadMonth(m_calendar.firstOfMonth());
            }
        }
        setStep(to);
        break;
    }
    default:
        reset();
    }
}

void BookingFlow::retry()
{
    if (m_step != Step::Refused || isBusy()) {
        return;
    }
    const Step from = m_refusedFrom;
    if (from != Step::Confirm && from != Step::Find && from != Step::Mine) {
        back(); // a read: going back reads again
        return;
    }
    m_refusal.clear();
    setStep(from);
    if (from == Step::Confirm) {
        submit();
    } else if (from == Step::Find) {
        find();
    } else {
        cancelBooking();
    }
}

void BookingFlow::onCardRead(const QString& name, const QString& idNumber)
{
    if (m_step == Step::Parties) {
        m_parties.setFromCard(name, idNumber);
    } else if (m_step == Step::Find) {
        m_lookupId.setFromCard(idNumber);
    } else {
        return;
    }
    emit activity();
}

void BookingFlow::reset()
{
    m_requests.abandon();
    m_booking.abandonPrint(m_printer);
    m_calendar.clear();
    m_slots.clear();
    m_parties.clear();
    m_booking.clear();
    m_refusal.clear();
    m_lookupId.clear();
    m_lookupCode.clear();
    m_cancelled = false;
    m_office = m_options.office;
    if (!m_type.isEmpty()) {
        m_type.clear();
        emit typeChanged();
    }
    updateEntitlement();
    emit monthChanged();
    if (m_step != Step::Type) {
        m_step = Step::Type;
        emit stepChanged();
    }
}

} // namespace hall
