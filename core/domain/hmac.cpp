// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hmac.h"

#include <sodium.h>

#include <array>

namespace hall {

namespace {

/// The HMAC state once a key is absorbed (its inner and outer pads hashed): two of the four SHA-256
/// compressions an HMAC of a short message costs (an ID number, a request's personal fields). Almost
/// every call uses the hall's one secret, four or five times per booking attempt, so the last few
/// keys' states are kept, per thread, and copied instead of computed again.
class KeyedStates
{
public:
    KeyedStates() = default;
    KeyedStates(const KeyedStates&) = delete;
    KeyedStates& operator=(const KeyedStates&) = delete;
    ~KeyedStates()
    {
        for (Slot& s : m_slots) {
            sodium_memzero(&s.state, sizeof s.state);
        }
    }

    /// `state` set to the key's absorbed state.
    void init(crypto_auth_hmacsha256_state* state, QByteArrayView key)
    {
        for (const Slot& s : m_slots) {
            if (s.used && QByteArrayView(s.key) == key) {
                *state = s.state;
                return;
            }
        }
        crypto_auth_hmacsha256_init(state, reinterpret_cast<const unsigned char*>(key.data()),
                                    static_cast<size_t>(key.size()));
        Slot& s = m_slots[m_next];
        m_next = (m_next + 1) % m_slots.size();
        s.key = key.toByteArray();
        s.state = *state;
        s.used = true;
    }

private:
    struct Slot
    {
        QByteArray key;
        crypto_auth_hmacsha256_state state{};
        bool used = false;
    };
    std::array<Slot, 4> m_slots;
    std::size_t m_next = 0;
};

/// The last few messages' MACs under the last key, per thread: a booking attempt keys each person in
/// the fairness gate and again in the engine (PersonDocument::personKey), a tenth of the attempt.
/// The messages are ID numbers, so they are wiped when replaced, as the key states are.
class RecentMacs
{
public:
    RecentMacs() = default;
    RecentMacs(const RecentMacs&) = delete;
    RecentMacs& operator=(const RecentMacs&) = delete;
    ~RecentMacs()
    {
        for (Entry& e : m_entries) {
            wipe(e);
        }
    }

    const QByteArray* find(QByteArrayView key, QByteArrayView data) const
    {
        if (QByteArrayView(m_key) != key) {
            return nullptr;
        }
        for (const Entry& e : m_entries) {
            if (!e.mac.isEmpty() && QByteArrayView(e.data) == data) {
                return &e.mac;
            }
        }
        return nullptr;
    }

    void remember(QByteArrayView key, QByteArrayView data, const QByteArray& mac)
    {
        if (data.size() > kMaxData) {
            return; // a request's personal fields: asked once each
        }
        if (QByteArrayView(m_key) != key) {
            for (Entry& e : m_entries) {
                wipe(e);
            }
            m_key = key.toByteArray();
        }
        Entry& e = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        wipe(e);
        e.data = data.toByteArray();
        e.mac = mac;
    }

private:
    static constexpr qsizetype kMaxData = 64;
    struct Entry
    {
        QByteArray data;
        QByteArray mac;
    };
    static void wipe(Entry& e)
    {
        if (!e.data.isEmpty()) { // a copy of its own (toByteArray), never shared
            sodium_memzero(e.data.data(), static_cast<size_t>(e.data.size()));
        }
        e.data.clear();
        e.mac.clear();
    }
    QByteArray m_key;
    std::array<Entry, 4> m_entries;
    std::size_t m_next = 0;
};

} // namespace

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // sodium_init() is idempotent and thread-safe; SHA-256 needs no CPU dispatch, but the library
    // asks for it before any use.
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    thread_local RecentMacs recent;
    if (const QByteArray* known = recent.find(key, data)) {
        return *known;
    }
    thread_local KeyedStates keyed;
    crypto_auth_hmacsha256_state state;
    keyed.init(&state, key);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                                  static_cast<unsigned long long>(data.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    recent.remember(key, data, mac);
    return mac;
}

} // namespace hall
