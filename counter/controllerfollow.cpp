// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllerfollow.h"

#include "countercontroller.h"
#include "deskactions.h"

namespace hall {

bool followController(QObject* tab, QPointer<CounterController>& current, CounterController* next,
                      DeskActions& actions, const std::function<void()>& onClient)
{
    if (current == next) {
        return false;
    }
    if (current) {
        current->disconnect(tab);
    }
    current = next;
    if (!current) {
        return true;
    }
    const auto follow = [controller = current.data(), &actions, onClient] {
        actions.setClient(controller->client());
        if (onClient) {
            onClient();
        }
    };
    QObject::connect(current, &CounterController::clientChanged, tab, follow);
    follow();
    return true;
}

} // namespace hall
