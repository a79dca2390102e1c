#include "ui/members/memberspage.h"

#include "core/common/money.h"
#include "core/csvio/exporter.h"
#include "core/storage/database.h"
#include "core/tiers/tierservice.h"
#include "ui/members/memberdialog.h"
#include "ui/members/memberlistmodel.h"
#include "ui/shell/session.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/workerthreads.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>


namespace ui::members {

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate().addMonths(-3), parent);
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

} // namespace

MembersPage::MembersPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MemberListModel(session.db.path(), session.actor, session.settings, this))
    , m_debounce(new QTimer(this))
    , m_search(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_standing(new QComboBox(this))
    , m_beforeOn(new QCheckBox(this))
    , m_before(dateEdit(this))
    , m_sinceOn(new QCheckBox(this))
    , m_since(dateEdit(this))
    , m_balanceOn(new QCheckBox(this))
    , m_balance(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_error(ui::errorLabel(this))
    , m_view(new QTableView(this))
{
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    m_standing->addItems({ QString(), QString(), QString() });
    m_balance->setObjectName(QStringLiteral("memberBalance"));
    m_balance->setEnabled(false);
    m_balance->setMaximumWidth(110);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_export->setObjectName(QStringLiteral("exportMembers"));
    // Exports are for managers and the owner (the core refuses a cashier).
    m_export->setVisible(m_session.actor.role() != core::auth::Role::Cashier);

    m_view->setObjectName(QStringLiteral("memberTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view then never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[MemberListModel::ColumnCount] = { 130, 100, 100, 90, 80, 100, 100, 100 };
    for (int c = 0; c < MemberListModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);

    buildTierBox();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_tier);
    searchRow->addWidget(m_standing);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_beforeOn);
    filterRow->addWidget(m_before);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_sinceOn);
    filterRow->addWidget(m_since);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_balanceOn);
    filterRow->addWidget(m_balance);
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);
    filterRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_openOnLoad = false;
        m_debounce->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_model->filter().search != m_search->text())
            refresh();
        m_openOnLoad = true;
        openSingleMatch();
    });
    connect(m_model, &MemberListModel::pageLoaded, this, &MembersPage::openSingleMatch);
    connect(m_debounce, &QTimer::timeout, this, &MembersPage::refresh);
    connect(m_tier, qOverload<int>(&QComboBox::activated), this, &MembersPage::refresh);
    connect(m_standing, qOverload<int>(&QComboBox::activated), this, &MembersPage::refresh);
    for (QCheckBox *box : { m_beforeOn, m_sinceOn, m_balanceOn }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_before->setEnabled(m_beforeOn->isChecked());
            m_since->setEnabled(m_sinceOn->isChecked());
            m_balance->setEnabled(m_balanceOn->isChecked());
            refresh();
        });
    }
    for (QDateEdit *edit : { m_before, m_since })
        connect(edit, &QDateEdit::dateChanged, this, &MembersPage::refresh);
    connect(m_balance, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_export, &QPushButton::clicked, this, &MembersPage::chooseExport);
    connect(m_model, &MemberListModel::countChanged, this, &MembersPage::showCount);
    connect(m_model, &MemberListModel::pageLoaded, this, &MembersPage::showCount);
    connect(m_model, &MemberListModel::failed, this, &MembersPage::showError);
    // Double-click or Enter (or a single click where the platform activates items so).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openMember(m_model->data(index, MemberListModel::IdRole).toLongLong());
    });

    retranslate();
    refresh();
}

MemberDialog *MembersPage::openMember(qint64 personId)
{
    auto *dialog = new MemberDialog(m_session, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The list shows names and codes: read the person's row again after a change.
    connect(dialog, &MemberDialog::saved, m_model, &MemberListModel::refreshPerson);
    dialog->open();
    return dialog;
}

void MembersPage::openSingleMatch()
{
    if (!m_openOnLoad || m_model->isLoading())
        return;
    m_openOnLoad = false;
    if (m_model->rowCount() == 1 && m_model->atEnd())
        openMember(m_model->rowAt(0).id);
}

void MembersPage::clearSearch()
{
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    m_openOnLoad = false;
}

void MembersPage::setScope(const QVector<qint64> &branchIds)
{
    m_branchIds = branchIds;
    refresh();
}

core::Result<qint64> MembersPage::exportCsv(const QString &path, bool excel)
{
    std::optional<core::Result<qint64>> outcome;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runOffUiThread([&, actor = m_session.actor, filter = filter()] {
        auto db = m_session.db.openAnother();
        if (!db) {
            outcome = db.error();
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome = core::Error(core::Error::Code::Io,
                tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        core::csvio::ExportOptions options;
        options.excel = excel;
        outcome = core::csvio::Exporter(**db).runMembers(actor, &file, filter, options);
        if (*outcome && !file.commit()) // an uncommitted QSaveFile leaves nothing behind
            outcome = core::Error(core::Error::Code::Io,
                tr("Could not write %1: %2").arg(path, file.errorString()));
    });
    QApplication::restoreOverrideCursor();
    return *outcome;
}

void MembersPage::chooseExport()
{
    const QString plain = tr("CSV files (*.csv)");
    const QString forExcel = tr("CSV files for Excel (*.csv)");
    QString chosen = plain;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the member list"),
        QStringLiteral("members.csv"), plain + QStringLiteral(";;") + forExcel, &chosen);
    if (path.isEmpty())
        return;
    auto written = exportCsv(path, chosen == forExcel);
    if (!written)
        QMessageBox::warning(this, tr("Export the member list"), written.error().message());
}

void MembersPage::buildTierBox()
{
    m_tier->addItem(QString(), qint64(0));
    auto tiers = core::tiers::TierService(m_session.db).list();
    if (!tiers)
        return showError(tiers.error().message());
    for (const auto &tier : *tiers)
        m_tier->addItem(tier.name, tier.id);
}

core::people::MemberFilter MembersPage::filter() const
{
    core::people::MemberFilter f;
    f.search = m_search->text();
    f.branchIds = m_branchIds;
    f.tierId = m_tier->currentData().toLongLong();
    f.standing = core::people::MemberFilter::Standing(qMax(0, m_standing->currentIndex()));
    const QTimeZone zone = m_session.settings.timeZone();
    if (m_beforeOn->isChecked())
        f.lastVisitBefore = QDateTime(m_before->date(), QTime(0, 0), zone).toSecsSinceEpoch();
    if (m_sinceOn->isChecked())
        f.lastVisitSince = QDateTime(m_since->date(), QTime(0, 0), zone).toSecsSinceEpoch();
    if (m_balanceOn->isChecked()) {
        auto amount = core::money::parse(m_balance->text(), m_session.settings.decimals(),
                                         tr("balance"));
        if (amount && *amount >= 0)
            f.balanceAbove = *amount;
    }
    return f;
}

void MembersPage::refresh()
{
    m_debounce->stop();
    m_error->hide();
    if (m_balanceOn->isChecked() && !m_balance->text().trimmed().isEmpty()) {
        auto amount = core::money::parse(m_balance->text(), m_session.settings.decimals(),
                                         tr("balance"));
        if (!amount)
            showError(amount.error().message());
        else if (*amount < 0)
            showError(tr("The balance to list members above may not be negative."));
    }
    m_model->setFilter(filter());
    showCount();
}

void MembersPage::showCount()
{
    const int shown = m_model->rowCount();
    if (!m_model->hasCount()) {
        m_count->setText(m_model->isLoading() && shown == 0 ? tr("Searching…")
                                                            : tr("People: %L1 shown, counting…").arg(shown));
        return;
    }
    const auto &count = m_model->count();
    m_count->setText(count.exact ? tr("People: %L1").arg(count.value)
                                 : tr("People: more than %L1").arg(count.value));
}

void MembersPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void MembersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by phone, last four digits, name or member code"));
    m_tier->setItemText(0, tr("Any tier"));
    m_standing->setItemText(0, tr("Members and guests"));
    m_standing->setItemText(1, tr("Members"));
    m_standing->setItemText(2, tr("Guests"));
    m_beforeOn->setText(tr("Last visit before"));
    m_sinceOn->setText(tr("Last visit since"));
    m_balanceOn->setText(tr("Balance above"));
    m_balance->setPlaceholderText(tr("amount"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("The people listed, with this search and these filters"));
    showCount();
}

} // namespace ui::members
