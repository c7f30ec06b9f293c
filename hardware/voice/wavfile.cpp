// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wavfile.h"

#include <QFile>
#include <QtEndian>

namespace hall {

namespace {

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

int WavFile::durationMs() const
{
    const int bytesPerSecond = sampleRate * channels * bitsPerSample / 8;
    return bytesPerSecond <= 0 ? 0 : int(qint64(samples.size()) * 1000 / bytesPerSecond);
}

QByteArray WavFile::toBytes() const
{
    QByteArray out;
    out.reserve(44 + samples.size());
    out.append("RIFF");
    put32(out, quint32(36 + samples.size()));
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, quint16(formatTag));
    put16(out, quint16(channels));
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate * channels * bitsPerSample / 8));
    put16(out, quint16(channels * bitsPerSample / 8));
    put16(out, quint16(bitsPerSample));
    out.append("data");
    put32(out, quint32(samples.size()));
    out.append(samples);
    return out;
}

std::optional<WavFile> WavFile::read(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray all = f.readAll();
    if (all.size() < 12 || !all.startsWith("RIFF") || all.mid(8, 4) != "WAVE") {
        return std::nullopt;
    }
    WavFile wav;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= all.size()) {
        const quint32 size = qFromLittleEndian<quint32>(all.constData() + at + 4);
        const qsizetype body = at + 8;
        if (body + qsizetype(size) > all.size() && all.mid(at, 4) != "data") {
            return std::nullopt;
        }
        if (all.mid(at, 4) == "fmt " && size >= 16) {
            wav.formatTag = qFromLittleEndian<quint16>(all.constData() + body);
            wav.channels = qFromLittleEndian<quint16>(all.constData() + body + 2);
            wav.sampleRate = int(qFromLittleEndian<quint32>(all.constData() + body + 4));
            wav.bitsPerSample = qFromLittleEndian<quint16>(all.constData() + body + 14);
            haveFormat = true;
        } else if (all.mid(at, 4) == "data") {
            // Some writers (espeak-ng to a pipe) leave the size at 0xFFFFFFFF: take what is there.
            wav.samples = all.mid(body, std::min<qsizetype>(size, all.size() - body));
            return haveFormat ? std::optional<WavFile>(wav) : std::nullopt;
        }
        at = body + size + (size & 1);
    }
    return std::nullopt;
}

std::optional<WavFile> WavFile::join(const QStringList& files, QString* why)
{
    std::optional<WavFile> joined;
    for (const QString& file : files) {
        const std::optional<WavFile> wav = read(file);
        if (!wav || wav->formatTag != 1) {
            if (why) {
                *why = QStringLiteral("not a PCM WAV: ") + file;
            }
            return std::nullopt;
        }
        if (!joined) {
            joined = wav;
            continue;
        }
        if (!joined->sameFormat(*wav)) {
            if (why) {
                *why = QStringLiteral("format differs: ") + file;
            }
            return std::nullopt;
        }
        joined->samples += wav->samples;
    }
    return joined;
}

} // namespace hall
