# Generated from forms/rewards_ledger.ui (sha256 82bd90d07c14e9067f473e9f47225461f29048ccc83ee25f92b095e655aeaac7) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_ledger.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RewardsLedger(object):
    def setupUi(self, RewardsLedger):
        if not RewardsLedger.objectName():
            RewardsLedger.setObjectName(u"RewardsLedger")
        RewardsLedger.resize(900, 320)
        self.ledgerLayout = QVBoxLayout(RewardsLedger)
        self.ledgerLayout.setSpacing(6)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerLayout.setContentsMargins(0, 4, 0, 0)
        self.personLayout = QHBoxLayout()
        self.personLayout.setSpacing(12)
        self.personLayout.setObjectName(u"personLayout")
        self.personLabel = QLabel(RewardsLedger)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.personLayout.addWidget(self.personLabel)

        self.personSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personLayout.addItem(self.personSpacer)

        self.balanceLabel = QLabel(RewardsLedger)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.personLayout.addWidget(self.balanceLabel)


        self.ledgerLayout.addLayout(self.personLayout)

        self.worthLabel = QLabel(RewardsLedger)
        self.worthLabel.setObjectName(u"worthLabel")
        self.worthLabel.setWordWrap(True)
        self.worthLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ledgerLayout.addWidget(self.worthLabel)

        self.ledgerTable = QTableView(RewardsLedger)
        self.ledgerTable.setObjectName(u"ledgerTable")
        self.ledgerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledgerTable.setTabKeyNavigation(False)
        self.ledgerTable.setAlternatingRowColors(True)
        self.ledgerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledgerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ledgerTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ledgerTable.setShowGrid(False)
        self.ledgerTable.setWordWrap(False)
        self.ledgerTable.setCornerButtonEnabled(False)
        self.ledgerTable.horizontalHeader().setHighlightSections(False)
        self.ledgerTable.horizontalHeader().setStretchLastSection(True)
        self.ledgerTable.verticalHeader().setVisible(False)

        self.ledgerLayout.addWidget(self.ledgerTable)

        self.ledgerButtons = QHBoxLayout()
        self.ledgerButtons.setSpacing(8)
        self.ledgerButtons.setObjectName(u"ledgerButtons")
        self.awardButton = QPushButton(RewardsLedger)
        self.awardButton.setObjectName(u"awardButton")
        self.awardButton.setAutoDefault(False)

        self.ledgerButtons.addWidget(self.awardButton)

        self.correctButton = QPushButton(RewardsLedger)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setAutoDefault(False)

        self.ledgerButtons.addWidget(self.correctButton)

        self.statementButton = QPushButton(RewardsLedger)
        self.statementButton.setObjectName(u"statementButton")
        self.statementButton.setAutoDefault(False)

        self.ledgerButtons.addWidget(self.statementButton)

        self.ledgerSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerButtons.addItem(self.ledgerSpacer)


        self.ledgerLayout.addLayout(self.ledgerButtons)

        QWidget.setTabOrder(self.ledgerTable, self.awardButton)
        QWidget.setTabOrder(self.awardButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.statementButton)

        self.retranslateUi(RewardsLedger)

        QMetaObject.connectSlotsByName(RewardsLedger)
    # setupUi

    def retranslateUi(self, RewardsLedger):
#if QT_CONFIG(accessibility)
        RewardsLedger.setAccessibleName(QCoreApplication.translate("RewardsLedger", u"Points of the person chosen", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("RewardsLedger", u"Choose someone in the list to see their points.", None))
#if QT_CONFIG(accessibility)
        self.personLabel.setAccessibleName(QCoreApplication.translate("RewardsLedger", u"Person chosen", None))
#endif // QT_CONFIG(accessibility)
        self.balanceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.balanceLabel.setAccessibleName(QCoreApplication.translate("RewardsLedger", u"Balance", None))
#endif // QT_CONFIG(accessibility)
        self.worthLabel.setText("")
#if QT_CONFIG(accessibility)
        self.worthLabel.setAccessibleName(QCoreApplication.translate("RewardsLedger", u"What the points are worth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ledgerTable.setAccessibleName(QCoreApplication.translate("RewardsLedger", u"Points ledger of the person chosen", None))
#endif // QT_CONFIG(accessibility)
        self.awardButton.setText(QCoreApplication.translate("RewardsLedger", u"&Award points\u2026", None))
#if QT_CONFIG(tooltip)
        self.awardButton.setToolTip(QCoreApplication.translate("RewardsLedger", u"Award points by hand, with a reason (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("RewardsLedger", u"&Correct entry\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("RewardsLedger", u"Reverse the chosen ledger line with a reason; the original stays", None))
#endif // QT_CONFIG(tooltip)
        self.statementButton.setText(QCoreApplication.translate("RewardsLedger", u"&Print statement\u2026", None))
#if QT_CONFIG(tooltip)
        self.statementButton.setToolTip(QCoreApplication.translate("RewardsLedger", u"This person's points statement as a PDF letter (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

