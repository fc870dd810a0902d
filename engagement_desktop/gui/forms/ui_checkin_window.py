# Generated from forms/checkin_window.ui (sha256 87ee4cb8331e2a7895769b20d999b9c1c448b5a7184a5f711fe79b0af79a7e8d) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_CheckinWindow(object):
    def setupUi(self, CheckinWindow):
        if not CheckinWindow.objectName():
            CheckinWindow.setObjectName(u"CheckinWindow")
        CheckinWindow.resize(1200, 800)
        self.checkinLayout = QVBoxLayout(CheckinWindow)
        self.checkinLayout.setObjectName(u"checkinLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.eventLayout = QVBoxLayout()
        self.eventLayout.setObjectName(u"eventLayout")
        self.eventLabel = QLabel(CheckinWindow)
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setWordWrap(True)

        self.eventLayout.addWidget(self.eventLabel)

        self.whenLabel = QLabel(CheckinWindow)
        self.whenLabel.setObjectName(u"whenLabel")
        self.whenLabel.setWordWrap(True)

        self.eventLayout.addWidget(self.whenLabel)


        self.topLayout.addLayout(self.eventLayout)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.countLayout = QVBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countLabel = QLabel(CheckinWindow)
        self.countLabel.setObjectName(u"countLabel")

        self.countLayout.addWidget(self.countLabel)

        self.countCaption = QLabel(CheckinWindow)
        self.countCaption.setObjectName(u"countCaption")

        self.countLayout.addWidget(self.countCaption)


        self.topLayout.addLayout(self.countLayout)


        self.checkinLayout.addLayout(self.topLayout)

        self.searchLabel = QLabel(CheckinWindow)
        self.searchLabel.setObjectName(u"searchLabel")

        self.checkinLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CheckinWindow)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.checkinLayout.addWidget(self.searchEdit)

        self.stack = QStackedWidget(CheckinWindow)
        self.stack.setObjectName(u"stack")
        self.matchesPage = QWidget()
        self.matchesPage.setObjectName(u"matchesPage")
        self.matchesLayout = QVBoxLayout(self.matchesPage)
        self.matchesLayout.setObjectName(u"matchesLayout")
        self.matchesLayout.setContentsMargins(0, 0, 0, 0)
        self.matchesList = QListView(self.matchesPage)
        self.matchesList.setObjectName(u"matchesList")
        self.matchesList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.matchesLayout.addWidget(self.matchesList)

        self.stack.addWidget(self.matchesPage)
        self.confirmPage = QWidget()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmScroll = QScrollArea(self.confirmPage)
        self.confirmScroll.setObjectName(u"confirmScroll")
        self.confirmScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.confirmScroll.setWidgetResizable(True)
        self.confirmContents = QWidget()
        self.confirmContents.setObjectName(u"confirmContents")
        self.confirmTextLayout = QVBoxLayout(self.confirmContents)
        self.confirmTextLayout.setObjectName(u"confirmTextLayout")
        self.confirmTextLayout.setContentsMargins(0, 0, 0, 0)
        self.confirmTitle = QLabel(self.confirmContents)
        self.confirmTitle.setObjectName(u"confirmTitle")
        self.confirmTitle.setWordWrap(True)

        self.confirmTextLayout.addWidget(self.confirmTitle)

        self.confirmLabel = QLabel(self.confirmContents)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setWordWrap(True)

        self.confirmTextLayout.addWidget(self.confirmLabel)

        self.confirmTextBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmTextLayout.addItem(self.confirmTextBottom)

        self.confirmScroll.setWidget(self.confirmContents)

        self.confirmLayout.addWidget(self.confirmScroll)

        self.confirmButtons = QHBoxLayout()
        self.confirmButtons.setObjectName(u"confirmButtons")
        self.confirmButton = QPushButton(self.confirmPage)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setAutoDefault(False)

        self.confirmButtons.addWidget(self.confirmButton)

        self.dontButton = QPushButton(self.confirmPage)
        self.dontButton.setObjectName(u"dontButton")
        self.dontButton.setAutoDefault(False)

        self.confirmButtons.addWidget(self.dontButton)

        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confirmButtons.addItem(self.confirmSpacer)


        self.confirmLayout.addLayout(self.confirmButtons)

        self.stack.addWidget(self.confirmPage)
        self.walkInPage = QWidget()
        self.walkInPage.setObjectName(u"walkInPage")
        self.walkInPageLayout = QVBoxLayout(self.walkInPage)
        self.walkInPageLayout.setObjectName(u"walkInPageLayout")
        self.walkInPageLayout.setContentsMargins(0, 0, 0, 0)
        self.walkInScroll = QScrollArea(self.walkInPage)
        self.walkInScroll.setObjectName(u"walkInScroll")
        self.walkInScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.walkInScroll.setWidgetResizable(True)
        self.walkInContents = QWidget()
        self.walkInContents.setObjectName(u"walkInContents")
        self.walkInLayout = QVBoxLayout(self.walkInContents)
        self.walkInLayout.setObjectName(u"walkInLayout")
        self.walkInLayout.setContentsMargins(0, 0, 0, 0)
        self.walkInScroll.setWidget(self.walkInContents)

        self.walkInPageLayout.addWidget(self.walkInScroll)

        self.stack.addWidget(self.walkInPage)

        self.checkinLayout.addWidget(self.stack)

        self.messageLabel = QLabel(CheckinWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.checkinLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.walkInButton = QPushButton(CheckinWindow)
        self.walkInButton.setObjectName(u"walkInButton")
        self.walkInButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.walkInButton)

        self.undoButton = QPushButton(CheckinWindow)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.undoButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.hintLabel = QLabel(CheckinWindow)
        self.hintLabel.setObjectName(u"hintLabel")

        self.buttonsLayout.addWidget(self.hintLabel)

        self.buttonsSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer2)

        self.leaveButton = QPushButton(CheckinWindow)
        self.leaveButton.setObjectName(u"leaveButton")
        self.leaveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.leaveButton)


        self.checkinLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckinWindow)

        QMetaObject.connectSlotsByName(CheckinWindow)
    # setupUi

    def retranslateUi(self, CheckinWindow):
        CheckinWindow.setWindowTitle(QCoreApplication.translate("CheckinWindow", u"Check-in", None))
        self.eventLabel.setText("")
#if QT_CONFIG(accessibility)
        self.eventLabel.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.whenLabel.setText("")
#if QT_CONFIG(accessibility)
        self.whenLabel.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"When and where", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("CheckinWindow", u"0", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"People checked in", None))
#endif // QT_CONFIG(accessibility)
        self.countCaption.setText(QCoreApplication.translate("CheckinWindow", u"checked in", None))
        self.searchLabel.setText(QCoreApplication.translate("CheckinWindow", u"&Name, reference or postcode:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"Find a person to check in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.matchesList.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"Matching people", None))
#endif // QT_CONFIG(accessibility)
        self.confirmTitle.setText(QCoreApplication.translate("CheckinWindow", u"Check before letting them in", None))
        self.confirmLabel.setText("")
#if QT_CONFIG(accessibility)
        self.confirmLabel.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"Why to check", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("CheckinWindow", u"Check in anyway (Y)", None))
        self.dontButton.setText(QCoreApplication.translate("CheckinWindow", u"Don't check in (N)", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CheckinWindow", u"What just happened", None))
#endif // QT_CONFIG(accessibility)
        self.walkInButton.setText(QCoreApplication.translate("CheckinWindow", u"Walk-in (Ctrl+W)", None))
        self.undoButton.setText(QCoreApplication.translate("CheckinWindow", u"Undo last (Ctrl+Z)", None))
        self.hintLabel.setText(QCoreApplication.translate("CheckinWindow", u"\u2191 \u2193 choose \u00b7 Enter checks in", None))
        self.leaveButton.setText(QCoreApplication.translate("CheckinWindow", u"Leave check-in (Esc)", None))
    # retranslateUi

