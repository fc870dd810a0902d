# Generated from forms/people_actions.ui (sha256 e1826d055a438c3bb283fe4a3a6e3590fb7471e09415ec29a55a5c83412ee9b8) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_actions.ui'
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

class Ui_PeopleActions(object):
    def setupUi(self, PeopleActions):
        if not PeopleActions.objectName():
            PeopleActions.setObjectName(u"PeopleActions")
        PeopleActions.resize(900, 40)
        self.actionsLayout = QHBoxLayout(PeopleActions)
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.addButton = QPushButton(PeopleActions)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.openButton = QPushButton(PeopleActions)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.archiveButton = QPushButton(PeopleActions)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionsLayout.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(PeopleActions)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionsLayout.addWidget(self.restoreButton)

        self.mergeButton = QPushButton(PeopleActions)
        self.mergeButton.setObjectName(u"mergeButton")

        self.actionsLayout.addWidget(self.mergeButton)

        self.actionsSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.exportButton = QPushButton(PeopleActions)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        QWidget.setTabOrder(self.addButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.exportButton)

        self.retranslateUi(PeopleActions)

        QMetaObject.connectSlotsByName(PeopleActions)
    # setupUi

    def retranslateUi(self, PeopleActions):
#if QT_CONFIG(accessibility)
        PeopleActions.setAccessibleName(QCoreApplication.translate("PeopleActions", u"People actions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("PeopleActions", u"Add a person (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("PeopleActions", u"Add a person", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PeopleActions", u"&Add person\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PeopleActions", u"Open the selected person (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("PeopleActions", u"Open the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("PeopleActions", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("PeopleActions", u"Archive the selected people: they leave the lists and keep their history (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.archiveButton.setAccessibleName(QCoreApplication.translate("PeopleActions", u"Archive the selected people", None))
#endif // QT_CONFIG(accessibility)
        self.archiveButton.setText(QCoreApplication.translate("PeopleActions", u"Ar&chive\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("PeopleActions", u"Bring the selected archived people back into the lists", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("PeopleActions", u"Restore the selected archived people", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("PeopleActions", u"Res&tore", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("PeopleActions", u"Merge two records of the same person into one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("PeopleActions", u"Merge two records of the same person", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("PeopleActions", u"&Merge\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PeopleActions", u"Save the list as shown (search, filters and order) as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("PeopleActions", u"Export the list to Excel", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("PeopleActions", u"E&xport to Excel\u2026", None))
    # retranslateUi

