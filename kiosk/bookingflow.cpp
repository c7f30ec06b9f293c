#include "bookingflow.h"

#include "client/serviceclient.h"

#include <QLoggingCategory>
#include <QTimeZone>

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
      m_requests(client, m_options.requestTimeoutMs)
{
    connect(&m_requests, &JourneyRequests::busyChanged, this, &BookingFlow::busyChanged);
    connect(m_printer, &PrintStation::finished, this, &BookingFlow::onPrinted);
    for (IdInput* id : {&m_lookupId, m_parties.first(), m_parties.second()}) {
        id->setHallDaySource(m_client);
    }
}

QDate BookingFlow::today() const
{
    return hallDayOf(m_client);
}

QJsonObject BookingFlow::withOffice(QJsonObject args) const
{
    if (!m_options.office.isEmpty()) {
        args.insert(QStringLiteral("office"), m_options.office);
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
            refuse(reply.errorCode, reply.errorMessage);
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

void BookingFlow::refuse(const QString& code, const QString& message)
{
    m_refusal.set(code, message);
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
    if (m_step == Step::Parties && m_parties.isComplete()) {
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
    if (m_printer->print(m_booking.printed(centreNameOf(m_client)))) {
        m_booking.setPrintState(BookingConfirmation::PrintState::Printing);
    } else {
        m_booking.setPrintState(BookingConfirmation::PrintState::NotPrinted);
        emit finished();
    }
}

void BookingFlow::onPrinted(bool ok)
{
    if (m_booking.printState() != BookingConfirmation::PrintState::Printing) {
        return;
    }
    m_booking.setPrintState(ok ? BookingConfirmation::PrintState::Printed
                               : BookingConfirmation::PrintState::NotPrinted);
    emit finished();
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
    if (m_booking.printState() == BookingConfirmation::PrintState::Printing) {
        m_printer->abandon();
    }
    m_calendar.clear();
    m_slots.clear();
    m_parties.clear();
    m_booking.clear();
    m_refusal.clear();
    m_lookupId.clear();
    m_lookupCode.clear();
    m_cancelled = false;
    if (!m_type.isEmpty()) {
        m_type.clear();
        emit typeChanged();
    }
    emit monthChanged();
    if (m_step != Step::Type) {
        m_step = Step::Type;
        emit stepChanged();
    }
}

} // namespace hall
