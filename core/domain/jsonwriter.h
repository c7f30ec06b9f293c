// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hall {

/// Writes compact JSON straight into bytes, for the frames of the hot path (replies, events), which
/// building a QJsonObject only to serialise it would cost several times over (Qt 6.4 spends ~2k
/// instructions per key inserted). The output is byte for byte what QJsonDocument's compact form
/// gives for the same object, keys in the same (sorted) order: the caller writes keys in sorted
/// order, as QJsonObject would hold them, so clients, the request ledger's stored answers and tests
/// see no difference (tests/core/test_jsonwriter.cpp checks it against QJsonDocument).
///
/// Commas are the writer's: begin/end and key/value calls in JSON's order are all it needs.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

    JsonWriter& beginObject() { return open('{'); }
    JsonWriter& endObject() { return close('}'); }
    JsonWriter& beginArray() { return open('['); }
    JsonWriter& endArray() { return close(']'); }

    /// A key of the object being written; its value follows.
    JsonWriter& key(QLatin1StringView name);
    JsonWriter& key(QStringView name);

    JsonWriter& string(QStringView s);
    JsonWriter& string(QLatin1StringView s);
    JsonWriter& integer(qint64 n);
    JsonWriter& boolean(bool b);
    JsonWriter& null();
    /// Any JSON value, written as QJsonDocument writes it (numbers stored as integers stay integers).
    JsonWriter& value(const QJsonValue& v);
    JsonWriter& object(const QJsonObject& o);
    /// A value that is already compact JSON (a cached answer, an event's data).
    JsonWriter& raw(QByteArrayView json);

    /// key() then the value, for the common case.
    template <typename K> JsonWriter& field(K name, QStringView s) { return key(name).string(s); }
    template <typename K> JsonWriter& field(K name, const QString& s) { return key(name).string(s); }
    template <typename K> JsonWriter& field(K name, QLatin1StringView s) { return key(name).string(s); }
    template <typename K> JsonWriter& field(K name, qint64 n) { return key(name).integer(n); }
    template <typename K> JsonWriter& field(K name, int n) { return key(name).integer(n); }
    template <typename K> JsonWriter& field(K name, bool b) { return key(name).boolean(b); }
    template <typename K> JsonWriter& field(K name, const QJsonValue& v) { return key(name).value(v); }

    /// QJsonDocument(o).toJson(QJsonDocument::Compact), at about a third of its cost: Qt 6.4's writer
    /// copies every key and value out of the object and grows its output by insertion.
    static QByteArray compact(const QJsonObject& o)
    {
        JsonWriter w;
        w.object(o);
        return w.take();
    }

    /// `json`, compact JSON as this writer writes it, read back into the object it was written from:
    /// in one pass of Qt's parser, cheaper than inserting keys one by one. Nothing where the parser
    /// would not give the same text back (it drops a U+FEFF that starts a string).
    static std::optional<QJsonObject> parseBack(const QByteArray& json);
    /// Whether parseBack(json) would give the object back, without parsing it.
    static bool parsesBack(QByteArrayView json);

    const QByteArray& bytes() const { return m_out; }
    QByteArray take() { return std::exchange(m_out, {}); }

    /// Appends `s` as the inside of a JSON string (no quotes), escaped exactly as QJsonDocument does:
    /// `"` `\` and control characters escaped, everything else (Chinese text included) as UTF-8, a lone
    /// surrogate as \uXXXX.
    static void appendEscaped(QByteArray& out, QStringView s);
    static void appendEscaped(QByteArray& out, QLatin1StringView s);

private:
    JsonWriter& open(char c);
    JsonWriter& close(char c);
    /// The longest a UTF-16 unit or a Latin-1 character becomes: \uXXXX.
    static constexpr qsizetype kJsonMaxEscapedBytes = 6;
    static char* escapeInto(char* dst, QStringView s);
    static char* escapeInto(char* dst, QLatin1StringView s);

    /// A quoted, escaped text: a key (with its colon) or a string value, written into room for the
    /// worst case with its comma and quotes, then cut to what was written (one resize each way).
    template <typename Text> JsonWriter& quoted(Text s, bool asKey)
    {
        const bool comma = !m_afterKey && !m_first;
        m_afterKey = asKey;
        m_first = false;
        const qsizetype start = m_out.size();
        m_out.resize(start + 4 + s.size() * kJsonMaxEscapedBytes);
        char* dst = m_out.data() + start;
        if (comma) {
            *dst++ = ',';
        }
        *dst++ = '"';
        dst = escapeInto(dst, s);
        *dst++ = '"';
        if (asKey) {
            *dst++ = ':';
        }
        m_out.resize(dst - m_out.constData());
        return *this;
    }
    /// The comma before a value or key, unless it is the first in its container or follows its key.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
        } else if (m_first) {
            m_first = false;
        } else {
            m_out.append(',');
        }
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace hall
