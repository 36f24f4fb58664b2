namespace WinkSensor.Simulation.Athletes;

public enum Sex
{
    Female,
    Male,
}
