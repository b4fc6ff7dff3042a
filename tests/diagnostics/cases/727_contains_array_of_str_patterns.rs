//! mistake: passes an array of words to `str::contains`, as `any(w in line for w in ("ERROR", "FATAL"))`
//! offending: ["ERROR", "FATAL"]
//! category: type
use comprehensions::comp;

fn main() {
    let log = "ok\nERROR disk\nFATAL boom";
    let bad = comp![line for line in log.lines() if line.contains(["ERROR", "FATAL"])];
    println!("{bad:?}");
}
