// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticecommands.h"

#include "domain/notices.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hall {

namespace {

int save(const QString& path, const QList<Notice>& list, AdminIo& io)
{
    const QByteArray text =
        QJsonDocument(QJsonObject{{QStringLiteral("notices"), notices::toJson(list)}}).toJson();
    QStringList problems;
    if (!notices::parse(text, &problems)) {
        return io.refuse(QStringLiteral("公告未修改: ") + problems.join(QStringLiteral("; ")));
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) < 0 || !f.commit()) {
        return io.refuse(QStringLiteral("公告未修改: 无法写入 %1: %2").arg(path, f.errorString()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
    io.err << "公告已写入 " << path << "（" << list.size()
           << " 条）。请运行 systemctl reload hall-service，所有大厅屏随即显示。" << Qt::endl;
    return 0;
}

} // namespace

QString noticeUsage()
{
    return QStringLiteral(
        "  notices list          the lobby's public notices, numbered\n"
        "  notices set FILE      replace them with FILE's ({\"notices\": [...]}), checked first\n"
        "  notices add ZH [EN]   add a notice at the end\n"
        "  notices remove N      remove notice N (from `notices list`)\n");
}

int runNoticeCommand(const QStringList& args, const QString& noticesFile, AdminIo& io)
{
    if (noticesFile.isEmpty()) {
        io.err << "hall-admin: 服务未配置公告文件 (hall-service.json 中的 notices)，使用的是内置公告"
               << Qt::endl;
        return 1;
    }
    QStringList problems;
    const QString verb = args.value(0);
    if (verb == QLatin1String("set") && args.size() == 2) {
        auto next = notices::load(args[1], &problems);
        return next ? save(noticesFile, *next, io)
                    : io.refuse(QStringLiteral("公告未修改: ") + problems.join(QStringLiteral("; ")));
    }
    auto current = notices::load(noticesFile, &problems);
    if (!current) {
        return io.refuse(QStringLiteral("公告未修改: ") + problems.join(QStringLiteral("; ")));
    }
    if (verb == QLatin1String("list") && args.size() == 1) {
        for (qsizetype i = 0; i < current->size(); ++i) {
            io.out << (i + 1) << '\t' << current->at(i).zh << '\t' << current->at(i).en << '\n';
        }
        io.out << Qt::flush;
        return 0;
    }
    if (verb == QLatin1String("add") && (args.size() == 2 || args.size() == 3)) {
        current->append({args[1].simplified(), args.value(2).simplified()});
        return save(noticesFile, *current, io);
    }
    if (verb == QLatin1String("remove") && args.size() == 2) {
        bool ok = false;
        const int n = args[1].toInt(&ok);
        if (!ok || n < 1 || n > current->size()) {
            return io.misuse(QStringLiteral("没有第 %1 条公告").arg(args[1]), noticeUsage());
        }
        current->removeAt(n - 1);
        return save(noticesFile, *current, io);
    }
    return io.misuse(QStringLiteral("未知的 notices 命令"), noticeUsage());
}

} // namespace hall
