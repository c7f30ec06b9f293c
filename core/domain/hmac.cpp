// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hmac.h"

// OpenSSL's SHA-256 runs on the CPU's SHA extensions (or AVX2) where it has them: a compression costs
// a tenth of libsodium's portable one. Its low-level SHA256_* calls are deprecated in OpenSSL 3 in
// favour of EVP, whose provider dispatch and context allocation cost more than hashing an ID number.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <sodium.h>

#include <algorithm>
#include <array>

namespace hall {

namespace {

/// A key absorbed (RFC 2104): the SHA-256 states after its inner and its outer pad.
struct HmacKeyState
{
    SHA256_CTX inner;
    SHA256_CTX outer;
};

void hmacAbsorb(HmacKeyState* state, QByteArrayView key)
{
    constexpr int kBlock = 64;
    std::array<unsigned char, kBlock> pad{};
    if (key.size() > kBlock) {
        SHA256(reinterpret_cast<const unsigned char*>(key.data()), static_cast<size_t>(key.size()),
               pad.data());
    } else if (!key.isEmpty()) {
        std::copy(key.begin(), key.end(), pad.begin());
    }
    for (unsigned char& c : pad) {
        c ^= 0x36;
    }
    SHA256_Init(&state->inner);
    SHA256_Update(&state->inner, pad.data(), pad.size());
    for (unsigned char& c : pad) {
        c ^= 0x36 ^ 0x5c;
    }
    SHA256_Init(&state->outer);
    SHA256_Update(&state->outer, pad.data(), pad.size());
    sodium_memzero(pad.data(), pad.size());
}

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
    void init(HmacKeyState* state, QByteArrayView key)
    {
        for (const Slot& s : m_slots) {
            if (s.used && QByteArrayView(s.key) == key) {
                *state = s.state;
                return;
            }
        }
        hmacAbsorb(state, key);
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
        HmacKeyState state{};
        bool used = false;
    };
    std::array<Slot, 4> m_slots;
    std::size_t m_next = 0;
};

} // namespace

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // sodium_init() is idempotent and thread-safe; sodium_memzero needs it before any use.
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    thread_local KeyedStates keyed;
    HmacKeyState state;
    keyed.init(&state, key);
    std::array<unsigned char, SHA256_DIGEST_LENGTH> inner{};
    SHA256_Update(&state.inner, data.data(), static_cast<size_t>(data.size()));
    SHA256_Final(inner.data(), &state.inner);
    QByteArray mac(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Update(&state.outer, inner.data(), inner.size());
    SHA256_Final(reinterpret_cast<unsigned char*>(mac.data()), &state.outer);
    sodium_memzero(&state, sizeof state);
    sodium_memzero(inner.data(), inner.size());
    return mac;
}

} // namespace hall
