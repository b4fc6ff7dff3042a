//! mistake: left out `in` between the loop variable and the token source
//! offending: text.split_whitespace()
//! category: syntax

fn main() {
    let text = "Remind me to call mom at 6pm";
    let mut lowered = Vec::new();
    for w text.split_whitespace() {
        lowered.push(w.to_lowercase());
    }
    println!("{lowered:?}");
}
