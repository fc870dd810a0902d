# Generated from forms/list_page.ui (sha256 ca9dc65cd210368e7476c72901ebc1c0b7d8d3d189b4e7447b4af1136bfb8c70) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ListPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.titleSpacer)

        self.searchLabel = QLabel(ListPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.headerLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setMinimumSize(QSize(180, 0))
        self.searchEdit.setMaximumSize(QSize(440, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)

        self.headerSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterArea = QWidget(ListPage)
        self.filterArea.setObjectName(u"filterArea")
        self.filterLayout = QHBoxLayout(self.filterArea)
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.filterArea)

        self.table = QTableView(ListPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.table)

        self.retranslateUi(ListPage)

        QMetaObject.connectSlotsByName(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
        self.titleLabel.setText(QCoreApplication.translate("ListPage", u"List", None))
        self.searchLabel.setText(QCoreApplication.translate("ListPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ListPage", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ListPage", u"Number of records shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterArea.setAccessibleName(QCoreApplication.translate("ListPage", u"Filters", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

