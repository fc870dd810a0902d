# Generated from forms/fieldkit_take_out.ui (sha256 3f6f2b8c9c65073126d86e8193845b499527e7b2763e9ca3d878aa296d3016f0) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fieldkit_take_out.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FieldkitTakeOutDialog(object):
    def setupUi(self, FieldkitTakeOutDialog):
        if not FieldkitTakeOutDialog.objectName():
            FieldkitTakeOutDialog.setObjectName(u"FieldkitTakeOutDialog")
        FieldkitTakeOutDialog.resize(520, 460)
        self.takeOutLayout = QVBoxLayout(FieldkitTakeOutDialog)
        self.takeOutLayout.setObjectName(u"takeOutLayout")
        self.introLabel = QLabel(FieldkitTakeOutDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.takeOutLayout.addWidget(self.introLabel)

        self.eventsLabel = QLabel(FieldkitTakeOutDialog)
        self.eventsLabel.setObjectName(u"eventsLabel")

        self.takeOutLayout.addWidget(self.eventsLabel)

        self.eventsList = QListWidget(FieldkitTakeOutDialog)
        self.eventsList.setObjectName(u"eventsList")

        self.takeOutLayout.addWidget(self.eventsList)

        self.protectionLabel = QLabel(FieldkitTakeOutDialog)
        self.protectionLabel.setObjectName(u"protectionLabel")
        self.protectionLabel.setWordWrap(True)

        self.takeOutLayout.addWidget(self.protectionLabel)

        self.errorLabel = QLabel(FieldkitTakeOutDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.takeOutLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FieldkitTakeOutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.takeOutLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.eventsLabel.setBuddy(self.eventsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FieldkitTakeOutDialog)

        QMetaObject.connectSlotsByName(FieldkitTakeOutDialog)
    # setupUi

    def retranslateUi(self, FieldkitTakeOutDialog):
        FieldkitTakeOutDialog.setWindowTitle(QCoreApplication.translate("FieldkitTakeOutDialog", u"Take events out", None))
        self.introLabel.setText(QCoreApplication.translate("FieldkitTakeOutDialog", u"Choose the events to take to the estate. The pack holds their registers, the consent wording, the points rules and open ballots; the rest of the register goes as names, references and postcodes only, to spot a walk-in who is already known.", None))
        self.eventsLabel.setText(QCoreApplication.translate("FieldkitTakeOutDialog", u"&Events (the next 7 days are ticked):", None))
#if QT_CONFIG(accessibility)
        self.eventsList.setAccessibleName(QCoreApplication.translate("FieldkitTakeOutDialog", u"Events to take out", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

