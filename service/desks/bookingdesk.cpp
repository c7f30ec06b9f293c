// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdesk.h"

#include "domain/halltime.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>

namespace hall {

namespace {

Q_LOGGING_CATEGORY(lcBookingDesk, "hall.booking")

// Enough for every office × type × month or date a kiosk may look at; beyond it the cache restarts.
constexpr qsizetype kMaxCacheEntries = 20000;
// The engine's tick does nothing until the hall's date changes, so a minute costs nothing and a
// day's no-shows are counted within a minute of midnight.
constexpr int kSweepIntervalMs = 60 * 1000;

} // namespace

BookingDesk::BookingDesk(BookingConfig config, const Clock& clock, const QByteArray& personSecret,
                         BookingLimits::Settings limits)
    : m_clock(clock), m_engine(std::move(config), clock, personSecret), m_limits(limits)
{}

Result<std::unique_ptr<BookingDesk>> BookingDesk::open(BookingConfig config, const Clock& clock,
                                                       QSqlDatabase db, GroupCommit& driver,
                                                       const QByteArray& personSecret,
                                                       BookingLimits::Settings limits, QSqlDatabase cityDb)
{
    std::unique_ptr<BookingDesk> desk(new BookingDesk(std::move(config), clock, personSecret, limits));
    auto store = BookingStore::open(db, personSecret);
    if (!store) {
        return store.error();
    }
    desk->m_store = std::move(store).value();
    desk->m_durable = std::make_unique<DurableBooking>(desk->m_engine, *desk->m_store, driver);
    if (auto failed = desk->m_durable->restore()) {
        return *failed;
    }
    if (cityDb.isValid() && !cityDb.isOpen()) {
        // The city did not answer at start: joined by the link's first connect (reattach); until
        // then the link refuses every change that needs it.
        desk->m_joinLater = &driver;
    } else if (cityDb.isValid()) {
        if (auto failed = desk->joinCity(cityDb, driver, true)) {
            return *failed;
        }
    } else if (db.driverName() == QLatin1String("QPSQL")) {
        if (auto failed = desk->joinCity(db, driver, false)) {
            return *failed;
        }
    }
    // At start and then every minute: the no-shows of days that are over (counted once, also across
    // restarts: the booking's status is the record) and the divorce applications past their period
    // (the rules never depend on that part having run; it brings the stored rows in line).
    BookingDesk* d = desk.get();
    const auto sweep = [d, &driver] {
        if (d->m_cityDown && d->m_cityDown()) {
            return; // the next minute's sweep does it
        }
        driver.keepApart(true); // its rows need the city: never in a turn with the queue's changes
        d->m_durable->submit<BookingSweep>(
            [](BookingEngine& e) { return BookingResult<BookingSweep>(e.tick()); },
            [](const BookingResult<BookingSweep>& r) {
                if (!r) {
                    qCWarning(lcBookingDesk).noquote() << "booking sweep not stored:" << r.error().message;
                    return;
                }
                QStringList codes;
                for (const Booking& b : r->noShows) {
                    codes << b.code;
                }
                if (!codes.isEmpty() || !r->lapsed.isEmpty()) {
                    // The audit line: booking codes only, never a person.
                    qCInfo(lcBookingDesk).noquote()
                        << QStringLiteral(
                               "day sweep: %1 no-show(s) %2; %3 divorce application(s) deemed withdrawn")
                               .arg(codes.size())
                               .arg(codes.join(QLatin1Char(',')))
                               .arg(r->lapsed.size());
                }
            });
    };
    QObject::connect(&desk->m_sweep, &QTimer::timeout, sweep);
    desk->m_sweep.start(kSweepIntervalMs);
    sweep();
    return desk;
}

std::optional<Error> BookingDesk::reattach(QSqlDatabase db)
{
    if (auto failed = m_store->prepareStatements()) {
        return failed;
    }
    if (!m_city && m_joinLater != nullptr) {
        if (auto failed = joinCity(db, *m_joinLater, true)) {
            // Tried again whole at the next attempt.
            m_joinLater->setCompanion({});
            m_store->useCityPool(nullptr, {});
            m_city.reset();
            QObject::disconnect(db.driver(), nullptr, &m_cityListener, nullptr);
            QObject::disconnect(m_joinLater, nullptr, &m_cityListener, nullptr);
            return failed;
        }
        m_joinLater = nullptr;
        qCInfo(lcBookingDesk).noquote() << "city: joined the city booking pool (it did not answer at start)";
        return std::nullopt;
    }
    if (!m_city) {
        return std::nullopt;
    }
    if (auto failed = m_city->prepareStatements()) {
        return failed;
    }
    if (m_cityApart) {
        // The turn that met the lost city may have committed there and failed here.
        if (auto failed = reconcileCity()) {
            return failed;
        }
    }
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(CityPool::kChannel)) ||
        !db.driver()->subscribeToNotification(QString::fromLatin1(CityPool::kHandoverChannel))) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("市级预约库: 无法订阅变更通知")};
    }
    if (auto failed = reloadCityPlaces()) {
        return failed;
    }
    // A handover sent while the link was down was not heard.
    takeHandovers();
    return std::nullopt;
}

std::optional<Error> BookingDesk::joinCity(QSqlDatabase db, GroupCommit& driver, bool apart)
{
    auto pool = CityPool::open(db, config().rules.checkInMinutesAfter, apart);
    if (!pool) {
        return pool.error();
    }
    m_city = std::move(pool).value();
    m_cityApart = apart;
    if (apart) {
        driver.setCompanion({[pool = m_city.get()] { return pool->commitTurn(); },
                             [pool = m_city.get()] { pool->rollbackTurn(); }});
        m_city->boundTurns([&driver] { return driver.companionWait(); });
    }
    const auto capacity = [this](const Booking& b) {
        return m_engine.capacityOf(b.office, b.slotStart, b.type);
    };
    m_store->useCityPool(m_city.get(), capacity);
    if (auto failed = m_city->serveOffices(m_servedOffices)) {
        return failed;
    }
    // A record taken here whose city part did not follow (the link broke between the two): its
    // claims become this hall's before adopt() would claim its place a second time.
    takeHandovers(true);
    if (apart) {
        if (auto failed = reconcileCity()) {
            return failed;
        }
    }
    // Bookings of this hall the city does not count yet (made before it joined): counted now, or the
    // hall refuses to start, naming them, rather than let the city overbook their slots.
    const auto adopted = m_city->adopt(m_engine.state().bookings, m_clock.now(), capacity);
    if (!adopted) {
        return adopted.error();
    }
    if (adopted.value() > 0) {
        qCInfo(lcBookingDesk).noquote()
            << QStringLiteral("city: %1 booking(s) made before this hall joined the city are now counted in "
                              "the city's places")
                   .arg(adopted.value());
    }
    // Before the first reload, so no change between the two goes unheard.
    QSqlDriver* sql = db.driver();
    if (!sql->subscribeToNotification(QString::fromLatin1(CityPool::kChannel)) ||
        !sql->subscribeToNotification(QString::fromLatin1(CityPool::kHandoverChannel))) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("市级预约库: 无法订阅变更通知")};
    }
    QObject::connect(sql, &QSqlDriver::notification, &m_cityListener,
                     [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                         if (name == QLatin1String(CityPool::kHandoverChannel)) {
                             if (m_city && payload.toString() == m_city->hall()) {
                                 takeHandovers();
                             }
                             return;
                         }
                         if (name != QLatin1String(CityPool::kChannel)) {
                             return;
                         }
                         ++m_cityNotifications;
                         const QStringList officeDay = payload.toString().split(QLatin1Char('|'));
                         const QDate day = QDate::fromString(officeDay.value(1), Qt::ISODate);
                         if (officeDay.size() != 2 || !day.isValid()) {
                             return;
                         }
                         if (auto failed = reloadCityPlaces(officeDay[0], day)) {
                             qCWarning(lcBookingDesk).noquote()
                                 << "city places not reloaded:" << failed->message;
                         }
                     });
    QObject::connect(&driver, &GroupCommit::flushed, &m_cityListener, [this, sql](qint64, int, bool ok) {
        // libpq reads a notification that arrives during one of our own statements into its queue,
        // where the driver's socket notifier never sees it; so after every commit the driver looks
        // (QPSQLDriver's own slot, queued; it finds nothing when nothing came).
        QMetaObject::invokeMethod(sql, "_q_handleNotification", Qt::QueuedConnection);
        if (m_store->writes() == m_cityWritesSeen) {
            return; // no booking written in this turn: the refusals are an older turn's
        }
        m_cityWritesSeen = m_store->writes();
        // After a failed commit every engine was rebuilt already.
        if (ok && !m_store->cityRefusals().isEmpty()) {
            afterCityRefusals(); // reloads the engine, which drops the handed-over bookings too
        } else if (ok && !m_store->handedOver().isEmpty()) {
            // Handed over to their office's hall, never stored here: the engine forgets them.
            qCInfo(lcBookingDesk).noquote()
                << QStringLiteral("city: %1 booking(s) handed over to the hall of their office: %2")
                       .arg(m_store->handedOver().size())
                       .arg(m_store->handedOver().keys().join(QLatin1Char(',')));
            if (auto failed = m_durable->restore()) {
                qCWarning(lcBookingDesk).noquote()
                    << "bookings not reloaded after a handover:" << failed->message;
            }
            m_cache.clear();
        }
    });
    if (auto failed = reloadCityPlaces()) {
        return failed;
    }
    takeHandovers(); // those that waited while this hall was down
    return std::nullopt;
}

std::optional<Error> BookingDesk::serveOffices(const QStringList& offices)
{
    for (const QString& office : offices) {
        if (config().office(office) == nullptr) {
            return Error{
                ErrorCode::InvalidArgument,
                QStringLiteral("--serves-offices: 预约配置中没有登记处 %1 / --serves-offices: the booking "
                               "configuration has no office %1")
                    .arg(office)};
        }
    }
    m_servedOffices = offices;
    if (!m_city) {
        return std::nullopt; // said at the join (a city that did not answer at start), or no city
    }
    return m_city->serveOffices(offices);
}

void BookingDesk::takeHandovers(bool arrivedOnly)
{
    if (!m_city) {
        return;
    }
    auto waiting = m_city->handoversToMe();
    if (!waiting) {
        qCWarning(lcBookingDesk).noquote() << "city: handovers not read:" << waiting.error().message;
        return;
    }
    for (const CityPool::Handover& h : waiting.value()) {
        if (m_takingOver.contains(h.code)) {
            continue; // in memory, not yet committed here: settled after its commit
        }
        if (m_engine.booking(h.code) != nullptr) {
            settleHandover(h); // committed here before; only the city's part was left
            continue;
        }
        if (arrivedOnly) {
            continue;
        }
        auto arrival = m_store->readHandover(h.row);
        if (!arrival) {
            qCWarning(lcBookingDesk).noquote()
                << QStringLiteral("city: booking %1 handed over by %2 not taken: %3")
                       .arg(h.code, h.fromHall, arrival.error().message);
            continue;
        }
        m_takingOver.insert(h.code);
        m_store->arriving(h.code);
        m_durable->driver().keepApart(true); // a booking turn: never with the queue's changes
        m_durable->submit<Booking>(
            [a = std::move(arrival).value()](BookingEngine& e) {
                return Result<Booking>(e.learnHandedOver(a.booking, a.audit));
            },
            [this, h](const Result<Booking>& r) {
                m_takingOver.remove(h.code);
                if (!r) {
                    qCWarning(lcBookingDesk).noquote()
                        << QStringLiteral(
                               "city: booking %1 handed over by %2 not stored here (taken again at "
                               "the next notification, start or reconnect): %3")
                               .arg(h.code, h.fromHall, r.error().message);
                    return;
                }
                // After the local commit, outside the group commit's turn: the city's part follows.
                QTimer::singleShot(0, &m_cityListener, [this, h] { settleHandover(h); });
            });
    }
}

void BookingDesk::settleHandover(const CityPool::Handover& h)
{
    if (!m_city) {
        return;
    }
    if (auto failed = m_city->settleHandover(h)) {
        qCWarning(lcBookingDesk).noquote()
            << QStringLiteral("city: booking %1 is here, its city claims not yet moved (again at the next "
                              "start or reconnect): %2")
                   .arg(h.code, failed->message);
        return;
    }
    qCInfo(lcBookingDesk).noquote()
        << QStringLiteral("city: booking %1 handed over by %2 taken here").arg(h.code, h.fromHall);
    m_cache.clear();
}

std::optional<Error> BookingDesk::heldElsewhere(const QString& code)
{
    if (!m_city || code.isEmpty()) {
        return std::nullopt;
    }
    auto where = m_city->whereIs(code);
    if (!where || !where.value()) {
        return std::nullopt;
    }
    QString hall = where.value()->hall;
    if (hall.startsWith(QLatin1String("hall_"))) {
        hall = hall.mid(5); // the schema's name: the hall's id is what its staff know
    }
    const QString office = where.value()->office;
    Error e{ErrorCode::WrongOffice, {}, {}, {}};
    e.sentence = Sentence{
        QStringLiteral("该预约由大厅 %1（登记处 %2）办理，请到该处查询、改约、取消或签到").arg(hall, office),
        QStringLiteral("This booking is kept by hall %1 (office %2): find, move, cancel or check in there")
            .arg(hall, office)};
    e.message = e.sentence.joined();
    return e;
}

std::optional<Error> BookingDesk::reconcileCity()
{
    const auto fixed = m_city->reconcile(m_engine.state().bookings, m_clock.now(), [this](const Booking& b) {
        return m_engine.capacityOf(b.office, b.slotStart, b.type);
    });
    if (!fixed) {
        return fixed.error();
    }
    if (fixed.value() > 0) {
        qCWarning(lcBookingDesk).noquote()
            << QStringLiteral("city: %1 claim(s) of this hall that no booking here holds as claimed were put "
                              "right (a city commit whose local commit failed)")
                   .arg(fixed.value());
    }
    return std::nullopt;
}

void BookingDesk::afterCityRefusals()
{
    for (auto it = m_store->cityRefusals().cbegin(); it != m_store->cityRefusals().cend(); ++it) {
        const Booking* b = m_engine.booking(it.key());
        if (b != nullptr && it->code == ErrorCode::SlotFull) {
            m_engine.setCityTaken(b->office, b->slotStart, b->type,
                                  m_engine.capacityOf(b->office, b->slotStart, b->type));
        }
    }
    qCInfo(lcBookingDesk).noquote() << QStringLiteral("city refused %1 booking(s): %2")
                                           .arg(m_store->cityRefusals().size())
                                           .arg(m_store->cityRefusals().keys().join(QLatin1Char(',')));
    if (auto failed = m_durable->restore()) {
        qCWarning(lcBookingDesk).noquote()
            << "bookings not reloaded after a city refusal:" << failed->message;
    }
    m_cache.clear();
}

std::function<std::optional<Error>()> BookingDesk::cityVerdict(std::shared_ptr<QString> code) const
{
    if (!m_city) {
        return {};
    }
    return [this, code = std::move(code)]() -> std::optional<Error> {
        const auto& refused = m_store->cityRefusals();
        const auto it = refused.constFind(*code);
        return it == refused.constEnd() ? std::nullopt : std::optional<Error>(*it);
    };
}

std::optional<Error> BookingDesk::reloadCityPlaces(const QString& office, QDate day)
{
    if (!m_city) {
        return std::nullopt;
    }
    auto places = m_city->places(office, office.isEmpty() ? halltime::local(m_clock.now()).date() : day);
    if (!places) {
        return places.error();
    }
    for (const CityPool::SlotTaken& p : places.value()) {
        m_engine.setCityTaken(p.office, p.slotStart, p.type, p.taken);
    }
    m_cache.clear();
    return std::nullopt;
}

QString BookingDesk::defaultOffice() const
{
    return config().offices.isEmpty() ? QString() : config().offices.first().id;
}

CachedRead BookingDesk::cachedRead(const QString& key,
                                   const std::function<std::pair<QJsonObject, QDateTime>()>& compute)
{
    const quint64 version = m_durable->version();
    const QDateTime now = m_clock.now();
    auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd() || it->version != version || !(now < it->validUntil)) {
        auto [value, validUntil] = compute();
        if (m_cache.size() >= kMaxCacheEntries) {
            m_cache.clear();
        }
        QByteArray json = QJsonDocument(value).toJson(QJsonDocument::Compact);
        it = m_cache.insert(key,
                            CacheEntry{version, validUntil, CachedRead{std::move(value), std::move(json)}});
    }
    return it->read;
}

std::optional<Error> BookingDesk::reconfigure(BookingConfig config)
{
    auto refused = m_engine.reconfigure(std::move(config));
    if (!refused) {
        m_cache.clear();
    }
    return refused;
}

} // namespace hall
