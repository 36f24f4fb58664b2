using WinkSensor.Cli;

return WinkSensorCommandLine.Run(args);
