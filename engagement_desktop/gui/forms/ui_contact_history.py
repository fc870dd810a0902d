# Generated from forms/contact_history.ui (sha256 3605bf02fa1024f731630039f4273542598564700e25982201525db4990ee1f5) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_history.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ContactHistory(object):
    def setupUi(self, ContactHistory):
        if not ContactHistory.objectName():
            ContactHistory.setObjectName(u"ContactHistory")
        self.contactLayout = QVBoxLayout(ContactHistory)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLabel = QLabel(ContactHistory)
        self.contactLabel.setObjectName(u"contactLabel")

        self.contactLayout.addWidget(self.contactLabel)

        self.contactTable = QTableWidget(ContactHistory)
        self.contactTable.setObjectName(u"contactTable")
        self.contactTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactTable.setTabKeyNavigation(False)

        self.contactLayout.addWidget(self.contactTable)

#if QT_CONFIG(shortcut)
        self.contactLabel.setBuddy(self.contactTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactHistory)

        QMetaObject.connectSlotsByName(ContactHistory)
    # setupUi

    def retranslateUi(self, ContactHistory):
        self.contactLabel.setText(QCoreApplication.translate("ContactHistory", u"Letters, emails and texts sent:", None))
#if QT_CONFIG(accessibility)
        self.contactTable.setAccessibleName(QCoreApplication.translate("ContactHistory", u"Letters, emails and texts sent to this person", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

