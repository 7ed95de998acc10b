"""A private headless LibreOffice for the scripts that drive it over UNO (the fixture maker and the
test inspector): started with its own profile in a temporary folder, stopped however the work ends."""
import contextlib
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    """A UNO PropertyValue, the argument shape of loadComponentFromURL and storeToURL."""
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("LibreOffice did not start")


@contextlib.contextmanager
def office(tag):
    """Yields (component context, a scratch folder) of a LibreOffice that lives for the with-block."""
    with tempfile.TemporaryDirectory(prefix="anbiao-lo-") as tmp:
        pipe = "anbiao_%s_%d" % (tag, os.getpid())
        proc = subprocess.Popen([
            "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "-env:UserInstallation=file://" + tmp + "/profile",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ctx = _connect(pipe, proc)
        try:
            yield ctx, tmp
        finally:
            try:
                ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
            except Exception:
                pass
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
