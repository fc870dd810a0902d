# Generated from forms/event_types.ui (sha256 9826d2dedf0d24780f76b941f3b3d4d4176d432f5a7a4d0d5218e91326b977e2) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_types.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EventTypesDialog(object):
    def setupUi(self, EventTypesDialog):
        if not EventTypesDialog.objectName():
            EventTypesDialog.setObjectName(u"EventTypesDialog")
        EventTypesDialog.resize(440, 420)
        self.typesLayout = QVBoxLayout(EventTypesDialog)
        self.typesLayout.setObjectName(u"typesLayout")
        self.introLabel = QLabel(EventTypesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.typesLayout.addWidget(self.introLabel)

        self.listLayout = QHBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.typesList = QListWidget(EventTypesDialog)
        self.typesList.setObjectName(u"typesList")

        self.listLayout.addWidget(self.typesList)

        self.typeButtons = QVBoxLayout()
        self.typeButtons.setObjectName(u"typeButtons")
        self.addButton = QPushButton(EventTypesDialog)
        self.addButton.setObjectName(u"addButton")

        self.typeButtons.addWidget(self.addButton)

        self.renameButton = QPushButton(EventTypesDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.typeButtons.addWidget(self.renameButton)

        self.archiveButton = QPushButton(EventTypesDialog)
        self.archiveButton.setObjectName(u"archiveButton")

        self.typeButtons.addWidget(self.archiveButton)

        self.typeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.typeButtons.addItem(self.typeButtonsSpacer)


        self.listLayout.addLayout(self.typeButtons)


        self.typesLayout.addLayout(self.listLayout)

        self.errorLabel = QLabel(EventTypesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.typesLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventTypesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.typesLayout.addWidget(self.buttonBox)


        self.retranslateUi(EventTypesDialog)

        QMetaObject.connectSlotsByName(EventTypesDialog)
    # setupUi

    def retranslateUi(self, EventTypesDialog):
        EventTypesDialog.setWindowTitle(QCoreApplication.translate("EventTypesDialog", u"Event types", None))
        self.introLabel.setText(QCoreApplication.translate("EventTypesDialog", u"Types no longer used can be archived: events already held keep theirs.", None))
#if QT_CONFIG(accessibility)
        self.typesList.setAccessibleName(QCoreApplication.translate("EventTypesDialog", u"Event types", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("EventTypesDialog", u"&Add\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("EventTypesDialog", u"&Rename\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("EventTypesDialog", u"Arc&hive", None))
        self.errorLabel.setText("")
    # retranslateUi

