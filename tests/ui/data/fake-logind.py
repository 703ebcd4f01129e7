#!/usr/bin/python3
"""A stand-in for systemd-logind's Inhibit on a private bus, for tst_ui_sleepinhibitor.

Owns org.freedesktop.login1 on the bus in DBUS_STARTER_ADDRESS (given as argv[1]) and
answers org.freedesktop.login1.Manager.Inhibit(what, who, why, mode) with a pipe's write
end, as logind does; prints "inhibit WHAT WHO MODE" when asked and "released" when every
copy of that descriptor is closed (the lock let go). Prints "ready" once the name is owned.
"""
import os
import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.freedesktop.login1.Manager">
    <method name="Inhibit">
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="h" direction="out"/>
    </method>
  </interface>
</node>
"""


def say(line):
    print(line, flush=True)


def watch_release(read_end):
    def on_hangup(fd, condition):
        say("released")
        os.close(fd)
        return False

    GLib.unix_fd_add_full(GLib.PRIORITY_DEFAULT, read_end, GLib.IOCondition.HUP | GLib.IOCondition.IN, on_hangup)


def on_call(connection, sender, path, interface, method, parameters, invocation):
    what, who, why, mode = parameters.unpack()
    say(f"inhibit {what} {who} {mode}")
    read_end, write_end = os.pipe()
    fds = Gio.UnixFDList.new_from_array([write_end])  # takes the write end: closed once sent
    invocation.return_value_with_unix_fd_list(GLib.Variant("(h)", (0,)), fds)
    watch_release(read_end)


def main():
    connection = Gio.DBusConnection.new_for_address_sync(
        sys.argv[1],
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
        None,
        None,
    )
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    connection.register_object("/org/freedesktop/login1", node.interfaces[0], on_call, None, None)
    loop = GLib.MainLoop()

    def acquired(*_):
        say("ready")

    Gio.bus_own_name_on_connection(connection, "org.freedesktop.login1", Gio.BusNameOwnerFlags.NONE, acquired, None)
    loop.run()


main()
