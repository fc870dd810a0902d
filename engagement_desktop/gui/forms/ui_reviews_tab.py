# Generated from forms/reviews_tab.ui (sha256 7aec837cdefe73ad58f250b8bdc1bf517d69811e98cec92fd4fb779b804bff2a) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviews_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ReviewsTab(object):
    def setupUi(self, ReviewsTab):
        if not ReviewsTab.objectName():
            ReviewsTab.setObjectName(u"ReviewsTab")
        ReviewsTab.resize(1000, 600)
        self.tabLayout = QVBoxLayout(ReviewsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ReviewsTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.editButton = QPushButton(ReviewsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.teamButton = QPushButton(ReviewsTab)
        self.teamButton.setObjectName(u"teamButton")

        self.buttonRow.addWidget(self.teamButton)

        self.evidenceButton = QPushButton(ReviewsTab)
        self.evidenceButton.setObjectName(u"evidenceButton")

        self.buttonRow.addWidget(self.evidenceButton)

        self.recommendButton = QPushButton(ReviewsTab)
        self.recommendButton.setObjectName(u"recommendButton")

        self.buttonRow.addWidget(self.recommendButton)

        self.respondButton = QPushButton(ReviewsTab)
        self.respondButton.setObjectName(u"respondButton")

        self.buttonRow.addWidget(self.respondButton)

        self.reportButton = QPushButton(ReviewsTab)
        self.reportButton.setObjectName(u"reportButton")

        self.buttonRow.addWidget(self.reportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.tabLayout.addLayout(self.buttonRow)

        self.splitter = QSplitter(ReviewsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.reviewsTable = QTableWidget(self.splitter)
        self.reviewsTable.setObjectName(u"reviewsTable")
        self.reviewsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.reviewsTable)
        self.recommendationsTable = QTableWidget(self.splitter)
        self.recommendationsTable.setObjectName(u"recommendationsTable")
        self.recommendationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recommendationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recommendationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.recommendationsTable)
        self.detailText = QTextBrowser(self.splitter)
        self.detailText.setObjectName(u"detailText")
        self.splitter.addWidget(self.detailText)

        self.tabLayout.addWidget(self.splitter)


        self.retranslateUi(ReviewsTab)

        QMetaObject.connectSlotsByName(ReviewsTab)
    # setupUi

    def retranslateUi(self, ReviewsTab):
        self.newButton.setText(QCoreApplication.translate("ReviewsTab", u"&New review\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ReviewsTab", u"&Edit review\u2026", None))
        self.teamButton.setText(QCoreApplication.translate("ReviewsTab", u"&Team\u2026", None))
#if QT_CONFIG(tooltip)
        self.teamButton.setToolTip(QCoreApplication.translate("ReviewsTab", u"The stream lead and the project team", None))
#endif // QT_CONFIG(tooltip)
        self.evidenceButton.setText(QCoreApplication.translate("ReviewsTab", u"Add e&vidence\u2026", None))
        self.recommendButton.setText(QCoreApplication.translate("ReviewsTab", u"Add &recommendation\u2026", None))
        self.respondButton.setText(QCoreApplication.translate("ReviewsTab", u"Res&pond\u2026", None))
#if QT_CONFIG(tooltip)
        self.respondButton.setToolTip(QCoreApplication.translate("ReviewsTab", u"The Board's or management's response to the chosen recommendation, and its action", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("ReviewsTab", u"Report &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("ReviewsTab", u"The end-of-review report", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reviewsTable.setAccessibleName(QCoreApplication.translate("ReviewsTab", u"Scrutiny reviews", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recommendationsTable.setAccessibleName(QCoreApplication.translate("ReviewsTab", u"The chosen review's recommendations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("ReviewsTab", u"The chosen review: team, scope, evidence and findings", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

