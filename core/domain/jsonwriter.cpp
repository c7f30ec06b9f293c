// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace hall {

namespace {

char hexDigit(unsigned v)
{
    return static_cast<char>(v < 10 ? '0' + v : 'a' + (v - 10));
}

/// Escapes one ASCII character if JSON needs it (QJsonDocument's choices: short escapes where JSON has
/// them, \u00XX for the other control characters); returns false when it goes out as it is.
bool appendAsciiEscape(QByteArray& out, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\') {
        return false;
    }
    out.append('\\');
    switch (u) {
    case u'"':
        out.append('"');
        break;
    case u'\\':
        out.append('\\');
        break;
    case 0x8:
        out.append('b');
        break;
    case 0xc:
        out.append('f');
        break;
    case 0xa:
        out.append('n');
        break;
    case 0xd:
        out.append('r');
        break;
    case 0x9:
        out.append('t');
        break;
    default: {
        const char hex[] = {'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
        out.append(hex, sizeof hex);
    }
    }
    return true;
}

} // namespace

void JsonWriter::appendEscaped(QByteArray& out, QStringView s)
{
    const char16_t* p = s.utf16();
    const char16_t* const end = p + s.size();
    while (p != end) {
        // Runs of plain ASCII (most keys, numbers of tickets, ISO times) are copied in one step.
        const char16_t* run = p;
        while (p != end && *p < 0x80 && *p >= 0x20 && *p != u'"' && *p != u'\\') {
            ++p;
        }
        if (p != run) {
            const qsizetype n = p - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char* dst = out.data() + at;
            for (qsizetype i = 0; i < n; ++i) {
                dst[i] = static_cast<char>(run[i]);
            }
        }
        if (p == end) {
            break;
        }
        const char16_t u = *p++;
        if (u < 0x80) {
            appendAsciiEscape(out, u);
        } else if (u < 0x800) {
            const char b[] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            out.append(b, 2);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            const char b[] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                              char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
            out.append(b, 4);
        } else if (QChar::isSurrogate(u)) {
            // Not valid UTF-16: QJsonDocument writes the lone half as an escape, and so do we.
            const char b[] = {'\\',
                              'u',
                              hexDigit(u >> 12),
                              hexDigit((u >> 8) & 0xf),
                              hexDigit((u >> 4) & 0xf),
                              hexDigit(u & 0xf)};
            out.append(b, 6);
        } else {
            const char b[] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)),
                              char(0x80 | (u & 0x3f))};
            out.append(b, 3);
        }
    }
}

void JsonWriter::appendEscaped(QByteArray& out, QLatin1StringView s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            const char b[] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            out.append(b, 2);
        } else if (!appendAsciiEscape(out, u)) {
            out.append(c);
        }
    }
}

JsonWriter& JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::close(char c)
{
    m_out.append(c);
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name)
{
    return quoted(name, true);
}

JsonWriter& JsonWriter::key(QStringView name)
{
    return quoted(name, true);
}

JsonWriter& JsonWriter::string(QStringView s)
{
    return quoted(s, false);
}

JsonWriter& JsonWriter::string(QLatin1StringView s)
{
    return quoted(s, false);
}

JsonWriter& JsonWriter::integer(qint64 n)
{
    separate();
    char buf[24];
    char* p = buf + sizeof buf;
    // Digits from the end; the magnitude as unsigned so the lowest qint64 has one too.
    quint64 m = n < 0 ? 0 - static_cast<quint64>(n) : static_cast<quint64>(n);
    do {
        *--p = static_cast<char>('0' + m % 10);
        m /= 10;
    } while (m != 0);
    if (n < 0) {
        *--p = '-';
    }
    m_out.append(p, buf + sizeof buf - p);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool b)
{
    separate();
    m_out.append(b ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter& JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
    return *this;
}

JsonWriter& JsonWriter::object(const QJsonObject& o)
{
    beginObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        key(it.key());
        value(it.value());
    }
    return endObject();
}

JsonWriter& JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return boolean(v.toBool());
    case QJsonValue::String:
        return string(v.toString());
    case QJsonValue::Object:
        return object(v.toObject());
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray(); // const: iterating must not detach (copy) the shared array
        beginArray();
        for (const QJsonValue& e : a) {
            value(e);
        }
        return endArray();
    }
    case QJsonValue::Double: {
        // A QJsonValue made from an integer keeps it as one, and QJsonDocument writes it with every
        // digit; a double (1e15 too) goes out in its shortest form. The variant tells which it holds
        // (QCborValue::fromJsonValue would turn an integral double into an integer).
        if (v.toVariant().typeId() == QMetaType::LongLong) {
            return integer(v.toInteger());
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            return null();
        }
        separate();
        m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return *this;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    }
    return null();
}

} // namespace hall
