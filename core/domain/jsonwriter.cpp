// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace hall {

namespace {

char hexDigit(unsigned v)
{
    return static_cast<char>(v < 10 ? '0' + v : 'a' + (v - 10));
}

/// Writes one ASCII character at `dst`, escaped if JSON needs it (QJsonDocument's choices: short
/// escapes where JSON has them, \u00XX for the other control characters); returns the end.
char* jsonPutAscii(char* dst, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\') {
        *dst++ = static_cast<char>(u);
        return dst;
    }
    *dst++ = '\\';
    switch (u) {
    case u'"':
        *dst++ = '"';
        break;
    case u'\\':
        *dst++ = '\\';
        break;
    case 0x8:
        *dst++ = 'b';
        break;
    case 0xc:
        *dst++ = 'f';
        break;
    case 0xa:
        *dst++ = 'n';
        break;
    case 0xd:
        *dst++ = 'r';
        break;
    case 0x9:
        *dst++ = 't';
        break;
    default:
        *dst++ = 'u';
        *dst++ = '0';
        *dst++ = '0';
        *dst++ = hexDigit(u >> 4);
        *dst++ = hexDigit(u & 0xf);
    }
    return dst;
}

} // namespace

// Both write in place into room for the worst case (the caller's), and return the end: QByteArray::append
// of the two or three bytes of each Chinese character cost ~100 instructions, a sixth of a refusal's
// reply. Plain ASCII, nearly every character of keys, numbers and times, is copied without a call.
char* JsonWriter::escapeInto(char* dst, QStringView s)
{
    const char16_t* p = s.utf16();
    const char16_t* const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *dst++ = static_cast<char>(u);
            } else {
                dst = jsonPutAscii(dst, u);
            }
        } else if (u < 0x800) {
            *dst++ = char(0xc0 | (u >> 6));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *dst++ = char(0xf0 | (c >> 18));
            *dst++ = char(0x80 | ((c >> 12) & 0x3f));
            *dst++ = char(0x80 | ((c >> 6) & 0x3f));
            *dst++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // Not valid UTF-16: QJsonDocument writes the lone half as an escape, and so do we.
            *dst++ = '\\';
            *dst++ = 'u';
            *dst++ = hexDigit(u >> 12);
            *dst++ = hexDigit((u >> 8) & 0xf);
            *dst++ = hexDigit((u >> 4) & 0xf);
            *dst++ = hexDigit(u & 0xf);
        } else {
            *dst++ = char(0xe0 | (u >> 12));
            *dst++ = char(0x80 | ((u >> 6) & 0x3f));
            *dst++ = char(0x80 | (u & 0x3f));
        }
    }
    return dst;
}

char* JsonWriter::escapeInto(char* dst, QLatin1StringView s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            *dst++ = char(0xc0 | (u >> 6));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (u >= 0x20 && u != '"' && u != '\\') {
            *dst++ = c;
        } else {
            dst = jsonPutAscii(dst, u);
        }
    }
    return dst;
}

void JsonWriter::appendEscaped(QByteArray& out, QStringView s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size() * kJsonMaxEscapedBytes);
    out.resize(escapeInto(out.data() + start, s) - out.constData());
}

void JsonWriter::appendEscaped(QByteArray& out, QLatin1StringView s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size() * kJsonMaxEscapedBytes);
    out.resize(escapeInto(out.data() + start, s) - out.constData());
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

bool JsonWriter::parsesBack(QByteArrayView json)
{
    // A quote then a BOM: a string (or key) that starts with U+FEFF, which Qt's UTF-8 decoding drops.
    return !json.contains("\"\xEF\xBB\xBF") && json.startsWith('{');
}

std::optional<QJsonObject> JsonWriter::parseBack(const QByteArray& json)
{
    if (!parsesBack(json)) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
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
