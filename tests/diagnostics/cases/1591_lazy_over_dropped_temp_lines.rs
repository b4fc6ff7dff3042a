//! mistake: a lazy form over the lines of a temporary `String` (the log read), kept in a variable and consumed later
//! offending: read_log()
//! category: ownership
use comprehensions::comp;

fn read_log() -> String {
    "a\n b \nc".to_string()
}

fn main() {
    let trimmed = comp!((l.trim() for l in read_log().lines()));
    for t in trimmed {
        println!("{t}");
    }
}
