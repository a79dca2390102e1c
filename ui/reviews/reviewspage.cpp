#include "ui/reviews/reviewspage.h"

#include "core/branches/branchservice.h"
#include "core/reviews/reviewservice.h"
#include "ui/members/reviewtablemodel.h"
#include "ui/reviews/reviewdialog.h"
#include "ui/shell/chainformat.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::reviews {

using members::ReviewTableModel;

namespace {
constexpr int AnyRating = 0;
}

ReviewsPage::ReviewsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_rating(new QComboBox(this))
    , m_record(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_model(new ReviewTableModel(ChainFormat(session.settings), this))
    , m_view(ui::sortedTableView(m_model, ReviewTableModel::RawRole, this, ReviewTableModel::When))
    , m_proxy(qobject_cast<QSortFilterProxyModel *>(m_view->model()))
    , m_detail(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
{
    m_rating->setObjectName(QStringLiteral("ratingFilter"));
    m_rating->addItem(QString(), AnyRating);
    for (int stars = 5; stars >= 1; --stars)
        m_rating->addItem(QString(stars, QChar(0x2605)), stars);
    m_record->setObjectName(QStringLiteral("recordReview"));
    m_view->setObjectName(QStringLiteral("reviews"));
    m_view->sortByColumn(ReviewTableModel::When, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int c : { ReviewTableModel::When, ReviewTableModel::Branch, ReviewTableModel::Receipt,
                   ReviewTableModel::Rating })
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : { ReviewTableModel::Text, ReviewTableModel::Reply })
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reply->setObjectName(QStringLiteral("reply"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(90);
    m_send->setObjectName(QStringLiteral("sendReply"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rating);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_record);
    auto *detailBox = new QWidget(this);
    auto *detail = new QVBoxLayout(detailBox);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_detail);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send, 0, Qt::AlignTop);
    detail->addLayout(replyRow);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_rating, qOverload<int>(&QComboBox::activated), this, &ReviewsPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewsPage::showSelected);
    connect(m_send, &QPushButton::clicked, this, &ReviewsPage::sendReply);
    connect(m_record, &QPushButton::clicked, this, &ReviewsPage::recordReview);
    connect(m_reply, &QPlainTextEdit::textChanged, this, &ReviewsPage::showSelected);

    loadBranches();
    retranslate();
    reload();
}

void ReviewsPage::loadBranches()
{
    auto branches = core::branches::BranchService(m_session.db).list(m_session.actor);
    if (!branches) {
        ui::showError(m_error, branches.error().message());
        return;
    }
    m_branches = *branches;
    QHash<qint64, QString> codes;
    for (const auto &b : m_branches)
        codes.insert(b.id, b.code);
    ChainFormat format(m_session.settings);
    format.setBranchCodes(codes);
    m_model->setFormat(format);
}

void ReviewsPage::reload()
{
    core::reviews::ReviewFilter filter;
    filter.branchIds = m_scope;
    const int stars = m_rating->currentData().toInt();
    if (stars != AnyRating)
        filter.minRating = filter.maxRating = stars;
    auto reviews = core::reviews::ReviewService(m_session.db).list(m_session.actor, filter);
    if (!reviews) {
        ui::showError(m_error, reviews.error().message());
        return;
    }
    m_error->hide();
    m_model->setRecords(*reviews);
    m_count->setText(tr("%n review(s)", nullptr, int(reviews->size())));
    showSelected();
}

void ReviewsPage::setScope(const QVector<qint64> &branchIds)
{
    m_scope = branchIds;
    reload();
}

void ReviewsPage::selectRow(int row)
{
    m_view->selectRow(row);
}

qint64 ReviewsPage::selectedReview() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const int source = m_proxy->mapToSource(rows.first()).row();
    return m_model->records().value(source).id;
}

void ReviewsPage::showSelected()
{
    const qint64 id = selectedReview();
    const core::reviews::Review *review = nullptr;
    for (const auto &r : m_model->records())
        if (r.id == id)
            review = &r;
    const bool mayReply = review && m_session.actor.role() != core::auth::Role::Cashier
        && m_session.actor.canAccessBranch(review->branchId);
    m_reply->setEnabled(mayReply);
    m_send->setEnabled(mayReply && !m_reply->toPlainText().trimmed().isEmpty());
    if (!review) {
        m_detail->setText(tr("Select a review to read it and reply."));
        return;
    }
    const ChainFormat format(m_session.settings);
    QString branch;
    for (const auto &b : m_branches)
        if (b.id == review->branchId)
            branch = ui::branchLabel(b);
    QString text = tr("%1 at %2, bill %3, %4:")
                       .arg(QString(review->rating, QChar(0x2605)), branch, review->receiptNo,
                            format.dateTime(review->createdAt));
    text += QLatin1Char('\n') + (review->text.isEmpty() ? tr("(no text)") : review->text);
    if (review->hasReply())
        text += QLatin1Char('\n')
            + tr("Replied %1: %2").arg(format.dateTime(review->repliedAt), review->reply);
    m_detail->setText(text);
}

void ReviewsPage::sendReply()
{
    const qint64 id = selectedReview();
    if (id == 0)
        return;
    auto review = core::reviews::ReviewService(m_session.db)
                      .reply(m_session.actor, id, m_reply->toPlainText().trimmed());
    if (!review) {
        ui::showError(m_error, review.error().message());
        return;
    }
    m_reply->clear();
    reload();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        if (m_model->records().value(source).id == id)
            m_view->selectRow(r);
    }
    emit reviewsChanged();
}

void ReviewsPage::recordReview()
{
    ReviewDialog dialog(m_session, m_branches, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit reviewsChanged();
}

void ReviewsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ReviewsPage::retranslate()
{
    m_rating->setItemText(0, tr("Any rating"));
    m_record->setText(tr("Record a review…"));
    m_send->setText(tr("Reply"));
    m_reply->setPlaceholderText(tr("The branch's reply, shown with the review"));
}

} // namespace ui::reviews
