# Generated from forms/event_month.ui (sha256 2eedef68ee4ee228c491bea2026b9cdb1cf147a72652f6a5d0448ae208022d04) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_month.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_EventMonth(object):
    def setupUi(self, EventMonth):
        if not EventMonth.objectName():
            EventMonth.setObjectName(u"EventMonth")
        EventMonth.resize(800, 600)
        self.monthLayout = QVBoxLayout(EventMonth)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthLayout.setContentsMargins(0, 0, 0, 0)
        self.navLayout = QHBoxLayout()
        self.navLayout.setObjectName(u"navLayout")
        self.previousButton = QPushButton(EventMonth)
        self.previousButton.setObjectName(u"previousButton")

        self.navLayout.addWidget(self.previousButton)

        self.monthLabel = QLabel(EventMonth)
        self.monthLabel.setObjectName(u"monthLabel")

        self.navLayout.addWidget(self.monthLabel)

        self.nextButton = QPushButton(EventMonth)
        self.nextButton.setObjectName(u"nextButton")

        self.navLayout.addWidget(self.nextButton)

        self.todayButton = QPushButton(EventMonth)
        self.todayButton.setObjectName(u"todayButton")

        self.navLayout.addWidget(self.todayButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navLayout.addItem(self.navSpacer)

        self.monthCountLabel = QLabel(EventMonth)
        self.monthCountLabel.setObjectName(u"monthCountLabel")

        self.navLayout.addWidget(self.monthCountLabel)


        self.monthLayout.addLayout(self.navLayout)

        self.monthGrid = QTableView(EventMonth)
        self.monthGrid.setObjectName(u"monthGrid")

        self.monthLayout.addWidget(self.monthGrid)

        self.dayLabel = QLabel(EventMonth)
        self.dayLabel.setObjectName(u"dayLabel")

        self.monthLayout.addWidget(self.dayLabel)

        self.dayList = QListWidget(EventMonth)
        self.dayList.setObjectName(u"dayList")
        self.dayList.setMaximumSize(QSize(16777215, 130))

        self.monthLayout.addWidget(self.dayList)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventMonth)

        QMetaObject.connectSlotsByName(EventMonth)
    # setupUi

    def retranslateUi(self, EventMonth):
        self.previousButton.setText(QCoreApplication.translate("EventMonth", u"\u25c0 Pre&vious", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("EventMonth", u"The month before (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.monthLabel.setText("")
#if QT_CONFIG(accessibility)
        self.monthLabel.setAccessibleName(QCoreApplication.translate("EventMonth", u"Month shown", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("EventMonth", u"Nex&t \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("EventMonth", u"The month after (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("EventMonth", u"This &month", None))
        self.monthCountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.monthGrid.setAccessibleName(QCoreApplication.translate("EventMonth", u"Calendar of the month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.monthGrid.setToolTip(QCoreApplication.translate("EventMonth", u"Arrows move between days; Enter lists the day's events", None))
#endif // QT_CONFIG(tooltip)
        self.dayLabel.setText("")
#if QT_CONFIG(accessibility)
        self.dayList.setAccessibleName(QCoreApplication.translate("EventMonth", u"Events on the chosen day", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

