# Generated from forms/ballot_kiosk.ui (sha256 c72a2039737a13a1ac86b2f5c6902e177fddcabb8eb93513f569fff65455b4d9) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_kiosk.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_BallotKiosk(object):
    def setupUi(self, BallotKiosk):
        if not BallotKiosk.objectName():
            BallotKiosk.setObjectName(u"BallotKiosk")
        BallotKiosk.resize(900, 620)
        self.kioskLayout = QVBoxLayout(BallotKiosk)
        self.kioskLayout.setObjectName(u"kioskLayout")
        self.headingLabel = QLabel(BallotKiosk)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.kioskLayout.addWidget(self.headingLabel)

        self.messageLabel = QLabel(BallotKiosk)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.kioskLayout.addWidget(self.messageLabel)

        self.steps = QStackedWidget(BallotKiosk)
        self.steps.setObjectName(u"steps")
        self.findPage = QWidget()
        self.findPage.setObjectName(u"findPage")
        self.findLayout = QVBoxLayout(self.findPage)
        self.findLayout.setObjectName(u"findLayout")
        self.searchLabel = QLabel(self.findPage)
        self.searchLabel.setObjectName(u"searchLabel")
        self.searchLabel.setWordWrap(True)

        self.findLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.findPage)
        self.searchEdit.setObjectName(u"searchEdit")

        self.findLayout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(self.findPage)
        self.resultsList.setObjectName(u"resultsList")

        self.findLayout.addWidget(self.resultsList)

        self.findButtons = QHBoxLayout()
        self.findButtons.setObjectName(u"findButtons")
        self.voteButton = QPushButton(self.findPage)
        self.voteButton.setObjectName(u"voteButton")

        self.findButtons.addWidget(self.voteButton)

        self.slipButton = QPushButton(self.findPage)
        self.slipButton.setObjectName(u"slipButton")

        self.findButtons.addWidget(self.slipButton)

        self.walkInButton = QPushButton(self.findPage)
        self.walkInButton.setObjectName(u"walkInButton")

        self.findButtons.addWidget(self.walkInButton)

        self.findSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findButtons.addItem(self.findSpacer)


        self.findLayout.addLayout(self.findButtons)

        self.steps.addWidget(self.findPage)
        self.walkInPage = QWidget()
        self.walkInPage.setObjectName(u"walkInPage")
        self.walkInLayout = QVBoxLayout(self.walkInPage)
        self.walkInLayout.setObjectName(u"walkInLayout")
        self.steps.addWidget(self.walkInPage)
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLabel = QLabel(self.choosePage)
        self.chooseLabel.setObjectName(u"chooseLabel")
        self.chooseLabel.setWordWrap(True)

        self.chooseLayout.addWidget(self.chooseLabel)

        self.choicesArea = QScrollArea(self.choosePage)
        self.choicesArea.setObjectName(u"choicesArea")
        self.choicesArea.setWidgetResizable(True)
        self.choicesHolder = QWidget()
        self.choicesHolder.setObjectName(u"choicesHolder")
        self.choicesLayout = QVBoxLayout(self.choicesHolder)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesArea.setWidget(self.choicesHolder)

        self.chooseLayout.addWidget(self.choicesArea)

        self.spoiltRow = QHBoxLayout()
        self.spoiltRow.setObjectName(u"spoiltRow")
        self.spoiltLabel = QLabel(self.choosePage)
        self.spoiltLabel.setObjectName(u"spoiltLabel")

        self.spoiltRow.addWidget(self.spoiltLabel)

        self.spoiltCombo = QComboBox(self.choosePage)
        self.spoiltCombo.setObjectName(u"spoiltCombo")

        self.spoiltRow.addWidget(self.spoiltCombo)

        self.spoiltSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spoiltRow.addItem(self.spoiltSpacer)


        self.chooseLayout.addLayout(self.spoiltRow)

        self.chooseButtons = QHBoxLayout()
        self.chooseButtons.setObjectName(u"chooseButtons")
        self.confirmButton = QPushButton(self.choosePage)
        self.confirmButton.setObjectName(u"confirmButton")

        self.chooseButtons.addWidget(self.confirmButton)

        self.backButton = QPushButton(self.choosePage)
        self.backButton.setObjectName(u"backButton")

        self.chooseButtons.addWidget(self.backButton)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseButtons.addItem(self.chooseSpacer)


        self.chooseLayout.addLayout(self.chooseButtons)

        self.steps.addWidget(self.choosePage)

        self.kioskLayout.addWidget(self.steps)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.tallyLabel = QLabel(BallotKiosk)
        self.tallyLabel.setObjectName(u"tallyLabel")

        self.bottomRow.addWidget(self.tallyLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.doneButton = QPushButton(BallotKiosk)
        self.doneButton.setObjectName(u"doneButton")

        self.bottomRow.addWidget(self.doneButton)


        self.kioskLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.spoiltLabel.setBuddy(self.spoiltCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BallotKiosk)

        QMetaObject.connectSlotsByName(BallotKiosk)
    # setupUi

    def retranslateUi(self, BallotKiosk):
        BallotKiosk.setWindowTitle(QCoreApplication.translate("BallotKiosk", u"You Choose voting", None))
        self.headingLabel.setText("")
        self.messageLabel.setText("")
        self.searchLabel.setText(QCoreApplication.translate("BallotKiosk", u"&Find the voter: name, tenancy reference or postcode", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("BallotKiosk", u"Find the voter", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("BallotKiosk", u"two or three letters", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("BallotKiosk", u"People found", None))
#endif // QT_CONFIG(accessibility)
        self.voteButton.setText(QCoreApplication.translate("BallotKiosk", u"&Vote now", None))
        self.slipButton.setText(QCoreApplication.translate("BallotKiosk", u"Give a &paper slip", None))
        self.walkInButton.setText(QCoreApplication.translate("BallotKiosk", u"New &walk-in\u2026", None))
        self.chooseLabel.setText("")
        self.spoiltLabel.setText(QCoreApplication.translate("BallotKiosk", u"Or a spoilt &paper:", None))
#if QT_CONFIG(accessibility)
        self.spoiltCombo.setAccessibleName(QCoreApplication.translate("BallotKiosk", u"Spoilt paper reason", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("BallotKiosk", u"&Confirm my vote", None))
        self.backButton.setText(QCoreApplication.translate("BallotKiosk", u"&Back", None))
        self.tallyLabel.setText("")
        self.doneButton.setText(QCoreApplication.translate("BallotKiosk", u"&Done", None))
    # retranslateUi

