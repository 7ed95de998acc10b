// Entry of commands.html, the ribbon's function file. The ribbon has only a show-task-pane button so
// far (no ExecuteFunction commands); office.js still expects Office.onReady to be called.
if (typeof Office !== "undefined") void Office.onReady();
