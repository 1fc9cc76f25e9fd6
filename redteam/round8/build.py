"""Write every round-8 page and its expected record: python redteam/round8/build.py"""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
for path in sorted(Path(__file__).parent.glob("p[0-9][0-9]_*.py")):
    importlib.import_module(path.stem).build()
    print("built", path.stem)
