// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantMap>

namespace hall {

/// What the counter's 办件 page offers for the selected case, from the service's case view
/// (case.get, case.find): which buttons apply, decided here from the case's status and its current
/// step rather than in QML. The service still decides whether an action is allowed; this only
/// keeps a button from offering what the case's state rules out. Keys (all bool unless said):
/// `hasCase`; `open` (open or returned for documents); `inProgress` (open and not waiting for
/// documents: its step can be passed or the case returned); `jointStep` (共同入户调查: a second staff member
/// signs); `noticeStep` (公示: an objection can be recorded); `receiptStep` (签名发放: the recipient
/// signs); `outcomes` (list: the named decisions of an approval step, each id and nameZh);
/// `objected` (an objection waits to be resolved); `documents` (returned: the documents can be
/// recorded as received).
QVariantMap caseOffers(const QVariantMap& caseView);

} // namespace hall
