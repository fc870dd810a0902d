# Generated from forms/event_actions.ui (sha256 72ee64e0f2ed1943cd54423c992a55e2c481f82283b34bac6d22216c823b0cc2) by engagement_desktop.gui.form_compiler - do not edit.
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
        pass
    # retranslateUi

