//! mistake: a lazy form over the lines of a temporary `String` (the log read), kept in a variable and consumed later
//! offending: read_log()
//! category: ownership
fn read_log() -> String {
    "a\n b \nc".to_string()
}

fn main() {
    let trimmed = read_log().lines().map(|l| l.trim());
    for t in trimmed {
        println!("{t}");
    }
}
