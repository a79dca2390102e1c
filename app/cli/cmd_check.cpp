#include "app/cli/command.h"
namespace cli {
int runCheck(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
