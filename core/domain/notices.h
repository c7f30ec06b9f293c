// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hall {

/// One public notice (政务公开) of the lobby's scrolling band, in Chinese and, if given, English.
struct Notice
{
    QString zh;
    QString en;
    bool operator==(const Notice&) const = default;
};

/// The hall's public notices: office hours, enquiry and booking phone numbers, fees, service
/// commitments. The service holds them (from `notices.json`, reloadable) and every display shows
/// what the service sends. The file:
///
///     {"notices": [{"zh": "婚姻登记免费", "en": "Marriage registration is free"}, "只有中文的公告"]}
namespace notices {

constexpr int kMaxNotices = 50;
constexpr int kMaxLength = 300;

/// Parses the file's text; nullopt with every problem (by JSON path, zh_CN) in `problems`.
std::optional<QList<Notice>> parse(const QByteArray& json, QStringList* problems);
/// Reads a file (`:/hall/default-notices.json` when `path` is empty).
std::optional<QList<Notice>> load(const QString& path, QStringList* problems);
QList<Notice> defaults();

/// `[{"zh", "en"}]`, as the snapshot and the `notices.changed` event carry them.
QJsonArray toJson(const QList<Notice>& list);
QList<Notice> fromJson(const QJsonArray& array);

} // namespace notices

} // namespace hall
