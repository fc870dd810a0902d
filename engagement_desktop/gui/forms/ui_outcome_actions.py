# Generated from forms/outcome_actions.ui (sha256 38f1bbde00e078ff4670efdf6237c90c19e6b10b0de55b49c43eaad961c8654e) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_actions.ui'
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

class Ui_OutcomeActions(object):
    def setupUi(self, OutcomeActions):
        if not OutcomeActions.objectName():
            OutcomeActions.setObjectName(u"OutcomeActions")
        OutcomeActions.resize(400, 40)
        self.actionsLayout = QHBoxLayout(OutcomeActions)
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.logButton = QPushButton(OutcomeActions)
        self.logButton.setObjectName(u"logButton")
        self.logButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.logButton)

        self.openButton = QPushButton(OutcomeActions)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.openButton)

        self.exportButton = QPushButton(OutcomeActions)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.exportButton)

        self.mailingButton = QPushButton(OutcomeActions)
        self.mailingButton.setObjectName(u"mailingButton")
        self.mailingButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.mailingButton)

        self.actionsSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        QWidget.setTabOrder(self.logButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.mailingButton)

        self.retranslateUi(OutcomeActions)

        QMetaObject.connectSlotsByName(OutcomeActions)
    # setupUi

    def retranslateUi(self, OutcomeActions):
        self.logButton.setText(QCoreApplication.translate("OutcomeActions", u"&Log feedback\u2026", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("OutcomeActions", u"Log a recommendation, feedback or idea (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("OutcomeActions", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("OutcomeActions", u"Open the selected item to record the response, action and reporting back (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("OutcomeActions", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("OutcomeActions", u"Save the list as shown to an Excel workbook (Ctrl+Shift+E)", None))
#endif // QT_CONFIG(tooltip)
        self.mailingButton.setText(QCoreApplication.translate("OutcomeActions", u"Report &back\u2026", None))
#if QT_CONFIG(tooltip)
        self.mailingButton.setToolTip(QCoreApplication.translate("OutcomeActions", u"Write to the people who raised this item: a \u201cyou said, we did\u201d mailing", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mailingButton.setAccessibleName(QCoreApplication.translate("OutcomeActions", u"Write to the people who raised this item: a \u201cyou said, we did\u201d mailing", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

