import sys
from pathlib import Path

# warcfile.py, the tests' WARC writer, is imported as a plain module.
sys.path.insert(0, str(Path(__file__).resolve().parent))
