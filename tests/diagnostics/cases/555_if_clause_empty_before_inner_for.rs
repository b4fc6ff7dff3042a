//! mistake: refactoring a log analyser, the user deleted the `if` clause's condition and left the bare `if` before the inner `for`
//! offending: if for
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["ERROR disk full", "INFO ok", "ERROR net down"];
    // Python: [w for line in lines if line.startswith("ERROR") for w in line.split()]
    let words = comp![w for line in &lines if for w in line.split(' ')];
    println!("{words:?}");
}
