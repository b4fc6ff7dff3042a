//! mistake: passes an array of words to `str::contains`, as `any(w in line for w in ("ERROR", "FATAL"))`
//! offending: ["ERROR", "FATAL"]
//! category: type
fn main() {
    let log = "ok\nERROR disk\nFATAL boom";
    let bad: Vec<&str> = log.lines().filter(|line| line.contains(["ERROR", "FATAL"])).collect();
    println!("{bad:?}");
}
