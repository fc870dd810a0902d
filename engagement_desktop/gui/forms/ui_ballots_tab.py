# Generated from forms/ballots_tab.ui (sha256 856cd98629ae2739b5fefad93a47d0ff2e8cca82359938a2faece1e2d6819b2f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballots_tab.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BallotsTab(object):
    def setupUi(self, BallotsTab):
        if not BallotsTab.objectName():
            BallotsTab.setObjectName(u"BallotsTab")
        BallotsTab.resize(1000, 560)
        self.tabLayout = QHBoxLayout(BallotsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.ballotsLabel = QLabel(BallotsTab)
        self.ballotsLabel.setObjectName(u"ballotsLabel")

        self.listLayout.addWidget(self.ballotsLabel)

        self.ballotsTable = QTableWidget(BallotsTab)
        self.ballotsTable.setObjectName(u"ballotsTable")
        self.ballotsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ballotsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballotsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.ballotsTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(BallotsTab)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.editButton = QPushButton(BallotsTab)
        self.editButton.setObjectName(u"editButton")

        self.listButtons.addWidget(self.editButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.tabLayout.addLayout(self.listLayout)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.nameLabel = QLabel(BallotsTab)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.nameLabel)

        self.statusLabel = QLabel(BallotsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.statusLabel)

        self.proposalsLabel = QLabel(BallotsTab)
        self.proposalsLabel.setObjectName(u"proposalsLabel")

        self.detailLayout.addWidget(self.proposalsLabel)

        self.proposalsTable = QTableWidget(BallotsTab)
        self.proposalsTable.setObjectName(u"proposalsTable")
        self.proposalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detailLayout.addWidget(self.proposalsTable)

        self.countLabel = QLabel(BallotsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.countLabel)

        self.setUpButtons = QHBoxLayout()
        self.setUpButtons.setObjectName(u"setUpButtons")
        self.addProposalButton = QPushButton(BallotsTab)
        self.addProposalButton.setObjectName(u"addProposalButton")

        self.setUpButtons.addWidget(self.addProposalButton)

        self.removeProposalButton = QPushButton(BallotsTab)
        self.removeProposalButton.setObjectName(u"removeProposalButton")

        self.setUpButtons.addWidget(self.removeProposalButton)

        self.openButton = QPushButton(BallotsTab)
        self.openButton.setObjectName(u"openButton")

        self.setUpButtons.addWidget(self.openButton)

        self.closeButton = QPushButton(BallotsTab)
        self.closeButton.setObjectName(u"closeButton")

        self.setUpButtons.addWidget(self.closeButton)

        self.setUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.setUpButtons.addItem(self.setUpSpacer)


        self.detailLayout.addLayout(self.setUpButtons)

        self.voteButtons = QHBoxLayout()
        self.voteButtons.setObjectName(u"voteButtons")
        self.kioskButton = QPushButton(BallotsTab)
        self.kioskButton.setObjectName(u"kioskButton")

        self.voteButtons.addWidget(self.kioskButton)

        self.postalButton = QPushButton(BallotsTab)
        self.postalButton.setObjectName(u"postalButton")

        self.voteButtons.addWidget(self.postalButton)

        self.paperButton = QPushButton(BallotsTab)
        self.paperButton.setObjectName(u"paperButton")

        self.voteButtons.addWidget(self.paperButton)

        self.sheetButton = QPushButton(BallotsTab)
        self.sheetButton.setObjectName(u"sheetButton")

        self.voteButtons.addWidget(self.sheetButton)

        self.voteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteButtons.addItem(self.voteSpacer)


        self.detailLayout.addLayout(self.voteButtons)


        self.tabLayout.addLayout(self.detailLayout)

        self.tabLayout.setStretch(0, 2)
        self.tabLayout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.ballotsLabel.setBuddy(self.ballotsTable)
        self.proposalsLabel.setBuddy(self.proposalsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ballotsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.proposalsTable)
        QWidget.setTabOrder(self.proposalsTable, self.addProposalButton)
        QWidget.setTabOrder(self.addProposalButton, self.removeProposalButton)
        QWidget.setTabOrder(self.removeProposalButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.kioskButton)
        QWidget.setTabOrder(self.kioskButton, self.postalButton)
        QWidget.setTabOrder(self.postalButton, self.paperButton)
        QWidget.setTabOrder(self.paperButton, self.sheetButton)

        self.retranslateUi(BallotsTab)

        QMetaObject.connectSlotsByName(BallotsTab)
    # setupUi

    def retranslateUi(self, BallotsTab):
        BallotsTab.setWindowTitle(QCoreApplication.translate("BallotsTab", u"You Choose", None))
        self.ballotsLabel.setText(QCoreApplication.translate("BallotsTab", u"&Ballots", None))
#if QT_CONFIG(accessibility)
        self.ballotsTable.setAccessibleName(QCoreApplication.translate("BallotsTab", u"Ballots", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("BallotsTab", u"&New ballot\u2026", None))
        self.editButton.setText(QCoreApplication.translate("BallotsTab", u"&Edit\u2026", None))
        self.nameLabel.setText("")
        self.statusLabel.setText("")
        self.proposalsLabel.setText(QCoreApplication.translate("BallotsTab", u"P&roposals and the count so far", None))
#if QT_CONFIG(accessibility)
        self.proposalsTable.setAccessibleName(QCoreApplication.translate("BallotsTab", u"Proposals and votes", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.addProposalButton.setText(QCoreApplication.translate("BallotsTab", u"&Add proposal\u2026", None))
        self.removeProposalButton.setText(QCoreApplication.translate("BallotsTab", u"Re&move proposal", None))
        self.openButton.setText(QCoreApplication.translate("BallotsTab", u"&Open voting", None))
        self.closeButton.setText(QCoreApplication.translate("BallotsTab", u"C&lose voting", None))
        self.kioskButton.setText(QCoreApplication.translate("BallotsTab", u"Voting &kiosk\u2026", None))
        self.postalButton.setText(QCoreApplication.translate("BallotsTab", u"&Postal votes\u2026", None))
        self.paperButton.setText(QCoreApplication.translate("BallotsTab", u"T&ype in paper slips\u2026", None))
        self.sheetButton.setText(QCoreApplication.translate("BallotsTab", u"Result &sheet (PDF)\u2026", None))
    # retranslateUi

