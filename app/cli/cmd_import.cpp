#include "app/cli/command.h"
namespace cli {
int runImport(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
