#pragma once

#include <QString>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QWidget;

namespace core::branches {
struct Branch;
}

namespace ui {

// Small pieces every form shares, so dialogs and pages look and behave alike.

// A red, word-wrapped label for the core's refusals; hidden until showError().
QLabel *errorLabel(QWidget *parent);
// Shows `message` in `label` and puts the focus on the child of `form` named `field` (the
// core's Error::field(), which forms use as their fields' object names), if there is one.
void showError(
    QLabel *label, const QString &message, QWidget *form = nullptr, const QString &field = {});
QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text = {});
// Every time zone id Qt knows, in order.
QComboBox *timeZoneCombo(QWidget *parent, const char *name);

// A read-only table over `model` through a sorting proxy (the view's model) that sorts on
// `sortRole`, sorted by `sortColumn`; whole rows selected, alternating colours, no row numbers.
QTableView *sortedTableView(QAbstractItemModel *model, int sortRole, QWidget *parent,
                            int sortColumn = 0);

// Sets `label` in bold, as a section's heading on a page.
void makeHeading(QLabel *label);

// A read-only QTableWidget for short lists a page fills itself: whole rows, one at a time, no
// row numbers, the last column stretched.
QTableWidget *plainTable(QWidget *parent, const char *name, int columns);

// "B01 · name", as branch menus and lists show a branch.
QString branchLabel(const core::branches::Branch &branch);

} // namespace ui
