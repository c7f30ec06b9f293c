// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace hall {

/// What the counter's 办件 page offers for the selected case, from the service's case view
/// (case.get, case.find): which buttons apply, decided here from the case's status and its current
/// step rather than in QML. The service still decides whether an action is allowed; this only
/// keeps a button from offering what the case's state rules out. Owned by CaseWorkbench.
class CaseOffers : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CaseWorkbench")
    /// A case is selected.
    Q_PROPERTY(bool hasCase READ hasCase NOTIFY changed FINAL)
    /// Open or returned for documents: it can still be refused or withdrawn.
    Q_PROPERTY(bool open READ open NOTIFY changed FINAL)
    /// Open and not waiting for documents: its step can be passed or the case returned.
    Q_PROPERTY(bool inProgress READ inProgress NOTIFY changed FINAL)
    /// The current step is 共同入户调查: a second staff member signs.
    Q_PROPERTY(bool jointStep READ jointStep NOTIFY changed FINAL)
    /// The current step is a notice (公示): an objection can be recorded.
    Q_PROPERTY(bool noticeStep READ noticeStep NOTIFY changed FINAL)
    /// The current step is 签名发放: the recipient signs.
    Q_PROPERTY(bool receiptStep READ receiptStep NOTIFY changed FINAL)
    /// An objection waits to be resolved.
    Q_PROPERTY(bool objected READ objected NOTIFY changed FINAL)
    /// Returned for documents: they can be recorded as received.
    Q_PROPERTY(bool documents READ documents NOTIFY changed FINAL)
    /// The named decisions of the current approval step (低保年审: 新增 / 调整 / 停保), one button
    /// each; empty for a plain 通过. Keys: outcome (the id the service takes), name.
    Q_PROPERTY(hall::RowModel* outcomes READ outcomes CONSTANT FINAL)

public:
    explicit CaseOffers(QObject* parent = nullptr);

    /// Recomputes everything from `caseView` (empty: no case selected).
    void update(const QVariantMap& caseView);

    bool hasCase() const { return m_hasCase; }
    bool open() const { return m_open; }
    bool inProgress() const { return m_inProgress; }
    bool jointStep() const { return m_jointStep; }
    bool noticeStep() const { return m_noticeStep; }
    bool receiptStep() const { return m_receiptStep; }
    bool objected() const { return m_objected; }
    bool documents() const { return m_documents; }
    RowModel* outcomes() { return &m_outcomes; }

signals:
    void changed();

private:
    bool m_hasCase = false;
    bool m_open = false;
    bool m_inProgress = false;
    bool m_jointStep = false;
    bool m_noticeStep = false;
    bool m_receiptStep = false;
    bool m_objected = false;
    bool m_documents = false;
    RowModel m_outcomes;
};

} // namespace hall
