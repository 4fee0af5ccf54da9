-- Each connection waits this long between its calls: a steady load below the machine's ceiling, where the gateway's
-- added time shows without the queueing of a saturated box.
function delay()
  return 8
end
