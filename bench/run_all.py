"""Runs every benchmark in this folder, each in its own process, and prints their numbers."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in sorted(HERE.glob("*.py")):
    if script.name.startswith("_") or script.name == "run_all.py":
        continue
    print(f"== {script.stem} ==", flush=True)
    subprocess.run([sys.executable, str(script)], cwd=HERE, check=False)
