// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hall {

/// Just enough of RIFF/WAVE for voice clips: read PCM clips, measure them, and join clips of one
/// format into a single stream (so an announcement is one playback, without gaps between words).
struct WavFile
{
    int formatTag = 0; ///< 1 = PCM
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    QByteArray samples;

    int durationMs() const;
    bool sameFormat(const WavFile& o) const
    {
        return formatTag == o.formatTag && channels == o.channels && sampleRate == o.sampleRate &&
               bitsPerSample == o.bitsPerSample;
    }
    QByteArray toBytes() const;

    static std::optional<WavFile> read(const QString& file);
    /// One PCM WAV of all `files` in order; nullopt (reason in `why`) if one is not PCM WAV or
    /// the formats differ, e.g. a recorded pack mixing sample rates or using .ogg.
    static std::optional<WavFile> join(const QStringList& files, QString* why = nullptr);
};

} // namespace hall
