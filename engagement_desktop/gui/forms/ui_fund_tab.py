# Generated from forms/fund_tab.ui (sha256 545c98969e20ad477fa8ff9a2cd50537bc0cfd0bffaee12e10f1d7fa79d8a359) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_FundTab(object):
    def setupUi(self, FundTab):
        if not FundTab.objectName():
            FundTab.setObjectName(u"FundTab")
        FundTab.resize(1000, 600)
        self.tabLayout = QVBoxLayout(FundTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.roundRow = QHBoxLayout()
        self.roundRow.setObjectName(u"roundRow")
        self.roundLabel = QLabel(FundTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.roundRow.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(FundTab)
        self.roundCombo.setObjectName(u"roundCombo")
        self.roundCombo.setMinimumSize(QSize(260, 0))

        self.roundRow.addWidget(self.roundCombo)

        self.newRoundButton = QPushButton(FundTab)
        self.newRoundButton.setObjectName(u"newRoundButton")

        self.roundRow.addWidget(self.newRoundButton)

        self.editRoundButton = QPushButton(FundTab)
        self.editRoundButton.setObjectName(u"editRoundButton")

        self.roundRow.addWidget(self.editRoundButton)

        self.roundSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roundRow.addItem(self.roundSpacer)


        self.tabLayout.addLayout(self.roundRow)

        self.summaryLabel = QLabel(FundTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabLayout.addWidget(self.summaryLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.newApplicationButton = QPushButton(FundTab)
        self.newApplicationButton.setObjectName(u"newApplicationButton")

        self.actionRow.addWidget(self.newApplicationButton)

        self.scoresButton = QPushButton(FundTab)
        self.scoresButton.setObjectName(u"scoresButton")

        self.actionRow.addWidget(self.scoresButton)

        self.decideButton = QPushButton(FundTab)
        self.decideButton.setObjectName(u"decideButton")

        self.actionRow.addWidget(self.decideButton)

        self.payButton = QPushButton(FundTab)
        self.payButton.setObjectName(u"payButton")

        self.actionRow.addWidget(self.payButton)

        self.evaluationButton = QPushButton(FundTab)
        self.evaluationButton.setObjectName(u"evaluationButton")

        self.actionRow.addWidget(self.evaluationButton)

        self.actionSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.packButton = QPushButton(FundTab)
        self.packButton.setObjectName(u"packButton")

        self.actionRow.addWidget(self.packButton)

        self.lettersButton = QPushButton(FundTab)
        self.lettersButton.setObjectName(u"lettersButton")

        self.actionRow.addWidget(self.lettersButton)


        self.tabLayout.addLayout(self.actionRow)

        self.applicationsTable = QTableView(FundTab)
        self.applicationsTable.setObjectName(u"applicationsTable")
        self.applicationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicationsTable.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.applicationsTable)

        self.panelLabel = QLabel(FundTab)
        self.panelLabel.setObjectName(u"panelLabel")
        self.panelLabel.setWordWrap(True)
        self.panelLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabLayout.addWidget(self.panelLabel)

        self.messageLabel = QLabel(FundTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roundCombo, self.newRoundButton)
        QWidget.setTabOrder(self.newRoundButton, self.editRoundButton)
        QWidget.setTabOrder(self.editRoundButton, self.newApplicationButton)
        QWidget.setTabOrder(self.newApplicationButton, self.scoresButton)
        QWidget.setTabOrder(self.scoresButton, self.decideButton)
        QWidget.setTabOrder(self.decideButton, self.payButton)
        QWidget.setTabOrder(self.payButton, self.evaluationButton)
        QWidget.setTabOrder(self.evaluationButton, self.packButton)
        QWidget.setTabOrder(self.packButton, self.lettersButton)
        QWidget.setTabOrder(self.lettersButton, self.applicationsTable)

        self.retranslateUi(FundTab)

        QMetaObject.connectSlotsByName(FundTab)
    # setupUi

    def retranslateUi(self, FundTab):
        self.roundLabel.setText(QCoreApplication.translate("FundTab", u"&Round:", None))
#if QT_CONFIG(accessibility)
        self.roundCombo.setAccessibleName(QCoreApplication.translate("FundTab", u"Fund round", None))
#endif // QT_CONFIG(accessibility)
        self.newRoundButton.setText(QCoreApplication.translate("FundTab", u"&New round\u2026", None))
        self.editRoundButton.setText(QCoreApplication.translate("FundTab", u"&Edit round\u2026", None))
        self.summaryLabel.setText("")
        self.newApplicationButton.setText(QCoreApplication.translate("FundTab", u"New &application\u2026", None))
        self.scoresButton.setText(QCoreApplication.translate("FundTab", u"&Scores\u2026", None))
        self.decideButton.setText(QCoreApplication.translate("FundTab", u"&Decide\u2026", None))
        self.payButton.setText(QCoreApplication.translate("FundTab", u"&Payment\u2026", None))
        self.evaluationButton.setText(QCoreApplication.translate("FundTab", u"E&valuation\u2026", None))
        self.packButton.setText(QCoreApplication.translate("FundTab", u"Panel pac&k\u2026", None))
#if QT_CONFIG(tooltip)
        self.packButton.setToolTip(QCoreApplication.translate("FundTab", u"A PDF for the panel: one page per application waiting, with the scores to fill", None))
#endif // QT_CONFIG(tooltip)
        self.lettersButton.setText(QCoreApplication.translate("FundTab", u"Decision &letters\u2026", None))
#if QT_CONFIG(tooltip)
        self.lettersButton.setToolTip(QCoreApplication.translate("FundTab", u"A letter to each decided applicant's contact, recorded in their contact history", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.applicationsTable.setAccessibleName(QCoreApplication.translate("FundTab", u"Applications to the round", None))
#endif // QT_CONFIG(accessibility)
        self.panelLabel.setText("")
        self.messageLabel.setText("")
        pass
    # retranslateUi

