# Generated from forms/control_page.ui (sha256 ee341bf5a0f7fd847f2e07edd41e22bfd2614d6d81347713f03ab098ad506270) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ControlPage(object):
    def setupUi(self, ControlPage):
        if not ControlPage.objectName():
            ControlPage.setObjectName(u"ControlPage")
        ControlPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ControlPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ControlPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(ControlPage)
        self.tabs.setObjectName(u"tabs")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(ControlPage)

        QMetaObject.connectSlotsByName(ControlPage)
    # setupUi

    def retranslateUi(self, ControlPage):
        self.titleLabel.setText(QCoreApplication.translate("ControlPage", u"Customers in control", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ControlPage", u"Customers in control: kinds of record", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

