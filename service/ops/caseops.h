// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcontext.h"

namespace hall {

// Case tracking: docs/protocol.md, "Cases". Kiosks look up; staff act with per-type permission.
void opCaseTypes(OpContext ctx);
void opCaseLookup(OpContext ctx);
void opCaseFind(OpContext ctx);
void opCaseAccept(OpContext ctx);
void opCaseAdvance(OpContext ctx);
void opCaseReturn(OpContext ctx);
void opCaseDocumentsReceived(OpContext ctx);
void opCaseRefuse(OpContext ctx);
void opCaseWithdraw(OpContext ctx);
void opCaseNote(OpContext ctx);
// 公示 objections (异议): recorded during a notice, stop the case until resolved.
void opCaseObjection(OpContext ctx);
void opCaseResolveObjection(OpContext ctx);
void opCaseImport(OpContext ctx);

} // namespace hall
