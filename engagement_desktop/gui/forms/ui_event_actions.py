# Generated from forms/event_actions.ui (sha256 b4f5458eba16d589a0639188724a58fd3d921ab5236125c2d8f9d6a9d10318dd) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_actions.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

class Ui_EventActions(object):
    def setupUi(self, EventActions):
        if not EventActions.objectName():
            EventActions.setObjectName(u"EventActions")
        EventActions.resize(700, 40)
        self.actionsLayout = QHBoxLayout(EventActions)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.newButton = QPushButton(EventActions)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.openButton = QPushButton(EventActions)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.registerButton = QPushButton(EventActions)
        self.registerButton.setObjectName(u"registerButton")

        self.actionsLayout.addWidget(self.registerButton)

        self.checkinButton = QPushButton(EventActions)
        self.checkinButton.setObjectName(u"checkinButton")

        self.actionsLayout.addWidget(self.checkinButton)

        self.mailingButton = QPushButton(EventActions)
        self.mailingButton.setObjectName(u"mailingButton")
        self.mailingButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.mailingButton)

        self.takeOutButton = QPushButton(EventActions)
        self.takeOutButton.setObjectName(u"takeOutButton")
        self.takeOutButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.takeOutButton)

        self.bringBackButton = QPushButton(EventActions)
        self.bringBackButton.setObjectName(u"bringBackButton")
        self.bringBackButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.bringBackButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.retranslateUi(EventActions)

        QMetaObject.connectSlotsByName(EventActions)
    # setupUi

    def retranslateUi(self, EventActions):
        self.newButton.setText(QCoreApplication.translate("EventActions", u"&New event\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("EventActions", u"Set up a new event (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EventActions", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EventActions", u"Open the selected event (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.registerButton.setText(QCoreApplication.translate("EventActions", u"&Register\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("EventActions", u"The attendance register of the selected event", None))
#endif // QT_CONFIG(tooltip)
        self.checkinButton.setText(QCoreApplication.translate("EventActions", u"Check-&in mode\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkinButton.setToolTip(QCoreApplication.translate("EventActions", u"Full-screen check-in at the door for the selected event", None))
#endif // QT_CONFIG(tooltip)
        self.mailingButton.setText(QCoreApplication.translate("EventActions", u"Ma&iling\u2026", None))
#if QT_CONFIG(tooltip)
        self.mailingButton.setToolTip(QCoreApplication.translate("EventActions", u"Invitations, letters, labels, emails or texts to the event's register", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mailingButton.setAccessibleName(QCoreApplication.translate("EventActions", u"Invitations, letters, labels, emails or texts to the event's register", None))
#endif // QT_CONFIG(accessibility)
        self.takeOutButton.setText(QCoreApplication.translate("EventActions", u"Take events o&ut\u2026", None))
#if QT_CONFIG(tooltip)
        self.takeOutButton.setToolTip(QCoreApplication.translate("EventActions", u"A field kit: the chosen events (the next 7 days) in a pack for a laptop at the door", None))
#endif // QT_CONFIG(tooltip)
        self.bringBackButton.setText(QCoreApplication.translate("EventActions", u"&Bring back\u2026", None))
#if QT_CONFIG(tooltip)
        self.bringBackButton.setToolTip(QCoreApplication.translate("EventActions", u"Merge a field kit pack: check-ins, walk-ins, consents, votes and claims", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

