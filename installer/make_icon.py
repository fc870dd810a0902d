"""Regenerate installer/icon.ico (the executables' and installer's icon) from
resources/icon.svg: ``python installer/make_icon.py``. Needs PySide6 and Pillow; the
.ico is kept in the repository so a build needs neither step."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE.parent / "resources" / "icon.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data())))
    picture.save(HERE / "icon.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {HERE / 'icon.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
