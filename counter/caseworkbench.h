// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseoffers.h"
#include "deskactions.h"
#include "rowmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace hall {

class CounterController;

/// The counter's "办件" page: find a case (by number or ID number), accept a new application, and
/// act on the selected case — pass its current step, return it for documents, note that they
/// arrived, refuse with a reason, record a withdrawal, add a note. Every rule (order of steps,
/// notices, permissions) is the service's; refusals come back in words through `actions`.
class CaseWorkbench : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("countercontroller.h")
    Q_PROPERTY(hall::CounterController* controller READ controller WRITE setController NOTIFY
                   controllerChanged FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    Q_PROPERTY(QVariantList types READ types NOTIFY typesChanged FINAL)
    Q_PROPERTY(QVariantList permittedTypes READ permittedTypes NOTIFY typesChanged FINAL)
    Q_PROPERTY(QVariantList offices READ offices NOTIFY typesChanged FINAL)
    /// The cases found (casewords::foundRows).
    Q_PROPERTY(hall::RowModel* found READ foundRows CONSTANT FINAL)
    /// The selected case in words (casewords): the page binds to these, never to the case view.
    Q_PROPERTY(QString selectedNumber READ selectedNumber NOTIFY selectedChanged FINAL)
    Q_PROPERTY(QString title READ title NOTIFY selectedChanged FINAL)
    Q_PROPERTY(QString stateLine READ stateLine NOTIFY selectedChanged FINAL)
    Q_PROPERTY(bool overdue READ overdue NOTIFY selectedChanged FINAL)
    Q_PROPERTY(QString objectionText READ objectionText NOTIFY selectedChanged FINAL)
    Q_PROPERTY(hall::RowModel* steps READ steps CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* history READ history CONSTANT FINAL)
    /// The buttons that apply to the selected case.
    Q_PROPERTY(hall::CaseOffers* offers READ offers CONSTANT FINAL)
    Q_PROPERTY(QString message READ message NOTIFY selectedChanged FINAL)

public:
    explicit CaseWorkbench(QObject* parent = nullptr);

    CounterController* controller() const { return m_controller; }
    void setController(CounterController* controller);
    DeskActions* actions() { return &m_actions; }
    QVariantList types() const { return m_types; }
    /// The types this account may accept (the pick list of 受理).
    QVariantList permittedTypes() const;
    QVariantList offices() const { return m_offices; }
    QVariantList found() const { return m_found; }
    RowModel* foundRows() { return &m_foundRows; }
    /// The service's view of the selected case (empty when none).
    QVariantMap selected() const { return m_selected; }
    QString selectedNumber() const { return m_selected.value(QStringLiteral("number")).toString(); }
    QString title() const;
    QString stateLine() const;
    bool overdue() const { return m_selected.value(QStringLiteral("overdue")).toBool(); }
    QString objectionText() const;
    RowModel* steps() { return &m_steps; }
    RowModel* history() { return &m_history; }
    CaseOffers* offers() { return &m_offers; }
    QString message() const { return m_message; }

    /// The workflows and offices, and which types this account may handle.
    Q_INVOKABLE void loadTypes();
    /// A case number (digits, up to 20) or an 18-character ID number.
    Q_INVOKABLE bool find(const QString& text);
    Q_INVOKABLE void select(int row);
    Q_INVOKABLE bool accept(const QString& type, const QString& office, const QString& name,
                            const QString& idNumber, const QString& phone, int householdSize,
                            const QString& note);
    /// Passes the current step; a joint step (共同入户调查) names the second staff member, whose account
    /// the service checks; an approval with named decisions (年审: 新增/调整/停保) names one; a 签名发放
    /// step says that the recipient signed.
    Q_INVOKABLE bool advance(const QString& note, const QString& secondStaff = QString(),
                             const QString& outcome = QString(), bool recipientSigned = false);
    /// An objection received during the current notice (公示): the case stops until resolved.
    Q_INVOKABLE bool recordObjection(const QString& note);
    /// Upheld (back to the configured step, or refused) or dismissed (the case continues).
    Q_INVOKABLE bool resolveObjection(bool upheld, const QString& note);
    Q_INVOKABLE bool returnForDocuments(const QString& missing);
    Q_INVOKABLE bool documentsReceived(const QString& note);
    Q_INVOKABLE bool refuse(const QString& reason);
    Q_INVOKABLE bool withdraw(const QString& note);
    Q_INVOKABLE bool addNote(const QString& note);

signals:
    void controllerChanged();
    void typesChanged();
    void foundChanged();
    void selectedChanged();

private:
    bool act(const QString& action, const QString& op, QJsonObject args, const QString& done);
    void show(const QJsonObject& caseView, const QString& message);
    void setFound(QVariantList found);
    void setSelected(QVariantMap caseView);

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    QVariantList m_types;
    QVariantList m_offices;
    QVariantList m_found;
    QVariantMap m_selected;
    RowModel m_foundRows;
    RowModel m_steps;
    RowModel m_history;
    CaseOffers m_offers;
    QString m_message;
};

} // namespace hall
