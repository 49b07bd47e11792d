print("qalint-corpus")
