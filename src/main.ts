console.log("scaffold")
