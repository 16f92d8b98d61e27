import TripModel
