console.log("prepare-runtime placeholder")
