#include "ui/reviews/reviewdialog.h"

#include "core/branches/branch.h"
#include "core/reviews/reviewservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui::reviews {

ReviewDialog::ReviewDialog(Session &session, const QVector<core::branches::Branch> &branches,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_branch(new QComboBox(this))
    , m_receipt(ui::lineEdit(this, "receipt"))
    , m_phone(ui::lineEdit(this, "phone"))
    , m_rating(new QSpinBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(ui::errorLabel(this))
{
    setWindowTitle(tr("Record a review"));
    m_branch->setObjectName(QStringLiteral("branch"));
    for (const auto &b : branches)
        m_branch->addItem(ui::branchLabel(b), b.id);
    m_rating->setObjectName(QStringLiteral("rating"));
    m_rating->setRange(1, 5);
    m_rating->setValue(5);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Branch"), m_branch);
    form->addRow(tr("Receipt number"), m_receipt);
    form->addRow(tr("Guest's phone"), m_phone);
    form->addRow(tr("Rating (1–5)"), m_rating);
    form->addRow(tr("Review"), m_text);
    auto *note = new QLabel(tr("Only the person of that bill may review it, once, within the "
                               "chain's review days."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReviewDialog::save()
{
    core::reviews::ReviewRequest request;
    request.branchId = m_branch->currentData().toLongLong();
    request.receiptNo = m_receipt->text().trimmed();
    request.phone = m_phone->text().trimmed();
    request.rating = m_rating->value();
    request.text = m_text->toPlainText().trimmed();
    if (request.receiptNo.isEmpty()) {
        ui::showError(m_error, tr("Enter the bill's receipt number."), this,
                      QStringLiteral("receipt"));
        return;
    }
    if (request.phone.isEmpty()) {
        ui::showError(m_error, tr("Enter the guest's phone."), this, QStringLiteral("phone"));
        return;
    }
    auto review = core::reviews::ReviewService(m_session.db).add(m_session.actor, request);
    if (!review) {
        ui::showError(m_error, review.error().message(), this, review.error().field());
        return;
    }
    m_reviewId = review->id;
    accept();
}

} // namespace ui::reviews
