#include "app/cli/command.h"
namespace cli {
int runExport(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
