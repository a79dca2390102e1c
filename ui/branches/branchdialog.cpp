#include "ui/branches/branchdialog.h"

#include "core/branches/branchservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace ui::branches {

namespace {

QString coordinate(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

} // namespace

BranchDialog::BranchDialog(Session &session, core::branches::Branch branch, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_branch(std::move(branch))
    , m_code(lineEdit(this, "code", m_branch.code))
    , m_name(lineEdit(this, "name", m_branch.name))
    , m_city(lineEdit(this, "city", m_branch.city))
    , m_address(lineEdit(this, "address", m_branch.address))
    , m_phone(lineEdit(this, "phone", m_branch.phone))
    , m_latitude(lineEdit(this, "latitude", coordinate(m_branch.latitude)))
    , m_longitude(lineEdit(this, "longitude", coordinate(m_branch.longitude)))
    , m_timezone(timeZoneCombo(this, "timezone"))
    , m_error(ui::errorLabel(this))
{
    setWindowTitle(m_branch.id ? tr("Edit branch %1").arg(m_branch.code) : tr("Add a branch"));
    // Empty means the chain's time zone, which follows the chain if that changes.
    m_timezone->insertItem(0, tr("The chain's (%1)").arg(m_session.settings.timezone), QString());
    m_timezone->setCurrentIndex(std::max(0, m_timezone->findData(m_branch.timezone)));
    m_latitude->setPlaceholderText(tr("-90 to 90, empty if unknown"));
    m_longitude->setPlaceholderText(tr("-180 to 180, empty if unknown"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BranchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BranchDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Latitude:"), m_latitude);
    form->addRow(tr("Longitude:"), m_longitude);
    form->addRow(tr("Time zone:"), m_timezone);
    form->addRow(m_error);
    form->addRow(buttons);
    resize(480, sizeHint().height());
}

std::optional<core::branches::Branch> BranchDialog::fromFields()
{
    core::branches::Branch b = m_branch;
    b.code = m_code->text().trimmed();
    b.name = m_name->text().trimmed();
    b.city = m_city->text().trimmed();
    b.address = m_address->text().trimmed();
    b.phone = m_phone->text().trimmed();
    b.timezone = m_timezone->currentData().toString();
    for (auto [edit, value, label] : { std::tuple(m_latitude, &b.latitude, tr("Latitude")),
             std::tuple(m_longitude, &b.longitude, tr("Longitude")) }) {
        const QString text = edit->text().trimmed();
        *value = std::nullopt;
        if (text.isEmpty())
            continue;
        bool ok = false;
        double parsed = QLocale().toDouble(text, &ok);
        if (!ok) // a pasted "31.23" in a locale with a decimal comma
            parsed = QLocale::c().toDouble(text, &ok);
        if (!ok) {
            showError(m_error, tr("%1 \"%2\" is not a number.").arg(label, text), this,
                edit->objectName());
            return std::nullopt;
        }
        *value = parsed;
    }
    return b;
}

void BranchDialog::accept()
{
    auto b = fromFields();
    if (!b)
        return;
    core::branches::BranchService service(m_session.db);
    core::Status saved;
    if (b->id == 0) {
        auto created = service.create(m_session.actor, *b);
        if (created)
            b = *created;
        else
            saved = created.error();
    } else {
        saved = service.update(m_session.actor, *b);
    }
    if (!saved) {
        showError(m_error, saved.error().message(), this, saved.error().field());
        return;
    }
    m_branch = *b;
    QDialog::accept();
}

} // namespace ui::branches
