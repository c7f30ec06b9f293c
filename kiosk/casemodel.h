// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlEngine>

namespace hall {

/// The resident's cases as the service sent them (CaseView, docs/protocol.md), in words for the
/// screen: type, office, status, what to do next, expected completion, refusal reason, payments, and
/// the timeline of every step with its date. Names and IDs arrive masked and stay so.
class CaseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CaseLookupFlow")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        TypeNameRole,
        OfficeNameRole,
        StatusRole, ///< open, returned, completed, refused, withdrawn
        StatusTextRole,
        NextTextRole,
        ExpectedTextRole,
        RefusalReasonRole,
        PaymentsTextRole,
        ApplicantRole, ///< "张* 110***********1234"
        StepsRole,     ///< [{name, state (done/current/pending/notReached), date}]
        CurrentStepRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setCases(const QJsonArray& cases);
    void clear() { setCases({}); }
    /// Shown in English (the service sends both names of everything).
    void setEnglish(bool english);
    QJsonObject caseAt(int row) const { return m_cases.at(row).toObject(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// "12月1日" or "1 Dec" (empty for an empty or invalid date).
    QString dateText(const QString& isoDate) const;

signals:
    void countChanged();

private:
    QString text(const QJsonObject& o, const char* base) const;
    QString statusText(const QJsonObject& c) const;
    QVariantList steps(const QJsonObject& c) const;

    QJsonArray m_cases;
    bool m_english = false;
};

} // namespace hall
