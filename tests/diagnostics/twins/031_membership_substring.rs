//! mistake: Python's `"ERROR" in line` substring test (hand-written)
fn main() {
    let log = "INFO start\nERROR disk full\nINFO done";
    let mut failures = Vec::new();
    for line in log.lines() {
        if "ERROR" in line {
            failures.push(line);
        }
    }
    println!("{failures:?}");
}
