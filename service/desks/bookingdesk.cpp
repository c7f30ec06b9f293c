#include "bookingdesk.h"

#include <QJsonDocument>
#include <QLoggingCategory>

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
                                                       BookingLimits::Settings limits)
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
    // At start and then every minute: the no-shows of days that are over (counted once, also across
    // restarts: the booking's status is the record) and the divorce applications past their period
    // (the rules never depend on that part having run; it brings the stored rows in line).
    BookingDesk* d = desk.get();
    const auto sweep = [d] {
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
