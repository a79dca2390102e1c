#include "core/common/error.h"

#include <utility>

namespace core {

Error::Error(Code code, QString message, QString field)
    : m_code(code)
    , m_message(std::move(message))
    , m_field(std::move(field))
{
}

QString Error::codeName() const
{
    switch (m_code) {
    case Code::InvalidInput: return QStringLiteral("invalid_input");
    case Code::NotFound: return QStringLiteral("not_found");
    case Code::PermissionDenied: return QStringLiteral("permission_denied");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Storage: return QStringLiteral("storage");
    case Code::NotChainCard: return QStringLiteral("not_chaincard");
    case Code::TooNew: return QStringLiteral("too_new");
    case Code::Locked: return QStringLiteral("locked");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Io: return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace core
