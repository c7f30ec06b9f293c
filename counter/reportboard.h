// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"
#include "deskactions.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace hall {

/// The manager's view (报表): a period and a grouping chosen by the supervisor, the report the
/// service computes for them (report.queue), and what the page draws from it — summary figures,
/// the daily volume, waits by hour of day, the groups' counts and service times, the ratings — and
/// the table under the charts, whose columns are the export's (reports::reportColumns). Exports to
/// CSV or XLSX exactly what is shown. Offered to supervisors only (admin devices and staff accounts
/// with every window); the service refuses everyone else anyway.
class ReportBoard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hall::CounterController* controller READ controller WRITE setController NOTIFY
                   controllerChanged FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    /// Whether this session may read reports: the tab shows only then.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged FINAL)
    /// "day", "week", "month" around `date`, or "custom" from `from` to `to` (ISO dates).
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY queryChanged FINAL)
    Q_PROPERTY(QString date READ date NOTIFY queryChanged FINAL)
    Q_PROPERTY(QString from READ from NOTIFY reportChanged FINAL)
    Q_PROPERTY(QString to READ to NOTIFY reportChanged FINAL)
    /// day, weekday, service, counter, staff, hour, priority, channel.
    Q_PROPERTY(QString grouping READ grouping WRITE setGrouping NOTIFY queryChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    /// Qt Charts draws only under a QApplication (hall-counter has one); elsewhere the page shows the
    /// table alone rather than crash.
    Q_PROPERTY(bool chartsAvailable READ chartsAvailable CONSTANT FINAL)
    Q_PROPERTY(bool loaded READ loaded NOTIFY reportChanged FINAL)
    /// Summary figures: issued, served, setAside, noShow, meanWait, medianWait, p90Wait (minutes),
    /// withinTarget (%), target (minutes), satisfaction (%), rated, utilisation (%), workingDays, openDays.
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY reportChanged FINAL)
    /// Every day of the period: {label, issued, served, working, today}.
    Q_PROPERTY(QVariantList days READ days NOTIFY reportChanged FINAL)
    /// Waits by the hour they began: {label, meanWait, p90Wait} in minutes.
    Q_PROPERTY(QVariantList hours READ hours NOTIFY reportChanged FINAL)
    /// The groups: {label, served, meanService (minutes), meanWait (minutes)}.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY reportChanged FINAL)
    /// Satisfied, basic, unsatisfied.
    Q_PROPERTY(QVariantList ratings READ ratings NOTIFY reportChanged FINAL)
    Q_PROPERTY(QStringList headings READ headings NOTIFY reportChanged FINAL)
    /// The table: one list of cell texts per group, the total last.
    Q_PROPERTY(QVariantList table READ table NOTIFY reportChanged FINAL)
    /// What the page's table draws: the headings, then `table`.
    Q_PROPERTY(QVariantList tableRows READ tableRows NOTIFY reportChanged FINAL)
    /// Where exports are written (default: the user's documents folder).
    Q_PROPERTY(QString exportDir READ exportDir WRITE setExportDir NOTIFY exportChanged FINAL)
    /// The file the last export wrote, "" before any.
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY exportChanged FINAL)

public:
    explicit ReportBoard(QObject* parent = nullptr);

    CounterController* controller() const { return m_controller; }
    void setController(CounterController* controller);
    DeskActions* actions() { return &m_actions; }
    bool available() const;

    QString period() const { return m_period; }
    void setPeriod(const QString& period);
    QString date() const { return m_date.toString(Qt::ISODate); }
    QString from() const;
    QString to() const;
    QString grouping() const { return m_grouping; }
    void setGrouping(const QString& grouping);
    /// A custom period (both ends ISO dates, included); the report is fetched again.
    Q_INVOKABLE void setRange(const QString& from, const QString& to);
    /// Moves `date` by one period (−1 back, +1 forward) and fetches again.
    Q_INVOKABLE void step(int direction);
    /// Asks the service again for the chosen period and grouping.
    Q_INVOKABLE void refresh();
    /// Writes the report shown to `exportDir` as "csv" or "xlsx"; false (and the error line says why)
    /// when there is nothing to export or the file cannot be written.
    Q_INVOKABLE bool exportReport(const QString& format);

    bool busy() const { return m_pending > 0; }
    static bool chartsAvailable();
    bool loaded() const { return !m_report.isEmpty(); }
    QVariantMap summary() const;
    QVariantList days() const;
    QVariantList hours() const;
    QVariantList groups() const;
    QVariantList ratings() const;
    QStringList headings() const;
    QVariantList table() const;
    QVariantList tableRows() const;
    QString exportDir() const { return m_exportDir; }
    void setExportDir(const QString& dir);
    QString lastExport() const { return m_lastExport; }
    /// The report as the service sent it (tests compare it with the export).
    QJsonObject report() const { return m_report; }

signals:
    void controllerChanged();
    void availableChanged();
    void queryChanged();
    void busyChanged();
    void reportChanged();
    void exportChanged();

private:
    /// The hall's day (the period's default) and whether this session may read reports.
    void adoptOverview();
    QJsonObject query() const;
    void ask(const QString& by, QJsonObject* into);

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    QString m_period = QStringLiteral("month");
    QDate m_date;
    QDate m_from;
    QDate m_to;
    QString m_grouping = QStringLiteral("counter");
    int m_pending = 0;
    int m_generation = 0; ///< replies to an older question are dropped
    QJsonObject m_report; ///< by the chosen grouping
    QJsonObject m_byHour; ///< the same period by hour, for the waits chart
    QString m_exportDir;
    QString m_lastExport;
};

} // namespace hall
