#include "opcatalogue.h"

namespace hall::protocol {

std::optional<OpKind> opKind(QStringView op)
{
    for (const OpInfo& info : kOps) {
        if (op == info.name) {
            return info.kind;
        }
    }
    return std::nullopt;
}

} // namespace hall::protocol
