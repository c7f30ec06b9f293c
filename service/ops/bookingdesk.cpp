#include "bookingdesk.h"

#include <QJsonDocument>

namespace hall {

namespace {

// Enough for every office × type × month or date a kiosk may look at; beyond it the cache restarts.
constexpr qsizetype kMaxCacheEntries = 20000;
constexpr int kSweepIntervalMs = 3600 * 1000;

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
    // The rules never depend on it (an expired application counts as withdrawn from its last day
    // on); the sweep only brings the stored rows in line, at start and then hourly.
    BookingDesk* d = desk.get();
    const auto sweep = [d] {
        d->m_durable->submit<qsizetype>(
            [](BookingEngine& e) { return BookingResult<qsizetype>(e.sweepDeemedWithdrawn().size()); },
            [](const BookingResult<qsizetype>&) {});
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

Outcome BookingDesk::cachedRead(const QString& key,
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
        it = m_cache.insert(key, CacheEntry{version, validUntil, std::move(value), std::move(json)});
    }
    Outcome out = success(it->value);
    out.encodedResult = it->json;
    return out;
}

} // namespace hall
