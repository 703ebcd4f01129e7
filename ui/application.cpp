namespace cabildo { }
