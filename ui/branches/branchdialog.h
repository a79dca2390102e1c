#pragma once

#include "core/branches/branch.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ui {
struct Session;
}

namespace ui::branches {

// Adds a branch (id 0) or edits one: every field of core::branches::Branch. OK saves through
// BranchService; a refusal is shown in the dialog, which stays open with nothing written.
class BranchDialog final : public QDialog
{
    Q_OBJECT
public:
    BranchDialog(Session &session, core::branches::Branch branch, QWidget *parent = nullptr);

    // The branch as saved (valid once the dialog is accepted).
    const core::branches::Branch &branch() const { return m_branch; }
    void accept() override;

private:
    std::optional<core::branches::Branch> fromFields();

    Session &m_session;
    core::branches::Branch m_branch;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_city;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QComboBox *m_timezone;
    QLabel *m_error;
};

} // namespace ui::branches
